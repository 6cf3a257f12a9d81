// SPDX-License-Identifier: GPL-3.0-or-later
#include "OperatorDocs.h"

#include <onnx/defs/schema.h>

namespace ml {
namespace {

QString attributeTypeName(onnx::AttributeProto::AttributeType type)
{
    using A = onnx::AttributeProto;
    switch (type) {
    case A::FLOAT:
        return QStringLiteral("float");
    case A::INT:
        return QStringLiteral("int");
    case A::STRING:
        return QStringLiteral("string");
    case A::TENSOR:
        return QStringLiteral("tensor");
    case A::GRAPH:
        return QStringLiteral("graph");
    case A::SPARSE_TENSOR:
        return QStringLiteral("sparse tensor");
    case A::TYPE_PROTO:
        return QStringLiteral("type");
    case A::FLOATS:
        return QStringLiteral("floats");
    case A::INTS:
        return QStringLiteral("ints");
    case A::STRINGS:
        return QStringLiteral("strings");
    case A::TENSORS:
        return QStringLiteral("tensors");
    case A::GRAPHS:
        return QStringLiteral("graphs");
    case A::SPARSE_TENSORS:
        return QStringLiteral("sparse tensors");
    case A::TYPE_PROTOS:
        return QStringLiteral("types");
    default:
        return QStringLiteral("undefined");
    }
}

} // namespace

std::optional<OperatorDoc> operatorDoc(const QString &opType, const QString &domain, int opsetVersion)
{
    const std::string d = (domain == QLatin1String("ai.onnx")) ? std::string() : domain.toStdString();
    const onnx::OpSchema *schema = onnx::OpSchemaRegistry::Schema(opType.toStdString(), opsetVersion, d);
    if (!schema)
        return std::nullopt;
    OperatorDoc doc;
    doc.opType = opType;
    doc.domain = domain;
    doc.sinceVersion = schema->SinceVersion();
    doc.summary = QString::fromUtf8(schema->doc() ? schema->doc() : "").trimmed();
    for (const auto &in : schema->inputs())
        doc.inputs.append({QString::fromStdString(in.GetName()), QString::fromStdString(in.GetTypeStr()),
                           QString::fromStdString(in.GetDescription()), in.GetOption() == onnx::OpSchema::Optional});
    for (const auto &out : schema->outputs())
        doc.outputs.append({QString::fromStdString(out.GetName()), QString::fromStdString(out.GetTypeStr()),
                            QString::fromStdString(out.GetDescription()), out.GetOption() == onnx::OpSchema::Optional});
    for (const auto &[name, attr] : schema->attributes())
        doc.attributes.append({QString::fromStdString(name), attributeTypeName(attr.type),
                               QString::fromStdString(attr.description), !attr.required});
    return doc;
}

QStringList operatorTypes(const QString &domain, int opsetVersion)
{
    const std::string d = (domain == QLatin1String("ai.onnx")) ? std::string() : domain.toStdString();
    QStringList names;
    for (const onnx::OpSchema &schema : onnx::OpSchemaRegistry::get_all_schemas_with_history()) {
        if (schema.domain() != d || schema.SinceVersion() > opsetVersion)
            continue;
        // The version in force at this opset decides (an operator may be deprecated later).
        const onnx::OpSchema *current = onnx::OpSchemaRegistry::Schema(schema.Name(), opsetVersion, d);
        if (current && !current->Deprecated())
            names << QString::fromStdString(schema.Name());
    }
    names.sort();
    names.removeDuplicates();
    return names;
}

} // namespace ml
