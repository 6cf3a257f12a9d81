// SPDX-License-Identifier: GPL-3.0-or-later
#include "TypeText.h"

#include <QStringList>

namespace ml {

QString elementTypeName(int dataType)
{
    using T = onnx::TensorProto;
    switch (dataType) {
    case T::FLOAT:
        return QStringLiteral("float32");
    case T::UINT8:
        return QStringLiteral("uint8");
    case T::INT8:
        return QStringLiteral("int8");
    case T::UINT16:
        return QStringLiteral("uint16");
    case T::INT16:
        return QStringLiteral("int16");
    case T::INT32:
        return QStringLiteral("int32");
    case T::INT64:
        return QStringLiteral("int64");
    case T::STRING:
        return QStringLiteral("string");
    case T::BOOL:
        return QStringLiteral("bool");
    case T::FLOAT16:
        return QStringLiteral("float16");
    case T::DOUBLE:
        return QStringLiteral("float64");
    case T::UINT32:
        return QStringLiteral("uint32");
    case T::UINT64:
        return QStringLiteral("uint64");
    case T::COMPLEX64:
        return QStringLiteral("complex64");
    case T::COMPLEX128:
        return QStringLiteral("complex128");
    case T::BFLOAT16:
        return QStringLiteral("bfloat16");
    case T::UNDEFINED:
        return QStringLiteral("undefined");
    default:
        return QStringLiteral("type%1").arg(dataType);
    }
}

QString dimText(const onnx::TensorShapeProto_Dimension &dim)
{
    if (dim.has_dim_value())
        return QString::number(dim.dim_value());
    if (dim.has_dim_param() && !dim.dim_param().empty())
        return QString::fromStdString(dim.dim_param());
    return QStringLiteral("?");
}

QString typeText(const onnx::TypeProto &type)
{
    auto tensorText = [](int elem, bool hasShape, const onnx::TensorShapeProto &shape) -> QString {
        QString s = elementTypeName(elem);
        if (!hasShape)
            return s;
        QStringList dims;
        for (const auto &d : shape.dim())
            dims << dimText(d);
        return s + QLatin1Char('[') + dims.join(QLatin1Char(',')) + QLatin1Char(']');
    };
    switch (type.value_case()) {
    case onnx::TypeProto::kTensorType:
        return tensorText(type.tensor_type().elem_type(), type.tensor_type().has_shape(), type.tensor_type().shape());
    case onnx::TypeProto::kSparseTensorType:
        return QStringLiteral("sparse_")
                + tensorText(type.sparse_tensor_type().elem_type(), type.sparse_tensor_type().has_shape(),
                             type.sparse_tensor_type().shape());
    case onnx::TypeProto::kSequenceType:
        return QStringLiteral("sequence<") + typeText(type.sequence_type().elem_type()) + QLatin1Char('>');
    case onnx::TypeProto::kOptionalType:
        return QStringLiteral("optional<") + typeText(type.optional_type().elem_type()) + QLatin1Char('>');
    case onnx::TypeProto::kMapType:
        return QStringLiteral("map<") + elementTypeName(type.map_type().key_type()) + QLatin1Char(',')
                + typeText(type.map_type().value_type()) + QLatin1Char('>');
    default:
        return QStringLiteral("?");
    }
}

QString domainName(const std::string &domain)
{
    if (domain.empty() || domain == "ai.onnx")
        return QStringLiteral("ai.onnx");
    return QString::fromStdString(domain);
}

} // namespace ml
