// SPDX-License-Identifier: GPL-3.0-or-later
#include "GraphItems.h"

#include "GraphPainter.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>

#include <algorithm>

namespace ml {

NodeItem::NodeItem(std::shared_ptr<const SceneData> data, int index) : m_data(std::move(data)), m_index(index)
{
    setFlags(ItemIsSelectable | ItemIsFocusable);
    setAcceptHoverEvents(true);
    const DisplayNode &n = node();
    QString tip = n.title;
    if (!n.subtitle.isEmpty())
        tip += QLatin1Char('\n') + n.subtitle;
    m_toolTip = tip;
    setToolTip(tip);
}

const DisplayNode &NodeItem::node() const { return m_data->graph.nodes[static_cast<std::size_t>(m_index)]; }

QRectF NodeItem::boundingRect() const { return m_data->layout.nodes[static_cast<std::size_t>(m_index)].adjusted(-2, -2, 2, 5); }

void NodeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const double scale = option->levelOfDetailFromTransform(painter->worldTransform());
    const QRectF &rect = m_data->layout.nodes[static_cast<std::size_t>(m_index)];
    paint::node(*painter, node(), rect, scale, isSelected());
    if (m_heatShare < 0)
        return;
    // A translucent wash keeps the box's own colours and text readable; the bar along the
    // bottom gives the level a length, which reads better than a shade alone.
    const QColor colour = heatColor(m_heatLevel);
    QColor wash = colour;
    wash.setAlphaF(0.25f + 0.35f * static_cast<float>(m_heatLevel));
    painter->save();
    painter->setPen(Qt::NoPen);
    painter->setBrush(wash);
    // Over the body only where there is one, so the header keeps its category colour.
    constexpr double kHeader = 22; // paint::node's header height
    const QRectF washed = rect.height() > kHeader + 4 ? rect.adjusted(0, kHeader, 0, 0) : rect;
    painter->drawRoundedRect(washed, 4, 4);
    painter->setBrush(colour.darker(110));
    const double bar = std::min(4.0, rect.height() / 4);
    painter->drawRect(QRectF(rect.left() + 2, rect.bottom() - bar - 1, (rect.width() - 4) * m_heatLevel, bar));
    painter->restore();
}

void NodeItem::setHeat(double share, double level)
{
    if (share == m_heatShare && level == m_heatLevel)
        return; // clearing a scene that had no heat map touches no item
    m_heatShare = share;
    m_heatLevel = std::clamp(level, 0.0, 1.0);
    setToolTip(share < 0 ? m_toolTip
                         : m_toolTip + QLatin1Char('\n')
                               + QCoreApplication::translate("NodeItem", "%1% of the layer time")
                                         .arg(QLocale().toString(share * 100, 'f', 2)));
    update();
}

QColor NodeItem::heatColor(double level)
{
    const double t = std::clamp(level, 0.0, 1.0);
    const QColor cold(0xff, 0xe0, 0x66), hot(0xd7, 0x19, 0x1c);
    return QColor::fromRgbF(static_cast<float>(cold.redF() + (hot.redF() - cold.redF()) * t),
                            static_cast<float>(cold.greenF() + (hot.greenF() - cold.greenF()) * t),
                            static_cast<float>(cold.blueF() + (hot.blueF() - cold.blueF()) * t));
}

EdgeItem::EdgeItem(std::shared_ptr<const SceneData> data, int index) : m_data(std::move(data)), m_index(index)
{
    setAcceptHoverEvents(true);
    setZValue(-1);
    const auto &points = m_data->layout.edges[static_cast<std::size_t>(index)];
    m_path = paint::edgePath(points, m_data->layout.spline[static_cast<std::size_t>(index)]);
    m_bounds = m_path.boundingRect().adjusted(-8, -8, 8, 8);
    const DisplayEdge &e = edge();
    const auto &labels = m_data->layout.labels;
    if (!e.label.isEmpty())
        m_bounds |= static_cast<std::size_t>(index) < labels.size() && !labels[static_cast<std::size_t>(index)].isNull()
                ? labels[static_cast<std::size_t>(index)]
                : QRectF(m_path.pointAtPercent(0.5), paint::labelSize(e.label))
                          .translated(3, -paint::labelSize(e.label).height() / 2);
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
    const auto i = static_cast<std::size_t>(m_index);
    paint::edge(*painter, edge(), m_data->layout.edges[i], m_data->layout.spline[i],
                i < m_data->layout.labels.size() ? m_data->layout.labels[i] : QRectF(), scale, m_highlighted);
}

} // namespace ml
