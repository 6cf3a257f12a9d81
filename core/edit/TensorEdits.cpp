// SPDX-License-Identifier: GPL-3.0-or-later
// Edits of initializer values.
#include "Edit.h"
#include "EditSupport.h"
#include "Npy.h"
#include "TypeText.h"

#include <QStringList>

#include <cstring>

namespace ml {

using namespace edit;

namespace {

QString shapeText(const std::vector<std::int64_t> &dims)
{
    QStringList parts;
    for (auto d : dims)
        parts << QString::number(d);
    return QLatin1Char('[') + parts.join(QLatin1Char(',')) + QLatin1Char(']');
}

// Replaces whatever holds the tensor's payload with raw_data.
void setRawData(onnx::TensorProto &t, const QByteArray &bytes)
{
    t.clear_float_data();
    t.clear_int32_data();
    t.clear_int64_data();
    t.clear_double_data();
    t.clear_uint64_data();
    t.clear_string_data();
    t.clear_external_data();
    t.clear_data_location();
    t.set_raw_data(bytes.constData(), static_cast<std::size_t>(bytes.size()));
}

} // namespace

Edit replaceInitializer(const QString &name, const QString &npyPath)
{
    return {tr("Replace values of '%1'").arg(name), [=](OnnxModel &model) -> Result<void> {
                onnx::TensorProto *t = findInitializer(model, ss(name));
                if (!t)
                    return makeError(tr("no initializer is named '%1'").arg(name));
                auto array = readNpy(npyPath);
                if (!array)
                    return array.error();
                const std::vector<std::int64_t> dims(t->dims().begin(), t->dims().end());
                if (array->dataType != t->data_type())
                    return makeError(
                            tr("%1 holds %2, but '%3' is %4")
                                    .arg(npyPath, elementTypeName(array->dataType), name, elementTypeName(t->data_type())));
                if (array->shape != dims)
                    return makeError(tr("%1 has shape %2, but '%3' has shape %4")
                                             .arg(npyPath, shapeText(array->shape), name, shapeText(dims)));
                setRawData(*t, array->data);
                return {};
            }};
}

Edit setScalar(const QString &name, double value)
{
    return {tr("Set '%1' to %2").arg(name).arg(value), [=](OnnxModel &model) -> Result<void> {
                onnx::TensorProto *t = findInitializer(model, ss(name));
                if (!t)
                    return makeError(tr("no initializer is named '%1'").arg(name));
                if (elementCount(*t) != 1)
                    return makeError(tr("'%1' holds %2 values, not one").arg(name).arg(elementCount(*t)));
                using T = onnx::TensorProto;
                QByteArray bytes(elementByteSize(t->data_type()), '\0');
                auto put = [&bytes](auto v) { std::memcpy(bytes.data(), &v, sizeof v); };
                switch (t->data_type()) {
                case T::FLOAT:
                    put(static_cast<float>(value));
                    break;
                case T::DOUBLE:
                    put(value);
                    break;
                case T::INT64:
                    put(static_cast<std::int64_t>(value));
                    break;
                case T::INT32:
                    put(static_cast<std::int32_t>(value));
                    break;
                case T::INT16:
                    put(static_cast<std::int16_t>(value));
                    break;
                case T::INT8:
                    put(static_cast<std::int8_t>(value));
                    break;
                case T::UINT64:
                    put(static_cast<std::uint64_t>(value));
                    break;
                case T::UINT32:
                    put(static_cast<std::uint32_t>(value));
                    break;
                case T::UINT16:
                    put(static_cast<std::uint16_t>(value));
                    break;
                case T::UINT8:
                    put(static_cast<std::uint8_t>(value));
                    break;
                case T::BOOL:
                    put(static_cast<std::uint8_t>(value != 0));
                    break;
                default:
                    return makeError(tr("'%1' is %2; only plain numeric scalars can be edited in place")
                                             .arg(name, elementTypeName(t->data_type())));
                }
                setRawData(*t, bytes);
                return {};
            }};
}

} // namespace ml
