// SPDX-License-Identifier: GPL-3.0-or-later
// Edits of node attributes.
#include "Edit.h"
#include "EditSupport.h"

#include <onnx/defs/schema.h>

#include <QRegularExpression>

namespace ml {

using namespace edit;

Edit setAttribute(NodeId node, const onnx::AttributeProto &attribute)
{
    return {tr("Set attribute '%1'").arg(qs(attribute.name())), [node, attribute](OnnxModel &model) -> Result<void> {
                onnx::NodeProto *n = model.mutableNode(node);
                if (!n)
                    return makeError(tr("node #%1 is not in the model").arg(node));
                if (attribute.name().empty())
                    return makeError(tr("an attribute needs a name"));
                for (auto &a : *n->mutable_attribute())
                    if (a.name() == attribute.name()) {
                        a = attribute;
                        return {};
                    }
                *n->add_attribute() = attribute;
                return {};
            }};
}

Edit removeAttribute(NodeId node, const QString &name)
{
    return {tr("Remove attribute '%1'").arg(name), [node, name](OnnxModel &model) -> Result<void> {
                onnx::NodeProto *n = model.mutableNode(node);
                if (!n)
                    return makeError(tr("node #%1 is not in the model").arg(node));
                auto *list = n->mutable_attribute();
                for (int i = 0; i < list->size(); ++i)
                    if (list->Get(i).name() == ss(name)) {
                        list->DeleteSubrange(i, 1);
                        return {};
                    }
                return makeError(tr("node '%1' has no attribute '%2'").arg(qs(n->name()), name));
            }};
}

namespace {

using A = onnx::AttributeProto;

// The attribute's type: as the node has it, else as the schema declares it.
A::AttributeType expectedType(const OnnxModel &model, const onnx::NodeProto &node, const std::string &name)
{
    for (const auto &a : node.attribute())
        if (a.name() == name)
            return a.type();
    int opset = 0;
    for (const auto &op : model.proto().opset_import())
        if ((op.domain() == "ai.onnx" ? std::string() : op.domain()) == node.domain())
            opset = static_cast<int>(op.version());
    if (const auto *schema = onnx::OpSchemaRegistry::Schema(node.op_type(), opset, node.domain())) {
        auto it = schema->attributes().find(name);
        if (it != schema->attributes().end())
            return it->second.type;
    }
    return A::UNDEFINED;
}

// Writes `values` into `t` (its data type and dims set) as little-endian raw_data.
Result<void> fillTensor(onnx::TensorProto &t, const QStringList &values)
{
    using T = onnx::TensorProto;
    std::string raw;
    bool ok = true;
    auto put = [&raw](const auto v) { raw.append(reinterpret_cast<const char *>(&v), sizeof v); };
    for (const QString &v : values) {
        switch (t.data_type()) {
        case T::FLOAT:
            put(v.toFloat(&ok));
            break;
        case T::DOUBLE:
            put(v.toDouble(&ok));
            break;
        case T::INT64:
            put(static_cast<std::int64_t>(v.toLongLong(&ok)));
            break;
        case T::INT32:
            put(static_cast<std::int32_t>(v.toInt(&ok)));
            break;
        case T::INT16:
            put(static_cast<std::int16_t>(v.toShort(&ok)));
            break;
        case T::INT8: {
            const int i = v.toInt(&ok);
            ok &= i >= -128 && i <= 127;
            put(static_cast<std::int8_t>(i));
            break;
        }
        case T::UINT8: {
            const int i = v.toInt(&ok);
            ok &= i >= 0 && i <= 255;
            put(static_cast<std::uint8_t>(i));
            break;
        }
        case T::BOOL: {
            const QString b = v.toLower();
            ok = b == QLatin1String("0") || b == QLatin1String("1") || b == QLatin1String("true") || b == QLatin1String("false");
            put(static_cast<std::uint8_t>(b == QLatin1String("1") || b == QLatin1String("true")));
            break;
        }
        default:
            return makeError(
                    tr("tensors of element type %1 cannot be set from text")
                            .arg(QString::fromStdString(T::DataType_Name(static_cast<T::DataType>(t.data_type()))).toLower()));
        }
        if (!ok)
            return makeError(
                    tr("'%1' is not a valid %2 value")
                            .arg(v, QString::fromStdString(T::DataType_Name(static_cast<T::DataType>(t.data_type()))).toLower()));
    }
    t.set_raw_data(raw); // little-endian on every platform this builds for
    return {};
}

} // namespace

Result<onnx::AttributeProto> parseAttribute(const OnnxModel &model, NodeId id, const QString &name, const QString &value)
{
    const onnx::NodeProto *node = model.node(id);
    if (!node)
        return makeError(tr("node #%1 is not in the model").arg(id));
    A attr;
    attr.set_name(ss(name));
    A::AttributeType type = expectedType(model, *node, ss(name));
    const QString text = value.trimmed();
    const bool isList = text.startsWith(QLatin1Char('[')) && text.endsWith(QLatin1Char(']'));
    QStringList items;
    if (isList)
        for (const auto &item : text.mid(1, text.size() - 2).split(QLatin1Char(','), Qt::SkipEmptyParts))
            items << item.trimmed();
    if (type == A::UNDEFINED) {
        // Guess from the text: ints, then floats, then a string.
        static const QRegularExpression intRe(QStringLiteral("^[-+]?\\d+$"));
        bool allInts = true, allFloats = true;
        for (const auto &item : isList ? items : QStringList{text}) {
            allInts &= intRe.match(item).hasMatch();
            bool ok = false;
            item.toDouble(&ok);
            allFloats &= ok;
        }
        type = isList ? (allInts             ? A::INTS
                                 : allFloats ? A::FLOATS
                                             : A::STRINGS)
                      : (allInts             ? A::INT
                                 : allFloats ? A::FLOAT
                                             : A::STRING);
    }
    attr.set_type(type);
    bool ok = true;
    auto bad = [&]() {
        return makeError(tr("'%1' is not a valid value for attribute '%2' (%3)")
                                 .arg(value, name, QString::fromStdString(A::AttributeType_Name(type)).toLower()));
    };
    switch (type) {
    case A::INT:
        attr.set_i(text.toLongLong(&ok));
        break;
    case A::FLOAT:
        attr.set_f(text.toFloat(&ok));
        break;
    case A::STRING:
        attr.set_s(text.toStdString());
        break;
    case A::INTS:
        if (!isList)
            return bad();
        for (const auto &item : items) {
            attr.add_ints(item.toLongLong(&ok));
            if (!ok)
                return bad();
        }
        break;
    case A::FLOATS:
        if (!isList)
            return bad();
        for (const auto &item : items) {
            attr.add_floats(item.toFloat(&ok));
            if (!ok)
                return bad();
        }
        break;
    case A::STRINGS:
        if (!isList)
            return bad();
        for (const auto &item : items)
            attr.add_strings(item.toStdString());
        break;
    case A::TENSOR: {
        // A small tensor, typed as a list or one number: the element type (and the shape,
        // when the count still fits it) of the tensor the node has; else float32.
        const onnx::AttributeProto *current = nullptr;
        for (const auto &a : node->attribute())
            if (a.name() == ss(name))
                current = &a;
        onnx::TensorProto &t = *attr.mutable_t();
        const QStringList values = isList ? items : QStringList{text};
        t.set_data_type(current ? current->t().data_type() : onnx::TensorProto::FLOAT);
        if (current)
            t.set_name(current->t().name());
        if (current && elementCount(current->t()) == values.size())
            *t.mutable_dims() = current->t().dims();
        else if (isList)
            t.add_dims(values.size());
        else
            t.add_dims(1);
        if (auto filled = fillTensor(t, values); !filled)
            return makeError(tr("attribute '%1': %2").arg(name, filled.errorMessage()));
        break;
    }
    default:
        return makeError(tr("attribute '%1' is of type %2, which cannot be set from text")
                                 .arg(name, QString::fromStdString(A::AttributeType_Name(type)).toLower()));
    }
    if (!ok)
        return bad();
    return attr;
}

} // namespace ml
