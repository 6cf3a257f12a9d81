// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "InputSource.h"
#include "PlannedInput.h"
#include "Result.h"
#include "ShapeSpec.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <map>
#include <optional>
#include <vector>

namespace ml {

// The engines ModelLens drives. Spelled "ort" and "trtexec" in JSON and on the command line.
enum class BackendId { OnnxRuntime, Trtexec };
QString backendIdName(BackendId id);
// Also accepts "onnxruntime" and "tensorrt"; nullopt for anything else.
std::optional<BackendId> parseBackendId(const QString &name);
std::vector<BackendId> allBackends();

// ONNX Runtime's graph optimization levels (ORT_DISABLE_ALL, _ENABLE_BASIC, _EXTENDED, _ALL).
enum class OptimizationLevel { None, Basic, Extended, All };
QString optimizationLevelName(OptimizationLevel level);
std::optional<OptimizationLevel> parseOptimizationLevel(const QString &name);

// Everything one build-and-run needs. A plain value: the GUI edits a copy, the supervisor
// hands it to the child as JSON. Times are in seconds where the name says so, else counts.
struct EngineSettings {
    BackendId backend = BackendId::OnnxRuntime;
    QString modelPath;

    // The user's choices by input name; InputPlan turns them (and the model) into `inputs`.
    std::map<QString, Shape> shapes, minShapes, maxShapes;
    std::map<QString, InputSource> sources;
    std::uint64_t seed = 0;
    std::vector<PlannedInput> inputs; // resolved; what the child runs

    // ONNX Runtime
    OptimizationLevel optimizationLevel = OptimizationLevel::All;
    int intraOpThreads = 0; // 0: ONNX Runtime's default (one per physical core)
    int interOpThreads = 0;
    bool parallelExecution = false;
    bool spinning = true; // session.intra_op/inter_op.allow_spinning
    QString executionProvider = QStringLiteral("CPUExecutionProvider");
    QString saveOptimizedPath; // where to keep the graph ORT actually runs (empty: not kept)

    // TensorRT through trtexec
    QString trtexecPath;    // empty: PATH, then $MODELLENS_TRTEXEC
    QStringList precisions; // "fp16", "bf16", "int8", "fp8", "best", "noTF32", "stronglyTyped"
    int workspaceMiB = 0;   // 0: TensorRT's default
    QString timingCachePath;
    QString enginePath; // where to save the .engine (empty: in the job's work folder)
    // A later round of a run (RunRounds.h): load the engine an earlier round saved at
    // enginePath instead of building it again. Not part of the settings' JSON: the run's
    // settings are those of its first round.
    bool reuseEngine = false;
    int builderOptimizationLevel = -1; // -1: default

    // Measurement: by count, or by duration when the seconds are > 0.
    int warmupIterations = 5;
    double warmupSeconds = 0;
    int iterations = 100;
    double durationSeconds = 0;
    // Fresh engines the measurement is split over (RunRounds.h), so that session-to-session
    // drift is measured; 1: one session. Left out of toJson() when 1, so the settings (and
    // their hash in the history) of one-round runs are those of runs made before rounds.
    int rounds = 1;
    bool perLayer = false;
    int profileIterations = 0;      // per-layer runs; 0: as many as measured, at most 200
    bool separateProfileRun = true; // profile in a second session so latency is unprofiled
    double unstableCv = 0.05;       // warn above this coefficient of variation
    QString saveOutputsDir;         // outputs of the first run as .npy, for comparisons
    qint64 memoryLimitBytes = 0;    // address-space limit for the child (0: none)

    // Filled in by the supervisor for the child.
    QString workDir;
    QString resultPath;

    QJsonObject toJson() const;
    static Result<EngineSettings> fromJson(const QJsonObject &object);
};

} // namespace ml
