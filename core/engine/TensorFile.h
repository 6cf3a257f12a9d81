// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "TensorData.h"

#include <QString>

namespace ml {

// Reads and writes tensors as files: NumPy .npy, ONNX TensorProto .pb (what ONNX's test
// data sets hold), and raw little-endian bytes (any other name; the shape and element type
// come from the caller, as with trtexec's --loadInputs).
class TensorFile {
public:
    enum class Format { Npy, Pb, Raw };
    static Format formatOf(const QString &path);

    // Shape and element type from the file itself (.npy, .pb); raw files need `expected`.
    static Result<TensorData> read(const QString &path, const TensorData &expected = {});
    static Result<TensorData> readPb(const QString &path);
    static Result<void> writeNpy(const QString &path, const TensorData &tensor);
    static Result<void> writeRaw(const QString &path, const TensorData &tensor);
};

} // namespace ml
