// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Statistics of run comparisons (core/history): whether a candidate run B is faster or
// slower than a baseline run A, and whether the difference is real. This module owns the
// rule and its arithmetic only, as pure functions over values: the two-sided Mann-Whitney U
// test (MannWhitney.h), percentile-bootstrap intervals of ratios (Bootstrap.h), robust
// spread and the Benjamini-Hochberg correction (RobustStats.h), the verdict value and its
// text (Verdict.h), the comparison of whole runs and of p99 (here) and of layers
// (LayerComparison.h). No I/O and no threads: the store (SQLite) and the views feed it
// samples and show its verdicts. Every result is deterministic: the bootstrap has a fixed
// seed and its own index draw, so the same runs give the same verdict on every platform.

#include "Bootstrap.h"
#include "MannWhitney.h"
#include "Result.h"
#include "Verdict.h"

#include <cstdint>
#include <vector>

namespace ml {

// The measurements of one run, in milliseconds. A run is R rounds, each a fresh session.
struct SampleSet {
    std::vector<double> roundMedians; // one per round: the median iteration latency of that round
    std::vector<double> iterations;   // every measured iteration of every round, pooled
};

struct VerdictOptions {
    double alpha = 0.01;                // two-sided significance level of the test
    double bandFloor = 0.02;            // the noise band is at least this (2%)...
    double singleRoundBandFloor = 0.05; // ...or this where iterations are the samples
    int resamples = 10000;
    std::uint64_t seed = kBootstrapSeed;
    double confidence = 0.95; // of the bootstrap interval
    MwMethod method = MwMethod::Auto;
    int minimumTailIterations = 1000; // p99 is compared only with this many in each run
    // compareRuns: skip the bootstrap when the test finds no difference (the verdict is then
    // "no change" without an interval: ciLow and ciHigh stay NaN). For trends over many runs.
    bool intervalOnlyWhenSignificant = false;
    // compareRuns: skip it too when the difference is significant but the ratio of medians
    // lies inside the band: "within noise" without an interval. The percentile interval
    // holds the ratio of the samples' medians in all but degenerate samples, so the verdict
    // is the one the interval would give; for trends, where runs of one round (bootstraps
    // over every iteration) often differ significantly by a percent.
    bool intervalOnlyOutsideBand = false;
};

// The noise band of a comparison: the larger of the floor and each run's own robust
// coefficient of variation (robustCv) of its samples, so a noisy machine widens its own band.
struct NoiseBand {
    double band = 0;
    bool widened = false;     // a run's spread, not the floor, set it
    bool singleRound = false; // samples are iterations (a run has fewer than two rounds)
};

// Samples are the round medians when both runs have at least two rounds. Otherwise (an
// imported run, --rounds 1) they are the iterations of both runs, the floor is
// singleRoundBandFloor, and the spread is the iterations' spread: drift between sessions is
// then not measured at all, and the verdict says so.
NoiseBand noiseBand(const SampleSet &a, const SampleSet &b, const VerdictOptions &options = {});

// The verdict on the medians: ratio of medians B / A with its bootstrap interval, the
// Mann-Whitney p-value (method chosen as SciPy's 'auto' unless options.method says
// otherwise), the band, and the rule of Verdict.h. An error for a sample that is not a
// positive finite latency.
Result<Verdict> compareRuns(const SampleSet &a, const SampleSet &b, const VerdictOptions &options = {});

// The verdict on p99 over the pooled iterations: ratio of p99s with its bootstrap interval.
// No rank test fits a tail, so "significant" means the interval excludes 1 (method
// "bootstrap", p stays NaN); the band is the one of the median comparison. With fewer than
// options.minimumTailIterations iterations in a run the numbers come without a verdict
// (NotEnoughData, Shortfall::TooFewIterations).
Result<Verdict> compareP99(const SampleSet &a, const SampleSet &b, const VerdictOptions &options = {});

} // namespace ml
