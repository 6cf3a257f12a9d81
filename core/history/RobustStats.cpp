// SPDX-License-Identifier: GPL-3.0-or-later
#include "RobustStats.h"

#include "LatencyStats.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace ml {

double percentile(std::span<const double> values, double p)
{
    std::vector<double> sorted(values.begin(), values.end());
    std::sort(sorted.begin(), sorted.end());
    return LatencyStats::percentile(sorted, p);
}

double median(std::span<const double> values) { return percentile(values, 50); }

double robustCv(std::span<const double> values)
{
    if (values.size() < 2)
        return 0;
    const double centre = median(values);
    if (!(centre > 0))
        return 0;
    std::vector<double> deviations;
    deviations.reserve(values.size());
    for (double v : values)
        deviations.push_back(std::abs(v - centre));
    return 1.4826 * median(deviations) / centre;
}

std::vector<double> benjaminiHochberg(std::span<const double> p)
{
    const std::size_t m = p.size();
    std::vector<std::size_t> order(m);
    std::iota(order.begin(), order.end(), std::size_t(0));
    std::stable_sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) { return p[x] < p[y]; });
    std::vector<double> q(m);
    double running = 1;
    for (std::size_t rank = m; rank >= 1; --rank) {
        const std::size_t i = order[rank - 1];
        running = std::min(running, p[i] * static_cast<double>(m) / static_cast<double>(rank));
        q[i] = running;
    }
    return q;
}

} // namespace ml
