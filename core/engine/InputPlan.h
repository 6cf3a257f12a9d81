// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EngineSettings.h"
#include "PlannedInput.h"
#include "Result.h"

#include <onnx/onnx_pb.h>

#include <vector>

namespace ml {

// Turns a model's inputs and the user's choices into inputs a run can feed: every dynamic
// dimension gets a value. In order: the user's shape for the input; the shape of a .npy /
// .pb file given for it; the value another input's dimension of the same name received (so
// "batch" and "seq" agree across BERT's input0 and attention_mask); otherwise a default
// (defaultDim). The GUI calls it to show the defaults before a run.
class InputPlan {
public:
    static Result<std::vector<PlannedInput>> plan(const onnx::GraphProto &graph, const EngineSettings &settings);

    // The graph's inputs that are not initializers, with dims as written ("?" when unnamed).
    static std::vector<PlannedInput> modelInputs(const onnx::GraphProto &graph);

    // 1 for axis 0 and for dims named like a batch; 224 for axes 2 and 3 of a 4-D input
    // (images); 128 for other dims of 2-D and 3-D inputs (sequences); else 1.
    static std::int64_t defaultDim(const PlannedInput &input, int axis);
};

} // namespace ml
