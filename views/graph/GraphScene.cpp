// SPDX-License-Identifier: GPL-3.0-or-later
#include "GraphScene.h"

#include <algorithm>

namespace ml {

GraphScene::GraphScene(std::shared_ptr<const SceneData> data, QObject *parent) : QGraphicsScene(parent), m_data(std::move(data))
{
    setItemIndexMethod(QGraphicsScene::BspTreeIndex);
    setSceneRect(m_data->layout.bounds.adjusted(-40, -40, 40, 40));
    const auto &g = m_data->graph;
    m_edgesOfNode.resize(g.nodes.size());
    m_edges.reserve(g.edges.size());
    for (std::size_t i = 0; i < g.edges.size(); ++i) {
        auto *item = new EdgeItem(m_data, static_cast<int>(i));
        addItem(item);
        m_edges.push_back(item);
        m_edgesOfNode[static_cast<std::size_t>(g.edges[i].from)].push_back(static_cast<int>(i));
        m_edgesOfNode[static_cast<std::size_t>(g.edges[i].to)].push_back(static_cast<int>(i));
    }
    m_nodes.reserve(g.nodes.size());
    for (std::size_t i = 0; i < g.nodes.size(); ++i) {
        auto *item = new NodeItem(m_data, static_cast<int>(i));
        addItem(item);
        m_nodes.push_back(item);
        if (g.nodes[i].kind == DisplayNode::Kind::Operator)
            m_indexOfNode.insert(g.nodes[i].node, static_cast<int>(i));
    }
    connect(this, &QGraphicsScene::selectionChanged, this, &GraphScene::updateHighlights);
}

GraphScene::~GraphScene()
{
    // Deleting a selected item changes the selection: no one may hear of it now, when the
    // items it would touch are half gone.
    blockSignals(true);
    clear();
}

NodeItem *GraphScene::itemForNode(NodeId id) const
{
    auto it = m_indexOfNode.constFind(id);
    return it == m_indexOfNode.constEnd() ? nullptr : m_nodes[static_cast<std::size_t>(*it)];
}

std::vector<int> GraphScene::neighbours(int index, bool upstream) const
{
    std::vector<int> out;
    for (int e : m_edgesOfNode[static_cast<std::size_t>(index)]) {
        const DisplayEdge &edge = m_data->graph.edges[static_cast<std::size_t>(e)];
        if (upstream && edge.to == index)
            out.push_back(edge.from);
        else if (!upstream && edge.from == index)
            out.push_back(edge.to);
    }
    return out;
}

void GraphScene::setHeatMap(const QHash<NodeId, double> &share)
{
    std::vector<double> perBox(m_nodes.size(), -1.0);
    const auto &boxOf = m_data->graph.boxOfNode;
    for (auto it = share.constBegin(); it != share.constEnd(); ++it) {
        const auto box = boxOf.constFind(it.key());
        if (box == boxOf.constEnd())
            continue; // in another graph
        double &v = perBox[static_cast<std::size_t>(*box)];
        v = std::max(v, 0.0) + it.value();
    }
    m_heatMax = 0;
    for (double v : perBox)
        m_heatMax = std::max(m_heatMax, v);
    for (std::size_t i = 0; i < m_nodes.size(); ++i)
        m_nodes[i]->setHeat(perBox[i], m_heatMax > 0 ? std::max(perBox[i], 0.0) / m_heatMax : 0.0);
}

void GraphScene::updateHighlights()
{
    for (EdgeItem *e : m_edges)
        if (e->isHighlighted())
            e->setHighlighted(false);
    for (QGraphicsItem *item : selectedItems())
        if (item->type() == NodeItem::Type)
            for (int e : m_edgesOfNode[static_cast<std::size_t>(static_cast<NodeItem *>(item)->index())])
                m_edges[static_cast<std::size_t>(e)]->setHighlighted(true);
}

} // namespace ml
