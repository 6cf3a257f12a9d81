// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LayerTiming.h"

#include <QJsonObject>
#include <QStringList>

#include <vector>

namespace ml {

// A per-layer profile: rows sorted by mean time, their roll-up by operator, and the sum of
// the rows next to the end-to-end latency of the same (profiled) runs. The two differ:
// timing every kernel costs time, and work between kernels is in no row; the gap is shown,
// not hidden.
struct LayerReport {
    std::vector<LayerTiming> layers;
    std::vector<OpTypeTiming> opTypes;
    int runs = 0;          // measured runs the rows average over (warm-ups excluded)
    double layerSumMs = 0; // sum of the rows' means
    double endToEndMs = 0; // mean end-to-end latency of those runs
    double endToEndMedianMs = 0;
    QStringList removedNodes; // model nodes no kernel ran for (folded or eliminated)
    QStringList notes;

    double gapMs() const { return endToEndMs - layerSumMs; }
    // Fills opTypes and the shares from the rows, sorts the rows by mean time.
    void finish();

    QJsonObject toJson() const;
    static LayerReport fromJson(const QJsonObject &object);
};

} // namespace ml
