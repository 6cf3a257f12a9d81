// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PlannedInput.h"
#include "Result.h"
#include "TensorData.h"

#include <cstdint>
#include <utility>

namespace ml {

// Makes the values of a planned input: random (uniform, reproducible from the seed and the
// input's name, so the same input gets the same values in every backend and in any input
// order), constant, or read from a file and checked against the plan.
class InputFactory {
public:
    static Result<TensorData> make(const PlannedInput &input, std::uint64_t seed);

    // The default random range of an element type: [-1, 1) for floating point, the full
    // range for 8- and 16-bit integers, [0, 7] for wider integers (they are usually indices,
    // lengths or trip counts, and large values make such models fail or run for ever), and
    // {0, 1} for bool.
    static std::pair<double, double> defaultRange(int dataType);

    static bool isFloatingPoint(int dataType);
    static std::uint16_t floatToHalf(float value);
    static std::uint16_t floatToBfloat16(float value);
};

} // namespace ml
