// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <span>

namespace ml {

// How the p-value of a Mann-Whitney U test is found.
enum class MwMethod {
    Auto,       // as scipy.stats.mannwhitneyu(method='auto') in SciPy 1.10: Exact when either
                // sample has at most 8 values and no value occurs twice, else Asymptotic
    Exact,      // the permutation distribution of U; no tie correction (SciPy does none either)
    Asymptotic, // normal approximation with continuity correction and tie correction
};

QString mwMethodName(MwMethod method); // "exact", "asymptotic" ("auto" before a choice)

struct MannWhitneyResult {
    double u = 0;                      // U of the first sample: the number of pairs (a_i, b_j) with a_i > b_j, ties 1/2
    double p = 1;                      // two-sided p-value, clipped to [0, 1]
    MwMethod method = MwMethod::Exact; // the one actually used (never Auto)
};

// Two-sided Mann-Whitney U test of a against b, matching scipy.stats.mannwhitneyu(a, b,
// use_continuity=True, alternative='two-sided', method=...) of SciPy 1.10. Values must be
// finite; both samples must be non-empty (otherwise p = 1 is returned). Exact costs about
// n1 * n2 * min(n1, n2)^2 / 2 additions: meant for the small samples Auto gives it.
MannWhitneyResult mannWhitneyU(std::span<const double> a, std::span<const double> b, MwMethod method = MwMethod::Auto);

// The smallest two-sided p-value any rank test on samples of these sizes can give: both
// tails' most extreme arrangement, 2 / C(n1 + n2, n1) (4 vs 4: 2/70 = 0.029). When it
// exceeds alpha the test cannot reject whatever the data, so "no change" would be a lie.
double minimumTwoSidedP(int n1, int n2);

} // namespace ml
