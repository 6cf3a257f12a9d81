// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LayerReport.h"
#include "Result.h"
#include "RunResult.h"
#include "TrtexecReports.h"

#include <onnx/onnx_pb.h>

#include <optional>
#include <vector>

namespace ml {

// A run assembled from what trtexec wrote elsewhere: --exportTimes, --exportProfile,
// --exportLayerInfo and the console log, any of them (TensorRT 8 and 10 alike).
struct TrtexecFiles {
    std::optional<std::vector<TrtexecTime>> times;
    std::optional<TrtexecProfile> profile;
    std::vector<TrtexecLayer> layerInfo;
    std::optional<TrtexecSummary> console;
};

class TrtexecImport {
public:
    // `graph` (the model's main graph) attributes layers to nodes; null: rows by layer name.
    static Result<RunResult> run(const TrtexecFiles &files, const onnx::GraphProto *graph);

    // One row per engine layer, as trtexec reported it: reformatting layers, "A || B"
    // parallel layers and "<tensor> copy" layers stay rows of their own. Each row names the
    // model node it is attributed to (the first of the nodes the layer covers; for "||" the
    // nodes of each side; for a copy the node producing the copied tensor) and lists the
    // other covered nodes as fused nodes; a layer no node matches keeps its own name.
    static LayerReport layers(const TrtexecProfile &profile, const std::vector<TrtexecLayer> &layerInfo,
                              const onnx::GraphProto *graph);
};

} // namespace ml
