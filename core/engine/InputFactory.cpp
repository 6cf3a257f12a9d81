// SPDX-License-Identifier: GPL-3.0-or-later
#include "InputFactory.h"

#include "OnnxModel.h"
#include "TensorFile.h"
#include "TypeText.h"

#include <QCoreApplication>

#include <cmath>
#include <cstring>
#include <random>

using namespace Qt::StringLiterals;

namespace ml {
namespace {

QString tr(const char *text) { return QCoreApplication::translate("InputFactory", text); }

using T = onnx::TensorProto;

std::uint64_t fnv1a(const QString &text)
{
    std::uint64_t h = 1469598103934665603ull;
    for (char c : text.toUtf8()) {
        h ^= static_cast<unsigned char>(c);
        h *= 1099511628211ull;
    }
    return h;
}

template<typename V>
void put(char *p, V v)
{
    std::memcpy(p, &v, sizeof v);
}

// Writes `v` (already in the type's range) as one element of `dataType` at `p`.
void store(char *p, int dataType, double v)
{
    switch (dataType) {
    case T::FLOAT:
        put(p, static_cast<float>(v));
        break;
    case T::DOUBLE:
        put(p, v);
        break;
    case T::FLOAT16:
        put(p, InputFactory::floatToHalf(static_cast<float>(v)));
        break;
    case T::BFLOAT16:
        put(p, InputFactory::floatToBfloat16(static_cast<float>(v)));
        break;
    case T::INT8:
        put(p, static_cast<std::int8_t>(v));
        break;
    case T::UINT8:
        put(p, static_cast<std::uint8_t>(v));
        break;
    case T::INT16:
        put(p, static_cast<std::int16_t>(v));
        break;
    case T::UINT16:
        put(p, static_cast<std::uint16_t>(v));
        break;
    case T::INT32:
        put(p, static_cast<std::int32_t>(v));
        break;
    case T::UINT32:
        put(p, static_cast<std::uint32_t>(v));
        break;
    case T::INT64:
        put(p, static_cast<std::int64_t>(v));
        break;
    case T::UINT64:
        put(p, static_cast<std::uint64_t>(v));
        break;
    case T::BOOL:
        put(p, static_cast<std::uint8_t>(v != 0));
        break;
    default:
        break;
    }
}

} // namespace

bool InputFactory::isFloatingPoint(int dataType)
{
    return dataType == T::FLOAT || dataType == T::DOUBLE || dataType == T::FLOAT16 || dataType == T::BFLOAT16;
}

std::pair<double, double> InputFactory::defaultRange(int dataType)
{
    switch (dataType) {
    case T::INT8:
        return {-128, 127};
    case T::UINT8:
        return {0, 255};
    case T::INT16:
        return {-32768, 32767};
    case T::UINT16:
        return {0, 65535};
    case T::INT32:
    case T::UINT32:
    case T::INT64:
    case T::UINT64:
        return {0, 7};
    case T::BOOL:
        return {0, 1};
    default:
        return {-1, 1};
    }
}

std::uint16_t InputFactory::floatToHalf(float value)
{
    std::uint32_t f;
    std::memcpy(&f, &value, 4);
    const std::uint32_t sign = (f >> 16) & 0x8000u;
    const int exponent = static_cast<int>((f >> 23) & 0xff) - 127 + 15;
    std::uint32_t mantissa = f & 0x7fffffu;
    if (((f >> 23) & 0xff) == 0xff) // inf, NaN
        return static_cast<std::uint16_t>(sign | 0x7c00u | (mantissa ? 0x200u : 0));
    if (exponent >= 31)
        return static_cast<std::uint16_t>(sign | 0x7c00u);
    if (exponent <= 0) { // subnormal or zero
        if (exponent < -10)
            return static_cast<std::uint16_t>(sign);
        mantissa |= 0x800000u;
        const int shift = 14 - exponent;
        std::uint32_t half = mantissa >> shift;
        if ((mantissa >> (shift - 1)) & 1u) // round half up
            ++half;
        return static_cast<std::uint16_t>(sign | half);
    }
    std::uint32_t half = sign | (static_cast<std::uint32_t>(exponent) << 10) | (mantissa >> 13);
    const std::uint32_t rest = mantissa & 0x1fffu;
    if (rest > 0x1000u || (rest == 0x1000u && (half & 1u))) // round to nearest even
        ++half;
    return static_cast<std::uint16_t>(half);
}

std::uint16_t InputFactory::floatToBfloat16(float value)
{
    std::uint32_t f;
    std::memcpy(&f, &value, 4);
    if (std::isnan(value))
        return 0x7fc0u;
    f += 0x7fffu + ((f >> 16) & 1u); // round to nearest even
    return static_cast<std::uint16_t>(f >> 16);
}

Result<TensorData> InputFactory::make(const PlannedInput &input, std::uint64_t seed)
{
    TensorData t;
    t.name = input.name;
    t.dataType = input.dataType;
    t.shape = input.shape;
    const int width = elementByteSize(input.dataType);
    if (width == 0 || input.dataType == T::COMPLEX64 || input.dataType == T::COMPLEX128)
        return makeError(tr("input %1: element type %2 cannot be generated; load it from a file")
                                 .arg(input.name, elementTypeName(input.dataType)));
    const std::int64_t count = t.elementCount();

    if (input.source.kind == InputSource::Kind::File) {
        auto loaded = TensorFile::read(input.source.file, t);
        if (!loaded)
            return makeError(tr("input %1: %2").arg(input.name, loaded.errorMessage()));
        if (loaded->dataType != input.dataType)
            return makeError(tr("input %1: %2 holds %3 values, the model wants %4")
                                     .arg(input.name, input.source.file, elementTypeName(loaded->dataType),
                                          elementTypeName(input.dataType)));
        if (loaded->shape != input.shape)
            return makeError(tr("input %1: %2 has shape %3, the run uses %4")
                                     .arg(input.name, input.source.file, ShapeSpec::formatDims(loaded->shape),
                                          ShapeSpec::formatDims(input.shape)));
        loaded->name = input.name;
        return loaded;
    }

    t.bytes.resize(count * width);
    char *p = t.bytes.data();
    if (input.source.kind == InputSource::Kind::Constant) {
        for (std::int64_t i = 0; i < count; ++i)
            store(p + i * width, input.dataType, input.source.value);
        return t;
    }

    auto [low, high] = defaultRange(input.dataType);
    if (!std::isnan(input.source.low)) {
        low = input.source.low;
        high = input.source.high;
    }
    // mt19937_64 is specified bit for bit by the standard; the conversions below are ours,
    // so the values are the same on every platform and library.
    std::mt19937_64 engine(seed ^ fnv1a(input.name));
    if (isFloatingPoint(input.dataType)) {
        for (std::int64_t i = 0; i < count; ++i) {
            const double unit = static_cast<double>(engine() >> 11) * 0x1.0p-53; // [0, 1)
            store(p + i * width, input.dataType, low + (high - low) * unit);
        }
    } else {
        const double lo = std::ceil(low), hi = std::floor(high);
        const auto span = static_cast<std::uint64_t>(std::max(0.0, hi - lo)) + 1;
        for (std::int64_t i = 0; i < count; ++i)
            store(p + i * width, input.dataType, lo + static_cast<double>(engine() % span));
    }
    return t;
}

} // namespace ml
