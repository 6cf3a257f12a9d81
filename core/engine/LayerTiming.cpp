// SPDX-License-Identifier: GPL-3.0-or-later
#include "LayerTiming.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace ml {
namespace {
QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const auto &s : v.toArray())
        out << s.toString();
    return out;
}
} // namespace

QJsonObject LayerTiming::toJson() const
{
    return {{u"node"_s, node},
            {u"graph"_s, graph},
            {u"node_index"_s, nodeIndex},
            {u"op_type"_s, opType},
            {u"mean_ms"_s, meanMs},
            {u"median_ms"_s, medianMs},
            {u"share"_s, share},
            {u"calls_per_run"_s, callsPerRun},
            {u"kernels"_s, QJsonArray::fromStringList(kernels)},
            {u"fused_nodes"_s, QJsonArray::fromStringList(fusedNodes)},
            {u"mapped"_s, mapped}};
}

LayerTiming LayerTiming::fromJson(const QJsonObject &o)
{
    LayerTiming l;
    l.node = o.value(u"node"_s).toString();
    l.graph = o.value(u"graph"_s).toString();
    l.nodeIndex = o.value(u"node_index"_s).toInt(-1);
    l.opType = o.value(u"op_type"_s).toString();
    l.meanMs = o.value(u"mean_ms"_s).toDouble();
    l.medianMs = o.value(u"median_ms"_s).toDouble();
    l.share = o.value(u"share"_s).toDouble();
    l.callsPerRun = o.value(u"calls_per_run"_s).toDouble();
    l.kernels = strings(o.value(u"kernels"_s));
    l.fusedNodes = strings(o.value(u"fused_nodes"_s));
    l.mapped = o.value(u"mapped"_s).toBool(true);
    return l;
}

QJsonObject OpTypeTiming::toJson() const
{
    return {{u"op_type"_s, opType}, {u"mean_ms"_s, meanMs}, {u"share"_s, share}, {u"nodes"_s, nodes}};
}

OpTypeTiming OpTypeTiming::fromJson(const QJsonObject &o)
{
    OpTypeTiming t;
    t.opType = o.value(u"op_type"_s).toString();
    t.meanMs = o.value(u"mean_ms"_s).toDouble();
    t.share = o.value(u"share"_s).toDouble();
    t.nodes = o.value(u"nodes"_s).toInt();
    return t;
}

} // namespace ml
