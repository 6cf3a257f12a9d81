// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EngineSettings.h"
#include "RunRecord.h"
#include "RunResult.h"

#include <memory>
#include <vector>

namespace ml {

// A run made of rounds: each round a fresh engine (a new child process: build, warm-up, then
// its share of the measured iterations), so that the drift from one session to the next is
// inside the data the comparisons test (core/history/RunComparison.h takes the round medians
// as its samples). RunSession makes its runs in rounds this way; an A/B run (AbSession)
// interleaves the rounds of two settings and merges each side with the same functions.

// The rounds a run really makes: settings.rounds, at least 1, and, when the run is counted
// in iterations, at most one round per measured iteration.
int effectiveRounds(const EngineSettings &settings);

// The settings of round `index` (0-based) of `rounds`: its share of the measured iterations
// (the remainder to the first rounds), of the duration and of the per-layer runs. Outputs and
// the optimized graph are saved by the first round only; later rounds run the same engine
// settings without writing them again. With trtexec and an enginePath, the first round
// builds the engine there and the later ones load it (reuseEngine): TensorRT's build is
// slow and not what is measured (keepEngineForRounds gives a run that path).
EngineSettings roundSettings(const EngineSettings &settings, int index, int rounds);

// For a trtexec run of several rounds without an enginePath of its own: the engine goes to
// `folder` (which must outlive the rounds), so that the later rounds can load it.
void keepEngineForRounds(EngineSettings &settings, const QString &folder);

struct RoundedResult {
    RunResult result;             // all rounds as one run: every iteration, statistics over all
    std::vector<RunRound> rounds; // one per round; empty for a run of one round (as before rounds)
};

// Merges the rounds' results into one run. The statistics are over all measured iterations
// (RunResult::finish); build time, first run, outputs and the optimized graph are the first
// round's; the peak memory is the largest. Per-layer rows are matched by graph and node:
// a row's mean is the mean over the rounds weighted by their profiled runs, and each round
// keeps its own means (RunRound::layerMeansMs, parallel to result.layers, NaN where a round
// has no such row). `full` is the run's settings before they were split into rounds.
RoundedResult mergeRounds(const std::vector<std::shared_ptr<const RunResult>> &rounds, const EngineSettings &full);

} // namespace ml
