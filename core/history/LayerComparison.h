// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Bootstrap.h"
#include "MannWhitney.h"
#include "Result.h"
#include "Verdict.h"

#include <QString>

#include <cstdint>
#include <map>
#include <optional>
#include <vector>

namespace ml {

// One layer (model node) of one run, in milliseconds.
struct LayerSamples {
    QString opType;
    // The layer's mean time per iteration, one value per round. A single value is an
    // average only (trtexec's per-layer profile, a one-round run): shown, never tested.
    std::vector<double> roundMeans;
};

// Node name -> its samples. Ordered, so iteration order (and so every result) is fixed.
using LayerSampleMap = std::map<QString, LayerSamples>;

struct LayerOptions {
    double fdr = 0.05;              // Benjamini-Hochberg false discovery rate across layers
    double alpha = 0.01;            // too few rounds to ever reach this -> NotEnoughData
    double relativeBand = 0.03;     // the interval must lie outside 3%...
    double absoluteFloorMs = 0.005; // ...and the medians differ by more than 5 us
    int resamples = 10000;
    std::uint64_t seed = kBootstrapSeed;
    double confidence = 0.95;
    MwMethod method = MwMethod::Auto;
    // Bootstrap only the layers whose verdict the interval decides: significant (q <= fdr)
    // and with medians further apart than the absolute floor. The others are "no change" or
    // "within noise" whatever their interval, which then stays NaN. For 200-layer
    // comparisons in the CLI, where most layers did not change and each interval costs
    // 10,000 resamples.
    bool intervalOnlyWhenSignificant = false;
};

struct LayerDelta {
    enum class Presence { Both, Added, Removed }; // Added: only in B; Removed: only in A

    QString node;
    QString opType; // B's where the node is in B, else A's
    Presence presence = Presence::Both;
    double a = 0, b = 0; // median of the round means (0 where absent)
    double delta() const { return b - a; }
    std::optional<Verdict> verdict; // none for added or removed layers
};

// Compares every layer present in both runs with the rule of Verdict.h on its round means:
// Mann-Whitney p per layer, then Benjamini-Hochberg q over all the layers that were tested
// (those with rounds in both runs and enough of them); a layer is significant when q <= fdr.
// It is Faster / Slower only when also |median B - median A| > absoluteFloorMs AND the
// ratio's interval lies outside the relative band (above 1 + band or below 1 / (1 + band));
// significant but failing either is WithinNoise. Both are required because a 3% change of a
// 20 us layer is noise on any clock, and 6 us on a 10 ms layer is noise of another kind.
// Layers with averages only get their delta and NotEnoughData. Each layer's bootstrap is
// seeded from options.seed and its name, so adding a layer changes no other layer's numbers.
// Sorted by |delta()| (added and removed layers count their whole time), largest first,
// then by name. An error for a value that is not a positive finite time. The layers'
// bootstraps run in parallel on the global thread pool (each is seeded by its layer alone,
// so the numbers do not depend on the threads); the call returns when all are done.
Result<std::vector<LayerDelta>> compareLayers(const LayerSampleMap &a, const LayerSampleMap &b, const LayerOptions &options = {});

} // namespace ml
