// SPDX-License-Identifier: GPL-3.0-or-later
#include "LatencyHistogram.h"

#include <algorithm>
#include <cmath>

namespace ml {

int LatencyHistogram::largestCount() const { return counts.empty() ? 0 : *std::max_element(counts.begin(), counts.end()); }

LatencyHistogram LatencyHistogram::of(const std::vector<double> &samples, int minBins, int maxBins)
{
    LatencyHistogram h;
    if (samples.empty())
        return h;
    const auto [lowIt, highIt] = std::minmax_element(samples.begin(), samples.end());
    double low = *lowIt, high = *highIt;
    if (high - low < 1e-9) { // one value: a single bar of visible width
        low -= std::max(1e-3, low * 0.005);
        high += std::max(1e-3, high * 0.005);
    }
    // About sqrt(n) bins (a common rule for a first look), within a range that stays readable.
    const int bins = std::clamp(static_cast<int>(std::ceil(std::sqrt(static_cast<double>(samples.size())))), minBins, maxBins);
    const double width = (high - low) / bins;
    h.counts.assign(static_cast<std::size_t>(bins), 0);
    h.edges.resize(static_cast<std::size_t>(bins) + 1);
    for (int i = 0; i <= bins; ++i)
        h.edges[static_cast<std::size_t>(i)] = low + width * i;
    for (double v : samples)
        ++h.counts[static_cast<std::size_t>(std::clamp(static_cast<int>((v - low) / width), 0, bins - 1))];
    return h;
}

} // namespace ml
