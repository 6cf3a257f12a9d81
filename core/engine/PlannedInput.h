// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "InputSource.h"
#include "ShapeSpec.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <vector>

namespace ml {

// One model input as a run will feed it: every dimension has a value.
struct PlannedInput {
    QString name;
    int dataType = 0;            // onnx::TensorProto::DataType
    Shape shape;                 // the shape that runs (trtexec's opt shape)
    Shape minShape, maxShape;    // the range an engine is built for (trtexec); equal to shape unless chosen
    QStringList dimNames;        // the model's dims as written: "3", "batch", "?" (unnamed)
    bool rankKnown = true;       // false: the model gives no shape at all (any rank goes)
    std::vector<bool> defaulted; // per dim: the value is a default, not the user's or the model's
    InputSource source;

    bool anyDefaulted() const;
    QJsonObject toJson() const;
    static PlannedInput fromJson(const QJsonObject &object);
};

} // namespace ml
