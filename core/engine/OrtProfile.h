// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace ml {

// One kernel execution from ONNX Runtime's profile (a "Node" event named
// "<node>_kernel_time"), times in microseconds.
struct OrtKernelEvent {
    QString node;       // the name of the node in the graph ORT ran (suffix removed)
    QString opName;     // args.op_name
    QString provider;   // args.provider
    int nodeIndex = -1; // args.node_index (older versions: graph_index)
    double startUs = 0;
    double durationUs = 0;
    double selfUs = 0; // duration minus the kernels nested in it (If/Loop/Scan bodies)
    qint64 tid = 0;
    int run = -1;    // index into OrtProfile::runsUs of the Run it belongs to, -1 none
    int parent = -1; // index of the innermost kernel event enclosing it, -1 none
};

// ONNX Runtime's profile file (SessionOptions::EnableProfiling): a JSON array of Chrome
// trace events. Tolerant of the variants seen across versions: fence events (ignored),
// graph_index for node_index, and a file cut short before its closing bracket.
struct OrtProfile {
    std::vector<OrtKernelEvent> kernels; // in file order
    std::vector<double> runsUs;          // durations of the model_run events, in time order
    std::vector<double> runStartsUs;
    double sessionInitializationUs = 0;

    static Result<OrtProfile> parse(const QByteArray &json);
    static Result<OrtProfile> read(const QString &path);
};

} // namespace ml
