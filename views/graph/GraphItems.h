// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DisplayGraph.h"
#include "GraphLayout.h"

#include <QColor>
#include <QGraphicsItem>
#include <QString>

#include <memory>

namespace ml {

// What a scene shows, shared by its items (immutable once made).
struct SceneData {
    DisplayGraph graph;
    GraphLayout layout;
};

// One box: an operator, a terminal or a collapsed group. Painted by paint::node, with
// text left out when too small to read.
class NodeItem : public QGraphicsItem {
public:
    enum { Type = UserType + 1 };
    NodeItem(std::shared_ptr<const SceneData> data, int index);

    int type() const override { return Type; }
    int index() const { return m_index; }
    const DisplayNode &node() const;
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    // The per-layer heat map: `share` of the summed layer time (shown in the tooltip) and
    // `level`, the share relative to the hottest box shown (0..1, the tint). share < 0: none.
    void setHeat(double share, double level);
    double heatShare() const { return m_heatShare; }
    // The tint of a heat level, pale yellow (0) to red (1); the legend uses it too.
    static QColor heatColor(double level);

private:
    std::shared_ptr<const SceneData> m_data;
    int m_index;
    QString m_toolTip;
    double m_heatShare = -1;
    double m_heatLevel = 0;
};

// One connection; hover shows the tensor's name, type and shape.
class EdgeItem : public QGraphicsItem {
public:
    enum { Type = UserType + 2 };
    EdgeItem(std::shared_ptr<const SceneData> data, int index);

    int type() const override { return Type; }
    int index() const { return m_index; }
    const DisplayEdge &edge() const;
    void setHighlighted(bool on);
    bool isHighlighted() const { return m_highlighted; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    std::shared_ptr<const SceneData> m_data;
    int m_index;
    QPainterPath m_path;
    QRectF m_bounds;
    bool m_highlighted = false;
};

} // namespace ml
