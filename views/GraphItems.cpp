// SPDX-License-Identifier: GPL-3.0-or-later
#include "GraphItems.h"

#include "GraphPainter.h"

#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>

namespace ml {

NodeItem::NodeItem(std::shared_ptr<const SceneData> data, int index) : m_data(std::move(data)), m_index(index)
{
    setFlags(ItemIsSelectable | ItemIsFocusable);
    setAcceptHoverEvents(true);
    const DisplayNode &n = node();
    QString tip = n.title;
    if (!n.subtitle.isEmpty())
        tip += QLatin1Char('\n') + n.subtitle;
    setToolTip(tip);
}

const DisplayNode &NodeItem::node() const { return m_data->graph.nodes[static_cast<std::size_t>(m_index)]; }

QRectF NodeItem::boundingRect() const
{
    return m_data->layout.nodes[static_cast<std::size_t>(m_index)].adjusted(-2, -2, 2, 5);
}

void NodeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const double scale = option->levelOfDetailFromTransform(painter->worldTransform());
    paint::node(*painter, node(), m_data->layout.nodes[static_cast<std::size_t>(m_index)], scale, isSelected());
}

EdgeItem::EdgeItem(std::shared_ptr<const SceneData> data, int index) : m_data(std::move(data)), m_index(index)
{
    setAcceptHoverEvents(true);
    setZValue(-1);
    const auto &points = m_data->layout.edges[static_cast<std::size_t>(index)];
    m_path = paint::edgePath(points, m_data->layout.spline[static_cast<std::size_t>(index)]);
    m_bounds = m_path.boundingRect().adjusted(-8, -8, 8, 8);
    const DisplayEdge &e = edge();
    if (!e.label.isEmpty())
        m_bounds |= QRectF(m_path.pointAtPercent(0.5), QSizeF(170, 10)).translated(0, -5);
    setToolTip(e.type.isEmpty() ? e.tensor : e.tensor + QLatin1Char('\n') + e.type);
}

const DisplayEdge &EdgeItem::edge() const { return m_data->graph.edges[static_cast<std::size_t>(m_index)]; }

void EdgeItem::setHighlighted(bool on)
{
    if (m_highlighted == on)
        return;
    m_highlighted = on;
    setZValue(on ? 0.5 : -1);
    update();
}

QRectF EdgeItem::boundingRect() const { return m_bounds; }

QPainterPath EdgeItem::shape() const
{
    QPainterPathStroker stroker;
    stroker.setWidth(6);
    return stroker.createStroke(m_path);
}

void EdgeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const double scale = option->levelOfDetailFromTransform(painter->worldTransform());
    paint::edge(*painter, edge(), m_data->layout.edges[static_cast<std::size_t>(m_index)],
                m_data->layout.spline[static_cast<std::size_t>(m_index)], scale, m_highlighted);
}

} // namespace ml
