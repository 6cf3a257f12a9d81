// SPDX-License-Identifier: GPL-3.0-or-later
#include "TrtexecLayerMapper.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <map>
#include <set>

using namespace Qt::StringLiterals;

namespace ml {
namespace {
QString tr(const char *text, int n = -1) { return QCoreApplication::translate("TrtexecLayerMapper", text, nullptr, n); }
} // namespace

TrtexecLayerMapper::TrtexecLayerMapper(const onnx::GraphProto &graph) : m_graph(graph)
{
    for (int i = 0; i < graph.node_size(); ++i) {
        if (!graph.node(i).name().empty())
            m_byName.emplace(graph.node(i).name(), i);
        for (const auto &o : graph.node(i).output())
            m_byOutput.emplace(o, i);
    }
}

ModelNodeRef TrtexecLayerMapper::lookup(const QString &raw) const
{
    QString name = raw.trimmed();
    // TensorRT may add suffixes to layers it clones or splits.
    static const QRegularExpression cloned(u"(_clone_\\d+|_\\d+_copy|\\s*\\[\\d+\\])$"_s);
    for (int attempt = 0; attempt < 2; ++attempt) {
        const std::string key = name.toStdString();
        if (auto it = m_byName.find(key); it != m_byName.end())
            return {&m_graph.node(it->second), QString(), it->second};
        if (auto it = m_byOutput.find(key); it != m_byOutput.end())
            return {&m_graph.node(it->second), QString(), it->second};
        name.remove(cloned);
    }
    return {};
}

std::vector<ModelNodeRef> TrtexecLayerMapper::map(const QString &layerName, const QString &metadata) const
{
    std::vector<ModelNodeRef> out;
    std::set<int> seen;
    auto add = [&](const ModelNodeRef &r) {
        if (r.valid() && seen.insert(r.index).second)
            out.push_back(r);
    };
    static const QRegularExpression onnxLayer(u"ONNX Layer:\\s*([^\\]\\x1e]+)"_s);
    for (auto it = onnxLayer.globalMatch(metadata); it.hasNext();)
        add(lookup(it.next().captured(1)));

    QString name = layerName.trimmed();
    if (out.empty()) {
        static const QRegularExpression foreign(u"ForeignNode\\[(.*)\\.\\.\\.(.*)\\]"_s);
        static const QRegularExpression reformat(u"^Reformatting CopyNode for (?:Input|Output) Tensor \\d+ to (.+)$"_s);
        if (const auto m = foreign.match(name); m.hasMatch()) {
            const ModelNodeRef first = lookup(m.captured(1)), last = lookup(m.captured(2));
            if (first.valid() && last.valid())
                for (int i = std::min(first.index, last.index); i <= std::max(first.index, last.index); ++i)
                    add({&m_graph.node(i), QString(), i});
        } else if (const auto r = reformat.match(name); r.hasMatch()) {
            return map(r.captured(1)); // the layer it feeds
        } else {
            if (name.startsWith(u'{') && name.endsWith(u'}'))
                name = name.mid(1, name.size() - 2);
            for (QString part : name.split(u" + "_s)) {
                if (const ModelNodeRef whole = lookup(part); whole.valid()) {
                    add(whole);
                    continue;
                }
                // PWN(PWN(/a/Sigmoid), /a/Mul): the names inside
                part.replace(u"PWN("_s, u","_s).replace(u')', u',');
                for (const QString &token : part.split(u',', Qt::SkipEmptyParts))
                    add(lookup(token));
            }
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const auto &a, const auto &b) { return a.index < b.index; });
    return out;
}

LayerReport TrtexecLayerMapper::report(const TrtexecProfile &profile, const std::vector<TrtexecLayer> &layerInfo) const
{
    std::map<QString, QString> metadata;
    for (const auto &l : layerInfo)
        metadata[l.name] = l.metadata;
    std::map<QString, LayerTiming> rows;
    std::set<int> covered;
    int unmapped = 0;
    bool medians = true;
    for (const auto &layer : profile.layers) {
        medians = medians && layer.hasMedian;
        const auto nodes = map(layer.name, metadata.count(layer.name) ? metadata[layer.name] : QString());
        LayerTiming *row;
        if (nodes.empty()) {
            row = &rows[u"\u0001"_s + layer.name];
            row->node = layer.name;
            row->opType = u"(engine)"_s;
            row->mapped = false;
            ++unmapped;
        } else {
            row = &rows[nodes.front().label()];
            row->node = nodes.front().label();
            row->nodeIndex = nodes.front().index;
            row->opType = nodes.front().opType();
            for (std::size_t i = 1; i < nodes.size(); ++i)
                if (!row->fusedNodes.contains(nodes[i].label()))
                    row->fusedNodes << nodes[i].label();
            for (const auto &n : nodes)
                covered.insert(n.index);
        }
        // Sums of a row's layers: exact for the means, an approximation for the medians.
        row->meanMs += layer.averageMs;
        row->medianMs += layer.medianMs;
        row->callsPerRun += 1;
        row->kernels << layer.name;
    }
    LayerReport report;
    report.runs = profile.count;
    for (auto &[key, row] : rows)
        report.layers.push_back(row);
    for (int i = 0; i < m_graph.node_size(); ++i)
        if (!covered.count(i))
            report.removedNodes << ModelNodeRef{&m_graph.node(i), QString(), i}.label();
    if (unmapped)
        report.notes << tr("%n engine layer(s) could not be tied to a model node; they are listed under their own names",
                           unmapped);
    if (!medians)
        report.notes << tr("this trtexec writes no per-layer medians: the medians shown are means");
    report.notes << tr(
            "removed nodes here are those no engine layer names: folded, fused without a trace, or inside an unnamed region");
    report.finish();
    return report;
}

} // namespace ml
