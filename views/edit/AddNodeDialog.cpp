// SPDX-License-Identifier: GPL-3.0-or-later
#include "AddNodeDialog.h"

#include "OperatorDocs.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace ml {

namespace {
QStringList splitNames(const QString &text)
{
    QStringList out;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!part.trimmed().isEmpty())
            out << part.trimmed();
    return out;
}
} // namespace

AddNodeDialog::AddNodeDialog(const OnnxModel &model, const QStringList &tensors, const QStringList &inputs, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Add Node"));
    for (const auto &op : model.proto().opset_import())
        if (op.domain().empty() || op.domain() == "ai.onnx")
            m_opset = int(op.version());
    auto *form = new QFormLayout(this);
    m_op = new QComboBox;
    m_op->setObjectName(QStringLiteral("opType"));
    m_op->setEditable(true);
    m_op->addItems(operatorTypes(QStringLiteral("ai.onnx"), m_opset));
    m_op->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_op->completer()->setFilterMode(Qt::MatchContains);
    m_about = new QLabel;
    m_about->setWordWrap(true);
    m_about->setForegroundRole(QPalette::PlaceholderText);
    m_inputs = new QLineEdit(inputs.join(QStringLiteral(", ")));
    m_inputs->setObjectName(QStringLiteral("inputs"));
    auto *completer = new QCompleter(tensors, this);
    completer->setFilterMode(Qt::MatchContains);
    m_inputs->setCompleter(completer);
    m_outputs = new QLineEdit;
    m_outputs->setObjectName(QStringLiteral("outputs"));
    m_outputs->setPlaceholderText(tr("empty: named after the node"));
    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("nodeName"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(tr("Operator (opset %1):").arg(m_opset), m_op);
    form->addRow(QString(), m_about);
    form->addRow(tr("Inputs:"), m_inputs);
    form->addRow(tr("Outputs:"), m_outputs);
    form->addRow(tr("Name:"), m_name);
    form->addRow(buttons);
    connect(m_op, &QComboBox::currentTextChanged, this, &AddNodeDialog::opChanged);
    m_op->setCurrentText(QStringLiteral("Identity"));
    opChanged();
    resize(480, sizeHint().height());
}

QString AddNodeDialog::opType() const { return m_op->currentText().trimmed(); }
QStringList AddNodeDialog::inputs() const { return splitNames(m_inputs->text()); }
QStringList AddNodeDialog::outputs() const { return splitNames(m_outputs->text()); }
QString AddNodeDialog::nodeName() const { return m_name->text().trimmed(); }

void AddNodeDialog::opChanged()
{
    const auto doc = operatorDoc(opType(), QStringLiteral("ai.onnx"), m_opset);
    if (!doc) {
        m_about->setText(tr("No such operator at opset %1.").arg(m_opset));
        return;
    }
    QStringList in, out;
    for (const auto &i : doc->inputs)
        in << (i.optional ? i.name + QLatin1Char('?') : i.name);
    for (const auto &o : doc->outputs)
        out << o.name;
    m_about->setText(tr("%1 (since opset %2): inputs %3; outputs %4")
                             .arg(doc->opType)
                             .arg(doc->sinceVersion)
                             .arg(in.join(QStringLiteral(", ")), out.join(QStringLiteral(", "))));
}

} // namespace ml
