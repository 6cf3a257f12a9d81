// SPDX-License-Identifier: GPL-3.0-or-later
#include "LatencyStats.h"

#include <algorithm>
#include <cmath>
#include <numeric>

using namespace Qt::StringLiterals;

namespace ml {

double LatencyStats::percentile(const std::vector<double> &sorted, double p)
{
    if (sorted.empty())
        return 0;
    const double rank = std::clamp(p, 0.0, 100.0) / 100.0 * static_cast<double>(sorted.size() - 1);
    const auto lower = static_cast<std::size_t>(std::floor(rank));
    const std::size_t upper = std::min(lower + 1, sorted.size() - 1);
    const double fraction = rank - static_cast<double>(lower);
    return sorted[lower] + (sorted[upper] - sorted[lower]) * fraction;
}

LatencyStats LatencyStats::compute(std::vector<double> samples)
{
    LatencyStats s;
    s.count = static_cast<int>(samples.size());
    if (samples.empty())
        return s;
    std::sort(samples.begin(), samples.end());
    s.min = samples.front();
    s.max = samples.back();
    s.mean = std::accumulate(samples.begin(), samples.end(), 0.0) / static_cast<double>(samples.size());
    s.median = percentile(samples, 50);
    s.p90 = percentile(samples, 90);
    s.p95 = percentile(samples, 95);
    s.p99 = percentile(samples, 99);
    if (samples.size() > 1) {
        double sum = 0;
        for (double v : samples)
            sum += (v - s.mean) * (v - s.mean);
        s.stddev = std::sqrt(sum / static_cast<double>(samples.size() - 1));
    }
    s.cv = s.mean > 0 ? s.stddev / s.mean : 0;
    return s;
}

QJsonObject LatencyStats::toJson() const
{
    return QJsonObject{{u"count"_s, count}, {u"min"_s, min}, {u"max"_s, max}, {u"mean"_s, mean},     {u"median"_s, median},
                       {u"p90"_s, p90},     {u"p95"_s, p95}, {u"p99"_s, p99}, {u"stddev"_s, stddev}, {u"cv"_s, cv}};
}

LatencyStats LatencyStats::fromJson(const QJsonObject &o)
{
    LatencyStats s;
    s.count = o.value(u"count"_s).toInt();
    s.min = o.value(u"min"_s).toDouble();
    s.max = o.value(u"max"_s).toDouble();
    s.mean = o.value(u"mean"_s).toDouble();
    s.median = o.value(u"median"_s).toDouble();
    s.p90 = o.value(u"p90"_s).toDouble();
    s.p95 = o.value(u"p95"_s).toDouble();
    s.p99 = o.value(u"p99"_s).toDouble();
    s.stddev = o.value(u"stddev"_s).toDouble();
    s.cv = o.value(u"cv"_s).toDouble();
    return s;
}

} // namespace ml
