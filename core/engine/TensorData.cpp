// SPDX-License-Identifier: GPL-3.0-or-later
#include "TensorData.h"

namespace ml {

std::int64_t TensorData::elementCount(const Shape &shape)
{
    std::int64_t n = 1;
    for (auto d : shape)
        n *= d;
    return n;
}

std::int64_t TensorData::elementCount() const { return elementCount(shape); }

} // namespace ml
