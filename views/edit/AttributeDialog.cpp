// SPDX-License-Identifier: GPL-3.0-or-later
#include "AttributeDialog.h"

#include "Edit.h"
#include "OperatorDocs.h"
#include "TensorValues.h"
#include "TypeText.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

#include <onnx/defs/schema.h>

namespace ml {

namespace {
constexpr std::int64_t kEditableTensor = 64; // elements: more is not edited as text
}

QString attributeValueText(const OnnxModel &model, const onnx::AttributeProto &a)
{
    using A = onnx::AttributeProto;
    auto list = [](const auto &values) -> QString { // not auto: a QStringBuilder would outlive `parts`
        QStringList parts;
        for (const auto &v : values)
            parts << QString::number(v);
        return QLatin1Char('[') + parts.join(QStringLiteral(", ")) + QLatin1Char(']');
    };
    switch (a.type()) {
    case A::INT:
        return QString::number(a.i());
    case A::FLOAT:
        return QString::number(a.f(), 'g', 9);
    case A::STRING:
        return QString::fromStdString(a.s());
    case A::INTS:
        return list(a.ints());
    case A::FLOATS:
        return list(a.floats());
    case A::STRINGS: {
        QStringList parts;
        for (const auto &s : a.strings())
            parts << QString::fromStdString(s);
        return QLatin1Char('[') + parts.join(QStringLiteral(", ")) + QLatin1Char(']');
    }
    case A::TENSOR: {
        const std::int64_t n = elementCount(a.t());
        if (n > kEditableTensor || a.t().data_type() == onnx::TensorProto::STRING)
            return {};
        auto bytes = model.tensorBytes(a.t());
        auto values = bytes ? tensorValues(bytes.value(), a.t().data_type(), 0, n) : Result<std::vector<double>>(bytes.error());
        if (!values)
            return {};
        QStringList parts;
        for (double v : values.value())
            parts << QString::number(v, 'g', 9);
        return QLatin1Char('[') + parts.join(QStringLiteral(", ")) + QLatin1Char(']');
    }
    default:
        return {};
    }
}

AttributeDialog::AttributeDialog(const OnnxModel &model, NodeId node, const QString &attribute, QWidget *parent)
    : QDialog(parent), m_model(model), m_node(node)
{
    const onnx::NodeProto *n = model.node(node);
    setWindowTitle(
            tr("Attribute of %1").arg(n ? QString::fromStdString(n->name().empty() ? n->op_type() : n->name()) : QString()));
    auto *form = new QFormLayout(this);
    m_name = new QComboBox;
    m_name->setEditable(true);
    m_name->setObjectName(QStringLiteral("attributeName"));
    if (n) {
        for (const auto &a : n->attribute())
            m_name->addItem(QString::fromStdString(a.name()));
        // Then what the schema offers and the node does not set.
        const QString domain = domainName(n->domain());
        int opset = 0;
        for (const auto &op : model.proto().opset_import())
            if (domainName(op.domain()) == domain)
                opset = int(op.version());
        if (auto doc = operatorDoc(QString::fromStdString(n->op_type()), domain, opset))
            for (const auto &item : doc->attributes)
                if (m_name->findText(item.name) < 0)
                    m_name->addItem(item.name);
    }
    if (!attribute.isEmpty())
        m_name->setCurrentText(attribute);
    m_about = new QLabel;
    m_about->setWordWrap(true);
    m_about->setForegroundRole(QPalette::PlaceholderText);
    m_value = new QLineEdit;
    m_value->setObjectName(QStringLiteral("attributeValue"));
    m_error = new QLabel;
    m_error->setStyleSheet(QStringLiteral("color: #b00"));
    m_error->setWordWrap(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(tr("Name:"), m_name);
    form->addRow(QString(), m_about);
    form->addRow(tr("Value:"), m_value);
    form->addRow(QString(), m_error);
    form->addRow(m_buttons);
    connect(m_name, &QComboBox::currentTextChanged, this, &AttributeDialog::nameChanged);
    connect(m_value, &QLineEdit::textChanged, this, &AttributeDialog::validate);
    nameChanged();
    // Most edits change the value of an attribute the node has: start there.
    m_value->setFocus();
    m_value->selectAll();
    resize(460, sizeHint().height());
}

QString AttributeDialog::name() const { return m_name->currentText().trimmed(); }

void AttributeDialog::setValueText(const QString &text) { m_value->setText(text); }

void AttributeDialog::nameChanged()
{
    const onnx::NodeProto *n = m_model.node(m_node);
    const std::string wanted = name().toStdString();
    const onnx::AttributeProto *current = nullptr;
    if (n)
        for (const auto &a : n->attribute())
            if (a.name() == wanted)
                current = &a;
    QString about;
    QString value;
    if (current) {
        about = tr("Set on the node: %1")
                        .arg(QString::fromStdString(onnx::AttributeProto::AttributeType_Name(current->type())).toLower());
        value = attributeValueText(m_model, *current);
    }
    // The schema's word on it: type, default, description.
    if (n) {
        const onnx::OpSchema *schema = nullptr;
        for (const auto &op : m_model.proto().opset_import())
            if (domainName(op.domain()) == domainName(n->domain()))
                schema = onnx::OpSchemaRegistry::Schema(n->op_type(), int(op.version()),
                                                        n->domain() == "ai.onnx" ? std::string() : n->domain());
        if (schema) {
            auto it = schema->attributes().find(wanted);
            if (it != schema->attributes().end()) {
                const auto &def = it->second;
                about += (about.isEmpty() ? QString() : QStringLiteral("\n"))
                        + tr("Schema: %1%2. %3")
                                  .arg(QString::fromStdString(onnx::AttributeProto::AttributeType_Name(def.type)).toLower(),
                                       def.required ? tr(", required") : QString(),
                                       QString::fromStdString(def.description).left(300));
                if (!current && def.default_value.has_name())
                    value = attributeValueText(m_model, def.default_value);
            }
        }
    }
    const bool subgraph =
            current && (current->type() == onnx::AttributeProto::GRAPH || current->type() == onnx::AttributeProto::GRAPHS);
    const bool bigTensor = current && current->type() == onnx::AttributeProto::TENSOR && value.isEmpty();
    m_value->setEnabled(!subgraph && !bigTensor);
    m_about->setText(about.isEmpty() ? tr("Not in the schema: the type follows the value (int, float, list, else string).")
                                     : about);
    m_value->setText(subgraph            ? tr("(a subgraph: enter it on the canvas)")
                             : bigTensor ? tr("(%n element(s): see its values in the Tensor panel)", nullptr,
                                              int(std::min<std::int64_t>(elementCount(current->t()), INT32_MAX)))
                                         : value);
    validate();
}

void AttributeDialog::validate()
{
    m_parsed.reset();
    QString error;
    if (name().isEmpty()) {
        error = tr("Give the attribute a name.");
    } else if (!m_value->isEnabled()) {
        error = tr("Subgraphs and large tensors are not edited here.");
    } else {
        auto parsed = parseAttribute(m_model, m_node, name(), m_value->text());
        if (parsed)
            m_parsed = parsed.value();
        else
            error = parsed.errorMessage();
    }
    m_error->setText(error);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_parsed.has_value());
}

} // namespace ml
