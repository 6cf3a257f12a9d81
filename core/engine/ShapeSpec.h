// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QString>

#include <cstdint>
#include <utility>
#include <vector>

namespace ml {

using Shape = std::vector<std::int64_t>;

// trtexec's syntax for per-input lists: "name:1x3x224x224,other:1x128". A name holding
// characters that would be ambiguous (':' or ',') is quoted with single quotes:
// "'input:0':1x3x224x224". A scalar is written with nothing after the colon ("sr:").
class ShapeSpec {
public:
    // "name:value" entries split at top-level commas; the name ends at the first colon after
    // the (possibly quoted) name. Values are returned as written.
    static Result<std::vector<std::pair<QString, QString>>> splitEntries(const QString &text);

    static Result<Shape> parseDims(const QString &dims); // "1x3x224x224"
    static Result<std::vector<std::pair<QString, Shape>>> parse(const QString &text);

    static QString formatDims(const Shape &shape); // "1x3x224x224", "" for a scalar
    static QString quoteName(const QString &name); // quotes when needed
    static QString format(const std::vector<std::pair<QString, Shape>> &shapes);
};

} // namespace ml
