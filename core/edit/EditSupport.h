// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Helpers shared by the edit implementations (not part of core's interface).

#include "OnnxModel.h"
#include "ProtoWalk.h"
#include "Result.h"

#include <QCoreApplication>
#include <QString>

#include <string>
#include <unordered_set>

namespace ml::edit {

inline QString tr(const char *text) { return QCoreApplication::translate("Edit", text); }
inline QString qs(const std::string &s) { return QString::fromStdString(s); }
inline std::string ss(const QString &s) { return s.toStdString(); }

// The main graph and all subgraphs, mutable.
template<typename Fn>
void forEachGraph(OnnxModel &model, Fn &&fn)
{
    walk::graphs(*model.mutableProto().mutable_graph(), fn);
}

// Names a graph defines itself: inputs, initializers, node outputs.
std::unordered_set<std::string> definedNames(const onnx::GraphProto &graph);
// Names a graph or its subgraphs read (node inputs at any depth, graph outputs).
std::unordered_set<std::string> usedNames(const onnx::GraphProto &graph);

// The graph (main or sub) that holds node `id`, and the node's position in it.
struct NodeLocation {
    onnx::GraphProto *graph = nullptr;
    int index = -1;
};
Result<NodeLocation> locate(OnnxModel &model, NodeId id);

bool isInitializer(const onnx::GraphProto &graph, const std::string &name);
onnx::TensorProto *findInitializer(OnnxModel &model, const std::string &name);

// Removes nodes at `indices` (any order) from `graph`, forgetting their ids first.
void removeNodes(OnnxModel &model, onnx::GraphProto &graph, std::vector<int> indices);

// The default-domain opset the model imports (0 when none).
int defaultOpset(const onnx::ModelProto &model);

} // namespace ml::edit
