// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FusedKernelMapper.h"
#include "LayerReport.h"
#include "OrtProfile.h"
#include "Result.h"

#include <QString>

namespace ml {

// Builds the per-layer table of an ONNX Runtime run from its profile: each kernel event of
// the measured runs (the first `skipRuns` Runs, the first inference and warm-ups, are left
// out) goes to the model node the mapper attributes it to. Control-flow kernels count their
// own time only (their bodies' kernels are rows of their own), so the rows add up.
class OrtLayerAttribution {
public:
    static LayerReport build(const OrtProfile &profile, const FusedKernelMapper &mapper, int skipRuns);

    // Reads the profile and both models from files and builds the table.
    static Result<LayerReport> build(const QString &profilePath, const QString &originalModel, const QString &optimizedModel,
                                     int skipRuns);
};

} // namespace ml
