// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EngineBackend.h"

namespace ml {

// TensorRT through NVIDIA's trtexec, two steps: build (--onnx, precision flags, the shape
// range, workspace, timing cache, --saveEngine, --skipInference), then run the saved engine
// on the same inputs the ONNX Runtime backend would use (--loadInputs, raw files made from
// the same seed) with --exportTimes, --exportProfile and --exportLayerInfo, and read those.
class TrtexecBackend : public EngineBackend {
public:
    // settings.trtexecPath, then the setting "engine/trtexecPath", then trtexec on PATH, then
    // $MODELLENS_TRTEXEC. Empty: not found.
    static QString findProgram(const EngineSettings &settings);
    static QStringList precisionFlags(); // the ones plan() accepts

    BackendId id() const override;
    QString displayName() const override;
    BackendAvailability availability(const EngineSettings &settings) const override;
    Result<std::vector<ChildStep>> plan(const EngineSettings &settings) const override;
    std::optional<ChildProgress> progressFrom(const ChildStep &step, const QByteArray &line) const override;
    QString failureMessage(const ChildStep &step, int exitCode, const StepOutcome &outcome) const override;
    Result<RunResult> collect(const EngineSettings &settings, const std::vector<StepOutcome> &steps) const override;

    // trtexec's --shapes syntax for the inputs (names quoted where needed).
    static QString shapesArgument(const std::vector<PlannedInput> &inputs, Shape PlannedInput::*which);
};

} // namespace ml
