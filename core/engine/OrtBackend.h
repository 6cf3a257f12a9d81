// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EngineBackend.h"

namespace ml {

// ONNX Runtime through the child program modellens-engine-ort (app/engine), one step: it
// reads the settings file, reports progress as JSON lines and writes the RunResult.
class OrtBackend : public EngineBackend {
public:
    static QString programName();
    // Where modellens-engine-ort is: $MODELLENS_ENGINE_DIR, then beside the running program,
    // ../engine (the build tree), ../lib/modellens (installed). Empty when not found.
    static QString findProgram(QStringList *searched = nullptr);

    BackendId id() const override;
    QString displayName() const override;
    BackendAvailability availability(const EngineSettings &settings) const override;
    Result<std::vector<ChildStep>> plan(const EngineSettings &settings) const override;
    std::optional<ChildProgress> progressFrom(const ChildStep &step, const QByteArray &line) const override;
    QString failureMessage(const ChildStep &step, int exitCode, const StepOutcome &outcome) const override;
    Result<RunResult> collect(const EngineSettings &settings, const std::vector<StepOutcome> &steps) const override;
};

} // namespace ml
