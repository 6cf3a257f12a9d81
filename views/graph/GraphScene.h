// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "GraphItems.h"

#include <QGraphicsScene>
#include <QHash>

#include <vector>

namespace ml {

// A scene of one laid-out graph: one NodeItem per box, one EdgeItem per connection.
// Selecting a node highlights the edges that touch it.
class GraphScene : public QGraphicsScene {
    Q_OBJECT
public:
    explicit GraphScene(std::shared_ptr<const SceneData> data, QObject *parent = nullptr);
    ~GraphScene() override;

    const SceneData &data() const { return *m_data; }
    std::shared_ptr<const SceneData> dataPointer() const { return m_data; }
    const std::vector<NodeItem *> &nodeItems() const { return m_nodes; }
    const std::vector<EdgeItem *> &edgeItems() const { return m_edges; }

    // The item showing model node `id` (directly, not inside a collapsed group), or null.
    NodeItem *itemForNode(NodeId id) const;
    // Boxes connected to box `index`: its producers (`upstream`) or its consumers.
    std::vector<int> neighbours(int index, bool upstream) const;

    // Tints boxes by their share of the summed layer time (node -> 0..1); a collapsed group
    // shows the sum of its members. Levels are relative to the hottest box here, so a
    // subgraph's heat map has contrast of its own. Empty clears.
    void setHeatMap(const QHash<NodeId, double> &share);
    double heatMax() const { return m_heatMax; } // the largest share shown, 0 when none

private:
    void updateHighlights();

    std::shared_ptr<const SceneData> m_data;
    std::vector<NodeItem *> m_nodes;
    std::vector<EdgeItem *> m_edges;
    std::vector<std::vector<int>> m_edgesOfNode;
    QHash<NodeId, int> m_indexOfNode;
    double m_heatMax = 0;
};

} // namespace ml
