// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QString>

namespace ml {

// The families Netron colours operators by.
enum class OpCategory {
    Layer,
    Activation,
    Pool,
    Normalization,
    Dropout,
    Shape,
    Tensor,
    Transform,
    Data,
    Quantization,
    Control,
    Logic,
    Custom,
    Constant,
};

OpCategory opCategory(const QString &opType, const QString &domain);
QString categoryName(OpCategory category); // "layer", "activation", ...
QColor categoryColor(OpCategory category); // the header colour of a node

} // namespace ml
