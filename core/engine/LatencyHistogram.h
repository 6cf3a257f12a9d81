// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

namespace ml {

// Equal-width bins over the measured latencies of a run, for a first look at their
// distribution: about sqrt(n) bins (clamped to a readable range) from the smallest to the
// largest value. A run of one repeated value gets one range of visible width around it.
struct LatencyHistogram {
    std::vector<double> edges; // bins + 1 edges, ascending, milliseconds
    std::vector<int> counts;   // one per bin

    bool empty() const { return counts.empty(); }
    int largestCount() const;

    static LatencyHistogram of(const std::vector<double> &samplesMs, int minBins = 5, int maxBins = 40);
};

} // namespace ml
