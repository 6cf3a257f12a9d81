// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RunRecord.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace ml {

// Which runs HistoryStore::listRuns returns. Empty fields do not filter. String matches are
// exact except where said.
struct RunFilter {
    QString model;          // a lineage: its path, or a substring of its file name or path
    QString version;        // a version's sha256 (or a prefix of at least 6) or its label
    QString backend;        // "onnxruntime", "tensorrt"
    QString provider;       // "CPUExecutionProvider", ...
    QString precision;      // "fp32", "fp16", ...
    QString settingsHash;   // RunSettingsKey::hash (or a prefix)
    QString machine;        // a machine fingerprint (or a prefix)
    QDateTime since, until; // started_at in [since, until)
    std::optional<RunStatus> status;
    QString tag;
    QString baseline; // runs that are the named baseline of their model
    QString source;   // "cli", "gui", "import:..." (prefix match: "import")
    QString text;     // substring of the note or any tag, the model's file name or the id

    enum class Sort { StartedAt, Mean, Median, Duration, Model };
    Sort sort = Sort::StartedAt;
    bool descending = true;
    int limit = 200; // <= 0: no limit
    int offset = 0;
};

// One row of the history list: no iterations, no layers (loadRun has those).
struct RunSummary {
    QString id;
    QDateTime startedAt; // UTC
    double durationMs = -1;
    RunStatus status = RunStatus::Completed;
    QString failureReason;
    QString source;
    qint64 modelId = 0; // the lineage
    QString modelName, modelPath;
    qint64 versionId = 0;
    QString versionSha256, versionLabel;
    bool edited = false;
    QString backend, backendVersion, provider, precision;
    QString machineFingerprint, settingsHash;
    int iterations = 0, rounds = 1, layerCount = 0;
    double meanMs = 0, medianMs = 0, minMs = 0, maxMs = 0, p90Ms = 0, p95Ms = 0, p99Ms = 0, stddevMs = 0, cv = 0;
    double throughputPerS = 0, buildMs = 0, firstRunMs = 0;
    qint64 peakRssBytes = 0;
    QStringList tags, baselines;
    QString note;

    QJsonObject toJson() const;
};

// A stored run in full: its summary, the result as it was measured (iterations and layer
// rows back in place), its rounds, and the settings and machine it ran with.
struct StoredRun {
    RunSummary summary;
    RunResult result;
    std::vector<RunRound> rounds; // always at least one
    QJsonObject settings;         // canonical, without temporary paths
    QJsonObject machine;          // MachineInfo::toJson()
    QStringList sourceFiles;
};

// A run's summary and its rounds' iterations, without layers: what a trend reads of each
// of many runs (HistoryStore::listRounds).
struct StoredRounds {
    RunSummary summary;
    std::vector<std::vector<double>> rounds; // each round's latencies in ms, in order
};

// A model version as stored.
struct StoredVersion {
    qint64 id = 0, modelId = 0, parentId = 0;
    QString sha256, signature, fileName, path, label, producer;
    qint64 sizeBytes = 0;
    int nodeCount = 0;
    QJsonObject opsets;
    bool edited = false;
    QDateTime firstSeen;
};

} // namespace ml
