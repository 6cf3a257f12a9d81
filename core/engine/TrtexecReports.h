// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LatencyStats.h"
#include "Result.h"
#include "TensorData.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <map>
#include <vector>

namespace ml {

// One inference from --exportTimes, host-clock milliseconds. endToEndMs is NaN unless an
// older writer put it there (those also included the warm-up queries).
struct TrtexecTime {
    double startEnqMs = 0, endEnqMs = 0, startH2dMs = 0, endH2dMs = 0, startComputeMs = 0, endComputeMs = 0, startD2hMs = 0,
           endD2hMs = 0, h2dMs = 0, computeMs = 0, d2hMs = 0, latencyMs = 0, endToEndMs = 0;
    bool hasEndToEnd = false;
};

// One engine layer from --exportProfile. medianMs equals averageMs where the writer had no median.
struct TrtexecProfileLayer {
    QString name;
    double timeMs = 0, averageMs = 0, medianMs = 0, percentage = 0;
    bool hasMedian = false;
};

struct TrtexecProfile {
    int count = 0; // iterations the totals cover
    std::vector<TrtexecProfileLayer> layers;
};

// One layer from --exportLayerInfo. With the default verbosity only the name is known.
struct TrtexecLayer {
    QString name;
    QString type;          // LayerType
    QString metadata;      // TensorRT 10: "[ONNX Layer: /conv1/Conv]..."
    bool reformat = false; // Origin REFORMAT, or a "Reformatting CopyNode" name
};

// trtexec's console "=== Performance summary ===" block.
struct TrtexecSummary {
    double throughputQps = 0;
    std::map<QString, LatencyStats> times; // "latency", "enqueue", "h2d", "gpu_compute", "d2h"
    double totalHostWalltimeS = 0, totalGpuComputeS = 0;
    double buildSeconds = -1; // "Engine built in N sec.", -1 when absent
    QString version;          // from "[TensorRT v100300]": "10.3.0"
    QStringList warnings;     // the [W] lines after the summary (unstable, enqueue-bound ...)
    bool found = false;
};

// Parsers for what trtexec writes (engine-formats.md), tolerant of the older variants.
class TrtexecReports {
public:
    static Result<std::vector<TrtexecTime>> parseTimes(const QByteArray &json);
    static Result<TrtexecProfile> parseProfile(const QByteArray &json);
    static Result<std::vector<TrtexecLayer>> parseLayerInfo(const QByteArray &json);
    static TrtexecSummary parseConsole(const QString &text);
    // --exportOutput: [{"name", "dimensions": "1x1000", "values": [...]}], as float32 tensors.
    static Result<std::vector<TensorData>> parseOutputs(const QByteArray &json);
    // "v100300" -> "10.3.0"; "v8601" -> "8.6.1".
    static QString versionFromTag(const QString &tag);
};

} // namespace ml
