// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EngineSettings.h"
#include "Result.h"
#include "RunResult.h"
#include "TensorData.h"

#include <onnxruntime_cxx_api.h>

namespace ml {

class ProgressWriter;

// Builds ONNX Runtime sessions as the settings say and measures them: session creation,
// first inference, warm-up and the measured loop (by count or duration), then, for a
// per-layer profile, a second session with profiling on (so that the reported latency is
// not inflated by profiling) whose profile is mapped back to the model's nodes.
// Runs in the child process only; ONNX Runtime exceptions are turned into errors here.
class OrtRunner {
public:
    OrtRunner(const ml::EngineSettings &settings, ProgressWriter &progress);
    ml::Result<ml::RunResult> run();

    // {"version": ..., "providers": [...]} for `--info`.
    static QByteArray info();

private:
    struct Loop {
        std::vector<double> latenciesMs;
        double seconds = 0;
    };
    ml::Result<Ort::SessionOptions> options(const QString &optimizedPath, const QString &profilePrefix) const;
    Loop loop(Ort::Session &session, const QString &stage, int count, double seconds, bool report);
    void runOnce(Ort::Session &session, std::vector<Ort::Value> *outputs = nullptr);
    ml::Result<void> bind(Ort::Session &session);
    ml::Result<void> profileLayers(ml::RunResult &result, int warmups, int measured);

    const ml::EngineSettings &m_settings;
    ProgressWriter &m_progress;
    Ort::Env m_env;
    std::vector<ml::TensorData> m_inputData;
    std::vector<Ort::Value> m_inputs;
    std::vector<std::string> m_inputNames, m_outputNames;
    std::vector<const char *> m_inputPtrs, m_outputPtrs;
    Ort::RunOptions m_runOptions;
};

} // namespace ml
