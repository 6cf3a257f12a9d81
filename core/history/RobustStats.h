// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <span>
#include <vector>

namespace ml {

// Small robust statistics for comparing runs. Percentiles interpolate linearly between
// ranks, like LatencyStats::percentile (the median of an even count is the mean of the two
// middle values).

// Median of the values (0 for none).
double median(std::span<const double> values);

// Linear-interpolation percentile, p in [0, 100] (0 for no values).
double percentile(std::span<const double> values, double p);

// Robust coefficient of variation: 1.4826 * MAD / median, where MAD is the median absolute
// deviation from the median (1.4826 makes it the standard deviation for normal data, while
// one outlier round cannot inflate it). 0 for fewer than two values or a median <= 0.
double robustCv(std::span<const double> values);

// Benjamini-Hochberg adjusted p-values (q-values), in the order of p: q_(i) = min over
// j >= i of p_(j) * m / j for the sorted p, clipped to 1, so they are monotone in p. As R's
// p.adjust(p, "BH") and scipy.stats.false_discovery_control(p, method='bh'). A hypothesis
// is a discovery at false discovery rate Q when its q <= Q.
std::vector<double> benjaminiHochberg(std::span<const double> p);

} // namespace ml
