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
//
// Defaults come from evidence where there is some: a dimension shared by name with another
// input takes its value; an input whose first axis is fixed (an RNN state [2, ?, 128]) while
// other inputs have a dynamic first axis (their batch) has its batch in its first dynamic
// dimension, which takes 1. Sequence-like dimensions (see isSequenceDim) have no evidence
// in the graph: they get `sequenceLength`, and RunSession tries sequenceCandidates() in
// turn when a run fails at its first inference (audio models refuse 128 samples).
class InputPlan {
public:
    static Result<std::vector<PlannedInput>> plan(const onnx::GraphProto &graph, const EngineSettings &settings,
                                                  std::int64_t sequenceLength = kDefaultSequence);

    static constexpr std::int64_t kDefaultSequence = 128;
    // The lengths tried for sequence-like dimensions, smallest first: text (128), audio
    // frames (256 and 512 samples: Silero VAD at 8 and 16 kHz), 1024, a second of 16 kHz audio.
    static std::vector<std::int64_t> sequenceCandidates();
    // The dimension of `input` at `axis` takes a sequence length by default (not a batch,
    // not an image side): the non-batch dims of 2-D and 3-D inputs.
    static bool isSequenceDim(const PlannedInput &input, int axis);

    // The graph's inputs that are not initializers, with dims as written ("?" when unnamed).
    static std::vector<PlannedInput> modelInputs(const onnx::GraphProto &graph);

    // 1 for axis 0 and for dims named like a batch; 224 for axes 2 and 3 of a 4-D input
    // (images); `sequenceLength` for other dims of 2-D and 3-D inputs (sequences); else 1.
    static std::int64_t defaultDim(const PlannedInput &input, int axis, std::int64_t sequenceLength = kDefaultSequence);
};

} // namespace ml
