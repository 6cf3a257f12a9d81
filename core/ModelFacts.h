// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "OnnxModel.h"

#include <QString>

#include <onnx/onnx_pb.h>

#include <cstdint>
#include <map>
#include <string>
#include <unordered_map>
#include <vector>

namespace ml {

struct Problem {
    enum class Severity { Error, Warning, Info };
    Severity severity = Severity::Error;
    int nodeIndex = -1; // into ModelFacts::nodes, -1 when the problem concerns no node
    QString node;       // the node's name (or "OpType #index" when unnamed)
    QString message;
};

QString severityName(Problem::Severity severity);

// One node of the model, in depth-first order: a node, then the nodes of its subgraphs.
struct NodeEntry {
    NodeId id = kNoNode; // the model's stable id of the node
    const onnx::NodeProto *node = nullptr;
    const onnx::GraphProto *graph = nullptr; // the graph holding the node
    int parent = -1;                         // index of the node whose attribute holds `graph`; -1 at top level
    int depth = 0;                           // 0 for the main graph
    std::int64_t paramCount = 0;             // elements of the initializers this node reads
};

// Facts derived from a model with libonnx, kept beside it (the model is not rewritten).
// Immutable once computed; safe to share across threads.
struct ModelFacts {
    std::vector<NodeEntry> nodes;
    int nodesTop = 0;
    int subgraphCount = 0;
    int subgraphMaxDepth = 0;
    int initializersTop = 0;
    int initializersTotal = 0;
    int sparseInitializers = 0;
    std::int64_t paramCount = 0;
    std::int64_t constantNodeElements = 0;
    std::map<QString, int> opTypes;      // "Conv", "com.microsoft::FusedConv"
    std::map<QString, int> opsetImports; // "ai.onnx" -> 17

    bool checkerOk = false;
    QString checkerMessage;
    bool shapeInferenceOk = false;
    // Types of values after shape inference, per value name, over all graphs.
    std::unordered_map<std::string, onnx::TypeProto> valueTypes;
    std::vector<Problem> problems;

    const onnx::TypeProto *typeOf(const std::string &value) const;
    int indexOf(NodeId id) const; // into nodes, -1 when absent
};

// Runs the checker, shape inference and the graph checks of its own on a copy of the
// model's graph (without weights). Never throws. The facts point into `model`: keep it
// alive and unchanged while they are used (a background job analyzes a clone()).
ModelFacts analyzeModel(const OnnxModel &model);

// "name" or, for an unnamed node, "OpType #index".
QString nodeLabel(const onnx::NodeProto &node, int index);

} // namespace ml
