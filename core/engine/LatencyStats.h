// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>

#include <vector>

namespace ml {

// Statistics over the measured iterations of one run, in milliseconds. Percentiles
// interpolate linearly between the two nearest ranks (NumPy's default), the median is the
// 50th percentile, and stddev is the sample standard deviation (n - 1).
struct LatencyStats {
    int count = 0;
    double min = 0, max = 0, mean = 0, median = 0;
    double p90 = 0, p95 = 0, p99 = 0;
    double stddev = 0;
    double cv = 0; // coefficient of variation, stddev / mean

    static LatencyStats compute(std::vector<double> samples);
    static double percentile(const std::vector<double> &sorted, double p);

    QJsonObject toJson() const;
    static LatencyStats fromJson(const QJsonObject &object);
};

} // namespace ml
