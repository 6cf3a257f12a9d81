// SPDX-License-Identifier: GPL-3.0-or-later
#include "LayerReport.h"

#include <QJsonArray>

#include <algorithm>
#include <map>

using namespace Qt::StringLiterals;

namespace ml {

void LayerReport::finish()
{
    layerSumMs = 0;
    for (const auto &l : layers)
        layerSumMs += l.meanMs;
    std::map<QString, OpTypeTiming> byType;
    for (auto &l : layers) {
        l.share = layerSumMs > 0 ? l.meanMs / layerSumMs : 0;
        auto &t = byType[l.opType];
        t.opType = l.opType;
        t.meanMs += l.meanMs;
        ++t.nodes;
    }
    opTypes.clear();
    for (auto &[name, t] : byType) {
        t.share = layerSumMs > 0 ? t.meanMs / layerSumMs : 0;
        opTypes.push_back(t);
    }
    std::stable_sort(layers.begin(), layers.end(), [](const auto &a, const auto &b) { return a.meanMs > b.meanMs; });
    std::stable_sort(opTypes.begin(), opTypes.end(), [](const auto &a, const auto &b) { return a.meanMs > b.meanMs; });
}

QJsonObject LayerReport::toJson() const
{
    QJsonArray rows, types;
    for (const auto &l : layers)
        rows.append(l.toJson());
    for (const auto &t : opTypes)
        types.append(t.toJson());
    return {{u"layers"_s, rows},
            {u"op_types"_s, types},
            {u"runs"_s, runs},
            {u"layer_sum_ms"_s, layerSumMs},
            {u"end_to_end_ms"_s, endToEndMs},
            {u"end_to_end_median_ms"_s, endToEndMedianMs},
            {u"gap_ms"_s, gapMs()},
            {u"removed_nodes"_s, QJsonArray::fromStringList(removedNodes)},
            {u"notes"_s, QJsonArray::fromStringList(notes)}};
}

LayerReport LayerReport::fromJson(const QJsonObject &o)
{
    LayerReport r;
    for (const auto &v : o.value(u"layers"_s).toArray())
        r.layers.push_back(LayerTiming::fromJson(v.toObject()));
    for (const auto &v : o.value(u"op_types"_s).toArray())
        r.opTypes.push_back(OpTypeTiming::fromJson(v.toObject()));
    r.runs = o.value(u"runs"_s).toInt();
    r.layerSumMs = o.value(u"layer_sum_ms"_s).toDouble();
    r.endToEndMs = o.value(u"end_to_end_ms"_s).toDouble();
    r.endToEndMedianMs = o.value(u"end_to_end_median_ms"_s).toDouble();
    for (const auto &v : o.value(u"removed_nodes"_s).toArray())
        r.removedNodes << v.toString();
    for (const auto &v : o.value(u"notes"_s).toArray())
        r.notes << v.toString();
    return r;
}

} // namespace ml
