// SPDX-License-Identifier: GPL-3.0-or-later
#include "TensorValues.h"

#include <QCoreApplication>

#include <cmath>
#include <cstring>
#include <limits>

namespace ml {
namespace {

QString tr(const char *text) { return QCoreApplication::translate("TensorValues", text); }

template<typename T>
double load(const char *p)
{
    T v;
    std::memcpy(&v, p, sizeof v);
    return static_cast<double>(v);
}

// One element at `p` as a double.
double element(const char *p, int dataType)
{
    using T = onnx::TensorProto;
    switch (dataType) {
    case T::FLOAT:
        return load<float>(p);
    case T::DOUBLE:
        return load<double>(p);
    case T::INT8:
        return load<std::int8_t>(p);
    case T::UINT8:
        return load<std::uint8_t>(p);
    case T::INT16:
        return load<std::int16_t>(p);
    case T::UINT16:
        return load<std::uint16_t>(p);
    case T::INT32:
        return load<std::int32_t>(p);
    case T::UINT32:
        return load<std::uint32_t>(p);
    case T::INT64:
        return load<std::int64_t>(p);
    case T::UINT64:
        return load<std::uint64_t>(p);
    case T::BOOL:
        return *p ? 1.0 : 0.0;
    case T::FLOAT16: {
        std::uint16_t b;
        std::memcpy(&b, p, 2);
        return halfToDouble(b);
    }
    case T::BFLOAT16: {
        std::uint16_t b;
        std::memcpy(&b, p, 2);
        return bfloat16ToDouble(b);
    }
    default:
        return std::numeric_limits<double>::quiet_NaN();
    }
}

bool numeric(int dataType)
{
    using T = onnx::TensorProto;
    return elementByteSize(dataType) > 0 && dataType != T::COMPLEX64 && dataType != T::COMPLEX128;
}

} // namespace

double halfToDouble(std::uint16_t h)
{
    const int sign = (h >> 15) & 1, exponent = (h >> 10) & 0x1f, mantissa = h & 0x3ff;
    double v;
    if (exponent == 0)
        v = std::ldexp(mantissa, -24);
    else if (exponent == 31)
        v = mantissa ? std::numeric_limits<double>::quiet_NaN() : std::numeric_limits<double>::infinity();
    else
        v = std::ldexp(mantissa + 1024, exponent - 25);
    return sign ? -v : v;
}

double bfloat16ToDouble(std::uint16_t b)
{
    const std::uint32_t bits = static_cast<std::uint32_t>(b) << 16;
    float f;
    std::memcpy(&f, &bits, 4);
    return f;
}

Result<std::vector<double>> tensorValues(const QByteArray &bytes, int dataType, std::int64_t first, std::int64_t count)
{
    if (!numeric(dataType))
        return makeError(tr("values of this element type cannot be shown as numbers"));
    const int width = elementByteSize(dataType);
    const std::int64_t total = bytes.size() / width;
    first = std::clamp<std::int64_t>(first, 0, total);
    count = std::clamp<std::int64_t>(count, 0, total - first);
    std::vector<double> out(static_cast<std::size_t>(count));
    for (std::int64_t i = 0; i < count; ++i)
        out[static_cast<std::size_t>(i)] = element(bytes.constData() + (first + i) * width, dataType);
    return out;
}

Result<TensorStatistics> tensorStatistics(const QByteArray &bytes, int dataType, int bins)
{
    if (!numeric(dataType))
        return makeError(tr("values of this element type cannot be summarized"));
    const int width = elementByteSize(dataType);
    TensorStatistics s;
    s.count = bytes.size() / width;
    double sum = 0, min = std::numeric_limits<double>::infinity(), max = -min;
    std::int64_t zeros = 0;
    for (std::int64_t i = 0; i < s.count; ++i) {
        const double v = element(bytes.constData() + i * width, dataType);
        if (std::isnan(v)) {
            ++s.nan;
            continue;
        }
        if (std::isinf(v)) {
            ++s.infinite;
            continue;
        }
        ++s.finite;
        zeros += v == 0;
        sum += v;
        min = std::min(min, v);
        max = std::max(max, v);
    }
    if (s.finite) {
        s.min = min;
        s.max = max;
        s.mean = sum / static_cast<double>(s.finite);
        // Second pass for the deviation: exact, and the bytes are in memory anyway.
        double squares = 0;
        s.histogram.assign(static_cast<std::size_t>(std::max(1, bins)), 0);
        const double span = max - min;
        for (std::int64_t i = 0; i < s.count; ++i) {
            const double v = element(bytes.constData() + i * width, dataType);
            if (!std::isfinite(v))
                continue;
            squares += (v - s.mean) * (v - s.mean);
            // Halved where the span itself overflows (values near ±DBL_MAX); clamped so that
            // rounding can never give a NaN or an index past the end.
            double t = std::isfinite(span) ? (v - min) / span : (v / 2 - min / 2) / (max / 2 - min / 2);
            if (!(t > 0))
                t = 0;
            const auto bin = span > 0
                    ? std::min<std::size_t>(s.histogram.size() - 1,
                                            static_cast<std::size_t>(std::min(t, 1.0) * static_cast<double>(s.histogram.size())))
                    : 0;
            ++s.histogram[bin];
        }
        s.stddev = std::sqrt(squares / static_cast<double>(s.finite));
    }
    s.zeroShare = s.count ? static_cast<double>(zeros) / static_cast<double>(s.count) : 0;
    return s;
}

Result<NpyArray> tensorToNpy(const OnnxModel &model, const onnx::TensorProto &tensor)
{
    auto bytes = model.tensorBytes(tensor);
    if (!bytes)
        return bytes.error();
    NpyArray array;
    array.dataType = tensor.data_type();
    array.shape.assign(tensor.dims().begin(), tensor.dims().end());
    array.data = std::move(bytes).value();
    // -1 when the shape's byte count does not even fit in 64 bits (it cannot match then).
    const std::int64_t count = elementCount(tensor), size = elementByteSize(tensor.data_type());
    const std::int64_t expected = size > 0 && count <= std::numeric_limits<std::int64_t>::max() / size ? count * size : -1;
    if (array.data.size() != expected)
        return makeError(tr("tensor '%1' holds %2 bytes, its shape needs %3")
                                 .arg(QString::fromStdString(tensor.name()))
                                 .arg(array.data.size())
                                 .arg(expected));
    return array;
}

} // namespace ml
