// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QByteArray>

#include <vector>

namespace ml {

// The compact form of a series of samples (a run's iteration latencies, a layer's per-round
// means) as one BLOB: the magic "MLS1", a uint32 count, then the samples as little-endian
// IEEE float64, all little-endian whatever the host. float64, not float32: latencies near
// 0.01 ms and sums over thousands of them must come back as they were measured, and 8 KiB
// per 1,000 iterations is small next to the layer rows.
class IterationBlob {
public:
    static QByteArray encode(const std::vector<double> &samples);
    // Refuses a blob of the wrong magic or a length that does not match its count.
    static Result<std::vector<double>> decode(const QByteArray &blob);
    // A run's iterations cut into its rounds at `roundEnds` (the stored JSON array of each
    // round's end index; empty or absent: one round of all). Ends past the end are clipped.
    static std::vector<std::vector<double>> splitRounds(const std::vector<double> &iterations, const QByteArray &roundEnds);
};

} // namespace ml
