// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RunResult.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace ml {

enum class RunStatus { Completed, Failed, Cancelled };
QString runStatusName(RunStatus status); // "completed", "failed", "cancelled"
std::optional<RunStatus> parseRunStatus(const QString &name);

// One round of a run made in rounds (interleaved or repeated measurement): its measured
// latencies in order, and, when the run had per-layer times, each layer's mean in this round,
// parallel to RunResult::layers->layers (same order, same length).
struct RunRound {
    std::vector<double> latenciesMs;
    std::vector<double> layerMeansMs;
    QJsonObject toJson() const; // {"latencies_ms": [...], "layer_means_ms": [...]}
};

// Numbers as a JSON array (NaN and infinities become null).
QJsonArray jsonNumbers(const std::vector<double> &values);

// Everything HistoryStore::recordRun needs to remember one run. A plain value: the run
// session fills it on its thread and hands it over.
struct RunRecord {
    RunStatus status = RunStatus::Completed;
    QString failureReason;           // for Failed and Cancelled: the engine's message, "cancelled by the user"
    std::optional<RunResult> result; // required for Completed; for a failed run whatever was measured, if anything
    QJsonObject settings;            // EngineSettings::toJson() of the run; used when `result` is absent

    // The model. For a file: its path. For an edited tab: the serialized edited ModelProto
    // (as the tab holds it; deferred weights may point into the source file) in editedModel,
    // and the file it came from in modelPath (may be empty for a model never saved).
    QString modelPath;
    QByteArray editedModel;
    QString versionLabel; // the user's label for the version (optional)

    // Rounds; empty means one round made of result->latenciesMs (and the layer means).
    std::vector<RunRound> rounds;

    QString source = QStringLiteral("cli"); // "cli", "gui", "import:trtexec", "import:ort-profile", ...
    QStringList sourceFiles;                // for imports: the files read
    QStringList tags;
    QString note;
    QDateTime startedAt;     // invalid: now minus durationMs
    double durationMs = -1;  // wall time of build and run; -1: unknown
    QJsonObject environment; // for imports: what is known of the machine it ran on;
                             // empty: this machine (MachineInfo::current())
};

} // namespace ml
