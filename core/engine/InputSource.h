// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QJsonObject>
#include <QString>

#include <limits>

namespace ml {

// How the values of one model input are made for a run.
struct InputSource {
    enum class Kind { Random, Constant, File };
    Kind kind = Kind::Random;
    // Random: uniform in [low, high] (integers) or [low, high) (floating point); NaN means
    // the element type's default range (see InputFactory::defaultRange).
    double low = std::numeric_limits<double>::quiet_NaN();
    double high = std::numeric_limits<double>::quiet_NaN();
    double value = 0; // Constant: every element
    QString file;     // File: .npy, ONNX TensorProto .pb, or raw little-endian bytes (any other name)

    static InputSource random(double low, double high);
    static InputSource constant(double value);
    static InputSource fromFile(const QString &path);

    // The CLI's text form after "name:": a file path, "=VALUE" or "LOW..HIGH".
    static Result<InputSource> parse(const QString &text);
    QString describe() const;

    QJsonObject toJson() const;
    static InputSource fromJson(const QJsonObject &object);
};

} // namespace ml
