// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "OnnxModel.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace ml {

// Adds a node: an operator from the libonnx schemas valid at the model's opset, its inputs
// wired to tensors of the model (comma-separated; completed from the model's names), its
// outputs and its name. Attributes come pre-filled from the schema's defaults.
class AddNodeDialog : public QDialog {
    Q_OBJECT
public:
    AddNodeDialog(const OnnxModel &model, const QStringList &tensors, const QStringList &inputs = {}, QWidget *parent = nullptr);

    QString opType() const;
    QStringList inputs() const;
    QStringList outputs() const;
    QString nodeName() const;

private:
    void opChanged();

    QComboBox *m_op = nullptr;
    QLabel *m_about = nullptr;
    QLineEdit *m_inputs = nullptr;
    QLineEdit *m_outputs = nullptr;
    QLineEdit *m_name = nullptr;
    int m_opset = 0;
};

} // namespace ml
