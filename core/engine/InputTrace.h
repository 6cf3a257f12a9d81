// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <onnx/onnx_pb.h>

namespace ml {

// From an engine's error back to what the user can change: the node the error names, and the
// graph inputs upstream of it. ONNX Runtime names the failing node deep inside a subgraph
// with the prefixes of its inlining ("If_0_else_branch__Inline_0__/decoder/rnn/LSTM"); the
// user sets graph inputs, so the message should name those.
class InputTrace {
public:
    // The innermost node name ONNX Runtime's message gives ("... Name:'X' Status Message: ..."),
    // empty when it names none.
    static QString failingNode(const QString &message);
    // The graph's inputs (initializers excluded) that the node named `node` depends on, in
    // the graph's order; empty when no node of the graph or its subgraphs has that name (or
    // is the end of it, for an inlined name).
    static QStringList inputsFeeding(const onnx::GraphProto &graph, const QString &node);
};

} // namespace ml
