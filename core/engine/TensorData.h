// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ShapeSpec.h"

#include <QByteArray>
#include <QString>

#include <cstdint>

namespace ml {

// A tensor's values as contiguous little-endian element bytes (C order).
struct TensorData {
    QString name;
    int dataType = 0; // onnx::TensorProto::DataType
    Shape shape;
    QByteArray bytes;

    std::int64_t elementCount() const; // 1 for a scalar
    static std::int64_t elementCount(const Shape &shape);
};

} // namespace ml
