// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LoadedModel.h"

#include <QTextBrowser>

#include <memory>

namespace ml {

// The Node side panel: name, op type, domain, attributes with typed values, every input
// and output with its type and shape and links to the nodes that produce or consume it,
// and the operator's documentation from the ONNX schema of the model's opset. Links:
// another node (nodeRequested) or an initializer / Constant value (tensorRequested).
class NodePanel : public QTextBrowser {
    Q_OBJECT
public:
    explicit NodePanel(QWidget *parent = nullptr);

    void setModel(std::shared_ptr<const LoadedModel> model); // clears the node
    void showNode(NodeId id);                                // kNoNode: nothing
    NodeId node() const { return m_node; }

Q_SIGNALS:
    void nodeRequested(ml::NodeId id);
    // `name` is an initializer seen from the graph of `context`, or the output of the
    // Constant node `context`.
    void tensorRequested(const QString &name, ml::NodeId context);

private:
    void onAnchor(const QUrl &url);
    QString html(const NodeEntry &entry) const;

    std::shared_ptr<const LoadedModel> m_model;
    NodeId m_node = kNoNode;
};

} // namespace ml
