// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LatencyStats.h"
#include "LayerReport.h"
#include "Result.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <map>
#include <optional>
#include <vector>

namespace ml {

// What one build-and-run measured. Immutable once the supervisor publishes it (as
// shared_ptr<const RunResult>); times in milliseconds, memory in bytes.
struct RunResult {
    QString backend; // "onnxruntime" or "tensorrt"
    QString backendVersion;
    QJsonObject settings;  // EngineSettings::toJson() of the run, inputs resolved
    QStringList providers; // execution providers the session used (ONNX Runtime)

    double buildMs = 0;    // session creation / engine build
    double firstRunMs = 0; // the first inference, before warm-up
    int warmupIterations = 0;
    int iterations = 0;              // measured
    double measuredSeconds = 0;      // wall time of the measured loop
    std::vector<double> latenciesMs; // one per measured iteration, in order
    LatencyStats latency;
    double throughputPerS = 0; // iterations / measuredSeconds
    qint64 peakRssBytes = 0;   // peak resident memory of the engine process
    bool unstable = false;     // latency.cv above the settings' threshold
    QStringList warnings;

    std::optional<LayerReport> layers;
    // Further timings a backend reports (trtexec: "gpu_compute", "h2d", "d2h", "enqueue").
    std::map<QString, LatencyStats> extraTimes;

    QString optimizedModelPath; // the graph ONNX Runtime ran, when kept
    QString profilePath;        // the engine's raw profile, when kept
    QString enginePath;         // the TensorRT engine
    QString outputsDir;         // outputs of the first run (.npy + outputs.json)

    // Statistics, throughput and the stability warning from latenciesMs.
    void finish(double unstableCv);

    QJsonObject toJson() const;
    static Result<RunResult> fromJson(const QJsonObject &object);
};

} // namespace ml
