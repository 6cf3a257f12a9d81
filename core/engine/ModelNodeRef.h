// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <onnx/onnx_pb.h>

#include <QString>

namespace ml {

// A node of a model at any depth: the node, the path of the graph holding it, and its index
// there. The path is "" for the main graph, "<node>.<attribute>" for a subgraph, joined by
// " / " when nested ("/Loop_1.body / /If.else_branch").
struct ModelNodeRef {
    const onnx::NodeProto *node = nullptr;
    QString graphPath;
    int index = -1;

    bool valid() const { return node != nullptr; }
    QString opType() const;
    // The node's name, or "OpType #index" when it has none.
    QString label() const;
    // label(), with the graph path in front for nodes inside subgraphs.
    QString qualifiedLabel() const;
    static QString subgraphPath(const QString &parentPath, const QString &nodeLabel, const std::string &attribute);
};

} // namespace ml
