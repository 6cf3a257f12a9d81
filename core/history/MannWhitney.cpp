// SPDX-License-Identifier: GPL-3.0-or-later
#include "MannWhitney.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <vector>

using namespace Qt::StringLiterals;

namespace ml {

namespace {

// C(n, k) in floating point; exact below 2^53, and the p-values divide by it only once.
double binomial(int n, int k)
{
    k = std::min(k, n - k);
    double c = 1;
    for (int i = 1; i <= k; ++i)
        c = c * (n - k + i) / i;
    return c;
}

// Number of arrangements of m and n values whose U is at most kMax, summed over U = 0..kMax.
// Recurrence of Di Bucchianico (1999) Theorem 2.5, the one SciPy uses:
//   f(i, j, k) = f(i - 1, j, k - j) + f(i, j - 1, k),  f(i, j, 0) = 1.
// Rows run over j (the larger sample) so only two of them, (m + 1) x (kMax + 1) each, are kept.
// Only additions of non-negative terms: no cancellation, relative error near 1e-16.
double countUpTo(int m, int n, int kMax)
{
    if (m > n)
        std::swap(m, n);
    const auto width = static_cast<std::size_t>(kMax) + 1;
    std::vector<double> prev((m + 1) * width, 0.0), cur((m + 1) * width, 0.0);
    for (int i = 0; i <= m; ++i)
        prev[i * width] = 1; // j = 0: only U = 0
    for (int j = 1; j <= n; ++j) {
        std::fill(cur.begin(), cur.end(), 0.0);
        cur[0] = 1; // i = 0: only U = 0
        for (int i = 1; i <= m; ++i) {
            double *row = &cur[i * width];
            const double *below = &cur[(i - 1) * width];
            const double *left = &prev[i * width];
            for (std::size_t k = 0; k < width; ++k)
                row[k] = left[k] + (k >= static_cast<std::size_t>(j) ? below[k - j] : 0.0);
        }
        std::swap(prev, cur);
    }
    const double *last = &prev[m * width];
    return std::accumulate(last, last + width, 0.0);
}

// Average ranks (1-based) of the pooled sample, like scipy.stats.rankdata; returns the tie
// term sum(t^3 - t) over groups of equal values.
double rankPooled(std::span<const double> a, std::span<const double> b, std::vector<double> &ranks)
{
    const std::size_t n = a.size() + b.size();
    std::vector<std::pair<double, std::size_t>> pooled;
    pooled.reserve(n);
    for (std::size_t i = 0; i < a.size(); ++i)
        pooled.emplace_back(a[i], i);
    for (std::size_t i = 0; i < b.size(); ++i)
        pooled.emplace_back(b[i], a.size() + i);
    std::sort(pooled.begin(), pooled.end());
    ranks.assign(n, 0.0);
    double tieTerm = 0;
    for (std::size_t start = 0; start < n;) {
        std::size_t end = start + 1;
        while (end < n && pooled[end].first == pooled[start].first)
            ++end;
        const double average = (static_cast<double>(start + 1) + static_cast<double>(end)) / 2;
        for (std::size_t i = start; i < end; ++i)
            ranks[pooled[i].second] = average;
        const auto t = static_cast<double>(end - start);
        tieTerm += t * t * t - t;
        start = end;
    }
    return tieTerm;
}

} // namespace

QString mwMethodName(MwMethod method)
{
    switch (method) {
    case MwMethod::Auto:
        return u"auto"_s;
    case MwMethod::Exact:
        return u"exact"_s;
    case MwMethod::Asymptotic:
        return u"asymptotic"_s;
    }
    return {};
}

double minimumTwoSidedP(int n1, int n2)
{
    if (n1 < 1 || n2 < 1)
        return 1;
    return std::min(1.0, 2.0 / binomial(n1 + n2, n1));
}

MannWhitneyResult mannWhitneyU(std::span<const double> a, std::span<const double> b, MwMethod method)
{
    MannWhitneyResult r;
    const int n1 = static_cast<int>(a.size());
    const int n2 = static_cast<int>(b.size());
    if (n1 == 0 || n2 == 0) {
        r.method = method == MwMethod::Asymptotic ? MwMethod::Asymptotic : MwMethod::Exact;
        return r;
    }
    std::vector<double> ranks;
    const double tieTerm = rankPooled(a, b, ranks);
    if (method == MwMethod::Auto) {
        // SciPy 1.10 _mwu_choose_method: both above 8 -> asymptotic; any tie -> asymptotic.
        method = (n1 > 8 && n2 > 8) || tieTerm > 0 ? MwMethod::Asymptotic : MwMethod::Exact;
    }
    r.method = method;
    const double r1 = std::accumulate(ranks.begin(), ranks.begin() + n1, 0.0);
    r.u = r1 - static_cast<double>(n1) * (n1 + 1) / 2;
    const double mn = static_cast<double>(n1) * n2;
    const double uMax = std::max(r.u, mn - r.u);

    if (method == MwMethod::Exact) {
        // P(U >= uMax) = P(U <= mn - uMax) by symmetry. SciPy truncates a tied (x.5) U to int.
        const int kMax = static_cast<int>(mn) - static_cast<int>(uMax);
        r.p = 2 * countUpTo(n1, n2, kMax) / binomial(n1 + n2, n1);
    } else {
        const double n = n1 + n2;
        const double s = std::sqrt(mn / 12 * ((n + 1) - tieTerm / (n * (n - 1))));
        // The continuity correction always subtracts 1/2: uMax is the upper tail's statistic.
        const double numerator = uMax - mn / 2 - 0.5;
        if (s > 0)
            r.p = std::erfc(numerator / s / std::sqrt(2.0)); // 2 * norm.sf(z)
        else
            r.p = numerator > 0 ? 0 : 1; // every value tied: nothing to tell apart
    }
    r.p = std::clamp(r.p, 0.0, 1.0);
    return r;
}

} // namespace ml
