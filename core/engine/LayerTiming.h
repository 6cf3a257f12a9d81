// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace ml {

// One row of a per-layer table: a node of the original model and the time of the engine
// kernels (ONNX Runtime) or layers (TensorRT) attributed to it, over the measured runs.
struct LayerTiming {
    QString node;       // the model node's name ("OpType #index" when it has none)
    QString graph;      // "" for the main graph, else the subgraph's path ("/Loop.body")
    int nodeIndex = -1; // index of the node in its graph; -1 when not mapped
    QString opType;     // the model node's operator
    double meanMs = 0;  // per run: the kernels' time summed within a run, then averaged
    double medianMs = 0;
    double share = 0;       // of the sum of all rows' means
    double callsPerRun = 0; // kernel executions per run (a Loop body runs many times)
    QStringList kernels;    // the engine's kernels or layers timed into this row
    QStringList fusedNodes; // other model nodes whose work those kernels also did
    bool mapped = true;     // false: no model node was found; `node` is the kernel's name

    QJsonObject toJson() const;
    static LayerTiming fromJson(const QJsonObject &object);
};

// The roll-up of the rows by operator type.
struct OpTypeTiming {
    QString opType;
    double meanMs = 0;
    double share = 0;
    int nodes = 0;

    QJsonObject toJson() const;
    static OpTypeTiming fromJson(const QJsonObject &object);
};

} // namespace ml
