// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TensorData.h"

#include <onnxruntime_cxx_api.h>

namespace ml {

// Between ml::TensorData and Ort::Value. ONNX Runtime's element type enum has the values of
// onnx::TensorProto::DataType, so the types convert as numbers.
namespace OrtTensors {

// A tensor over the bytes of `data` (not copied: keep `data` alive and unmoved while the value is used).
Ort::Value wrap(ml::TensorData &data);
// A copy of a tensor output; an empty name means it could not be copied (strings, sequences, maps).
ml::TensorData copy(const Ort::Value &value, const QString &name);

} // namespace OrtTensors

} // namespace ml
