// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "OnnxModel.h"
#include "Result.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace ml {

// One edit of a model: what the undo stack calls it, and the change itself. `apply` refers
// to nodes by NodeId and to values by name, so the same edit works from the GUI and the
// CLI. It may leave the model half-changed when it fails: EditCommand restores it.
struct Edit {
    QString text;
    std::function<Result<void>(OnnxModel &)> apply;
};

enum class DeleteMode {
    NodeOnly, // consumers' inputs are left dangling (reported as problems)
    Tail,     // the node and everything that only it feeds
    Bypass,   // consumers are connected to the node's single data input
};

// The type of a main-graph tensor as an analysis of the model found it (nullptr: unknown).
// Edits that give a new graph output its type ask it: the GUI answers from its background
// analysis of the model as it is, so that no edit re-analyzes the model on the GUI thread.
// An empty lookup: the edit analyzes the model itself (the CLI, tests).
using TypeLookup = std::function<const onnx::TypeProto *(const std::string &tensor)>;

// The node with this name (main graph first, then subgraphs).
Result<NodeId> findNode(const OnnxModel &model, const QString &name);

// ---- graph structure (GraphEdits.cpp)
Edit renameNode(NodeId node, const QString &newName);
Edit renameTensor(const QString &oldName, const QString &newName);
Edit deleteNode(NodeId node, DeleteMode mode, TypeLookup types = {});
Edit deleteNodes(QList<NodeId> nodes, DeleteMode mode, TypeLookup types = {});
// `attributes` are added to the schema's defaults (which they override).
Edit addNode(const QString &opType, const QString &domain, const QStringList &inputs, const QStringList &outputs,
             const QString &name, QList<onnx::AttributeProto> attributes = {});
Edit addOutput(const QString &tensor, TypeLookup types = {});
Edit removeOutput(const QString &name);
Edit cleanUp();
Edit sortTopologically();

// ---- attributes (AttributeEdits.cpp)
Edit setAttribute(NodeId node, const onnx::AttributeProto &attribute);
Edit removeAttribute(NodeId node, const QString &name);
// Reads "VALUE" as the type the node's attribute has, or its schema gives, or else as an
// int, a float, a list "[1,2]" of them, or a string. A tensor attribute takes a number or a
// list, of the element type (and, when the count fits, the shape) of the tensor it had.
Result<onnx::AttributeProto> parseAttribute(const OnnxModel &model, NodeId node, const QString &name, const QString &value);

// ---- dimensions of graph inputs and outputs (ShapeEdits.cpp)
// `dim`: a number, a symbol, or "?" (unknown).
Edit setDimension(const QString &value, int axis, const QString &dim);
Edit renameSymbol(const QString &oldSymbol, const QString &newSymbol);
Edit makeBatchDynamic(const QString &symbol = QStringLiteral("batch"));
// Every symbol of the graph's inputs and outputs (and value_info) becomes `value`.
Edit fixSymbols(std::int64_t value);

// ---- tensors (TensorEdits.cpp)
Edit replaceInitializer(const QString &name, const QString &npyPath);
Edit setScalar(const QString &name, double value);

// ---- opset (OpsetEdits.cpp)
Edit convertOpset(int targetVersion);

} // namespace ml
