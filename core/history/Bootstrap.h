// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <span>

namespace ml {

// A two-sided confidence interval.
struct Interval {
    double low = 0;
    double high = 0;
};

// The seed every comparison uses unless told otherwise: the same data give the same
// interval on every machine and every run, so a stored verdict can be reproduced.
inline constexpr std::uint64_t kBootstrapSeed = 0x4d6f64656c4c656eULL; // "ModelLen"

// Percentile bootstrap interval of percentile(b, p) / percentile(a, p): each resample draws
// a and b independently with replacement (their own sizes), as scipy.stats.bootstrap(
// (a, b), statistic, paired=False, method='percentile') does. Percentiles interpolate
// linearly between ranks (LatencyStats::percentile, NumPy's default), both of the
// resampled statistics and of the resampled ratios.
//
// Determinism: std::mt19937_64 (its output sequence is fixed by the standard) and our own
// bounded-index draw (Lemire's multiply-and-reject on 16- or 32-bit chunks), never a standard
// distribution, whose algorithm each library chooses. So the interval is bit-identical on
// every platform; it is not SciPy's (another generator), only close to it.
//
// Cost: resamples * (a.size() + b.size()) index draws and O(size) work per resample, no
// allocation inside the loop (resamples are tallied by index into the sorted samples, a
// counting sort). Empty samples, or a resampled denominator of 0, give {NaN, NaN}.
Interval bootstrapRatioOfPercentile(std::span<const double> a, std::span<const double> b, double p, int resamples = 10000,
                                    std::uint64_t seed = kBootstrapSeed, double confidence = 0.95);

// The same for medians (the 50th percentile): median(b) / median(a).
Interval bootstrapRatioOfMedians(std::span<const double> a, std::span<const double> b, int resamples = 10000,
                                 std::uint64_t seed = kBootstrapSeed, double confidence = 0.95);

} // namespace ml
