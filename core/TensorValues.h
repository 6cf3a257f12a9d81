// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Npy.h"
#include "OnnxModel.h"
#include "Result.h"

#include <QByteArray>

#include <cstdint>
#include <vector>

namespace ml {

// What the tensor panel shows of a tensor's values.
struct TensorStatistics {
    std::int64_t count = 0;
    std::int64_t finite = 0; // values that are neither NaN nor infinite
    double min = 0, max = 0, mean = 0, stddev = 0;
    double zeroShare = 0; // share of values that are exactly zero
    std::int64_t nan = 0, infinite = 0;
    std::vector<std::int64_t> histogram; // equal-width bins over [min, max] of the finite values
};

// Numbers of `count` elements from `first` on, of little-endian element bytes of
// `dataType` (all numeric types, float16 and bfloat16 included; bool as 0/1).
Result<std::vector<double>> tensorValues(const QByteArray &bytes, int dataType, std::int64_t first, std::int64_t count);

Result<TensorStatistics> tensorStatistics(const QByteArray &bytes, int dataType, int bins = 50);

// The tensor, read from wherever it lives, as a .npy array.
Result<NpyArray> tensorToNpy(const OnnxModel &model, const onnx::TensorProto &tensor);

double halfToDouble(std::uint16_t bits);
double bfloat16ToDouble(std::uint16_t bits);

} // namespace ml
