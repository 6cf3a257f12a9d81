// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Small models the tests make themselves, and proto helpers.

#include <QString>

#include <onnx/onnx_pb.h>

#include <cstdint>
#include <string>

namespace mltest {

QString sharedModelsDir(); // empty when ../shared/models is absent

// x: float32[1,rows] -> MatMul(W: float32[rows,cols], filled with i * 0.5f) -> Relu -> y.
// With floatData the weights go into float_data instead of raw_data.
onnx::ModelProto makeLinearModel(std::int64_t rows, std::int64_t cols, bool floatData = false);

void setRawFloats(onnx::TensorProto &tensor, std::int64_t count, float step);

bool writeProto(const onnx::ModelProto &model, const QString &path);
// A full, plain protobuf parse of a file (weights and all): the reference for comparisons.
bool readProto(const QString &path, onnx::ModelProto &model);
// Field-by-field equality; `diff` describes the first differences.
bool protoEquals(const google::protobuf::Message &a, const google::protobuf::Message &b, std::string *diff = nullptr);

} // namespace mltest
