// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <vector>

namespace ml {

// A NumPy .npy array (format 1.0-3.0), C order, little-endian elements.
struct NpyArray {
    int dataType = 0; // onnx::TensorProto::DataType
    std::vector<std::int64_t> shape;
    QByteArray data; // element bytes, little-endian
};

Result<NpyArray> readNpy(const QString &path);
Result<void> writeNpy(const QString &path, const NpyArray &array);

} // namespace ml
