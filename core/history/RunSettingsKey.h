// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

namespace ml {

// The settings of a run as the history keeps them: EngineSettings::toJson() without what
// differs from run to run of the same measurement (the model's path, the job's work folder
// and result file, where optimized graphs, engines and outputs were saved: a non-empty one
// becomes `true`), and with any path inside the temporary folder written "<tmp>/<name>".
// The hash groups runs into series (same model lineage + machine + settings hash).
struct RunSettingsKey {
    QJsonObject canonical;
    QString hash;      // sha256 hex of the compact canonical JSON
    QString backend;   // "onnxruntime" or "tensorrt"
    QString provider;  // "CPUExecutionProvider", ..., "TensorRT"
    QString precision; // "fp32", or the trtexec precisions joined by '+'

    // `backendName` is RunResult::backend when known (it wins over settings.backend).
    static RunSettingsKey from(const QJsonObject &settings, const QString &backendName = QString());
};

} // namespace ml
