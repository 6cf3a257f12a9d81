// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlannedInput.h"

#include "TypeText.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ml {
namespace {

QJsonArray toArray(const Shape &shape)
{
    QJsonArray a;
    for (auto d : shape)
        a.append(static_cast<qint64>(d));
    return a;
}

Shape fromArray(const QJsonValue &value)
{
    Shape s;
    for (const auto &v : value.toArray())
        s.push_back(v.toInteger());
    return s;
}

} // namespace

bool PlannedInput::anyDefaulted() const
{
    return std::any_of(defaulted.begin(), defaulted.end(), [](bool b) { return b; });
}

QJsonObject PlannedInput::toJson() const
{
    QJsonArray defaults;
    for (bool b : defaulted)
        defaults.append(b);
    return {{u"name"_s, name},
            {u"data_type"_s, dataType},
            {u"element_type"_s, elementTypeName(dataType)},
            {u"shape"_s, toArray(shape)},
            {u"min_shape"_s, toArray(minShape)},
            {u"max_shape"_s, toArray(maxShape)},
            {u"model_dims"_s, QJsonArray::fromStringList(dimNames)},
            {u"rank_known"_s, rankKnown},
            {u"defaulted"_s, defaults},
            {u"source"_s, source.toJson()}};
}

PlannedInput PlannedInput::fromJson(const QJsonObject &o)
{
    PlannedInput p;
    p.name = o.value(u"name"_s).toString();
    p.dataType = o.value(u"data_type"_s).toInt();
    p.shape = fromArray(o.value(u"shape"_s));
    p.minShape = fromArray(o.value(u"min_shape"_s));
    p.maxShape = fromArray(o.value(u"max_shape"_s));
    if (p.minShape.size() != p.shape.size())
        p.minShape = p.shape;
    if (p.maxShape.size() != p.shape.size())
        p.maxShape = p.shape;
    p.rankKnown = o.value(u"rank_known"_s).toBool(true);
    for (const auto &v : o.value(u"model_dims"_s).toArray())
        p.dimNames << v.toString();
    for (const auto &v : o.value(u"defaulted"_s).toArray())
        p.defaulted.push_back(v.toBool());
    p.source = InputSource::fromJson(o.value(u"source"_s).toObject());
    return p;
}

} // namespace ml
