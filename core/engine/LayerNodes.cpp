// SPDX-License-Identifier: GPL-3.0-or-later
#include "LayerNodes.h"

#include "ModelFacts.h"
#include "ModelNodeRef.h"

#include <functional>

namespace ml {

namespace {

QString joinKey(const QString &graph, const QString &part) { return graph + QChar(0x1f) + part; }

} // namespace

std::vector<NodeId> mapLayersToNodes(const std::vector<LayerTiming> &rows, const OnnxModel &model)
{
    // The graph paths are spelled as the engine spells them (ModelNodeRef::subgraphPath), so
    // the model is walked the same way rather than rebuilt from ModelFacts' parent links.
    QHash<QString, const onnx::NodeProto *> byIndex, byLabel;
    std::function<void(const onnx::GraphProto &, const QString &)> walk = [&](const onnx::GraphProto &g, const QString &path) {
        for (int i = 0; i < g.node_size(); ++i) {
            const ModelNodeRef ref{&g.node(i), path, i};
            byIndex.insert(joinKey(path, QString::number(i)), ref.node);
            byLabel.insert(joinKey(path, ref.label()), ref.node); // a repeated name keeps the last; index wins anyway
            for (const auto &a : g.node(i).attribute()) {
                if (a.has_g())
                    walk(a.g(), ModelNodeRef::subgraphPath(path, ref.label(), a.name()));
                for (const auto &sub : a.graphs())
                    walk(sub, ModelNodeRef::subgraphPath(path, ref.label(), a.name()));
            }
        }
    };
    walk(model.proto().graph(), QString());

    std::vector<NodeId> ids;
    ids.reserve(rows.size());
    for (const LayerTiming &t : rows) {
        const onnx::NodeProto *node = nullptr;
        if (t.mapped) {
            if (t.nodeIndex >= 0) {
                node = byIndex.value(joinKey(t.graph, QString::number(t.nodeIndex)));
                if (node && nodeLabel(*node, t.nodeIndex) != t.node)
                    node = nullptr;
            }
            if (!node)
                node = byLabel.value(joinKey(t.graph, t.node));
        }
        ids.push_back(node ? model.idOf(*node) : kNoNode);
    }
    return ids;
}

QHash<NodeId, double> layerShareByNode(const std::vector<LayerTiming> &rows, const std::vector<NodeId> &ids)
{
    QHash<NodeId, double> out;
    for (std::size_t i = 0; i < rows.size() && i < ids.size(); ++i)
        if (ids[i] != kNoNode)
            out[ids[i]] += rows[i].share; // one row per node today; summing keeps it right if not
    return out;
}

} // namespace ml
