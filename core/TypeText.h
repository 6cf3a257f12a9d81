// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <onnx/onnx_pb.h>

namespace ml {

// "float32", "int64", ... (the names numpy and onnx.helper use).
QString elementTypeName(int dataType);

// "float32[batch,3,224,224]": element type, then dims (number, symbol, or '?' when
// unknown); no brackets when the rank is unknown; "int64[]" for a scalar.
// Sequences, maps and optionals: "sequence<float32[?]>", "map<int64,float32>", "optional<...>".
QString typeText(const onnx::TypeProto &type);

// "batch", "224" or "?".
QString dimText(const onnx::TensorShapeProto_Dimension &dim);

// "ai.onnx" for the default domain ("" or "ai.onnx"), the domain otherwise.
QString domainName(const std::string &domain);

} // namespace ml
