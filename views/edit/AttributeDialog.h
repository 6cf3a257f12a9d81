// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "OnnxModel.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace ml {

// Sets or adds one attribute of a node: the node's attributes and the ones its schema
// offers (with type, default and description), and the value typed as the attribute's type
// asks ("3", "0.5", "text", "[1, 2]"; a small tensor as a list of its values), checked as it
// is typed. Subgraph attributes and large tensors are shown, not edited.
class AttributeDialog : public QDialog {
    Q_OBJECT
public:
    AttributeDialog(const OnnxModel &model, NodeId node, const QString &attribute = {}, QWidget *parent = nullptr);

    QString name() const;
    void setValueText(const QString &text);
    // The attribute as typed, or nothing while the text is not a valid value.
    std::optional<onnx::AttributeProto> attribute() const { return m_parsed; }

private:
    void nameChanged();
    void validate();

    const OnnxModel &m_model;
    NodeId m_node;
    std::optional<onnx::AttributeProto> m_parsed;
    QComboBox *m_name = nullptr;
    QLabel *m_about = nullptr;
    QLineEdit *m_value = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

// The value of an attribute as the dialog shows it ("[1, 2]" for lists and small tensors);
// empty for what cannot be edited as text (subgraphs, tensors of more than 64 elements).
QString attributeValueText(const OnnxModel &model, const onnx::AttributeProto &attribute);

} // namespace ml
