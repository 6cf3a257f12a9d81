// SPDX-License-Identifier: GPL-3.0-or-later
#include "GraphView.h"

#include "GraphScene.h"

#include <QKeyEvent>
#include <QScrollBar>
#include <QSettings>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace ml {

GraphView::GraphView(QWidget *parent) : QGraphicsView(parent)
{
    setDragMode(QGraphicsView::ScrollHandDrag);
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setTransformationAnchor(QGraphicsView::NoAnchor);
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    setOptimizationFlags(QGraphicsView::DontSavePainterState | QGraphicsView::DontAdjustForAntialiasing);
    setBackgroundBrush(QColor(0xf7, 0xf7, 0xf7));
    setFocusPolicy(Qt::StrongFocus);
    m_wheelZooms = QSettings().value(QStringLiteral("graph/wheelZooms"), true).toBool();
}

GraphScene *GraphView::graphScene() const { return qobject_cast<GraphScene *>(scene()); }

double GraphView::zoom() const { return transform().m11(); }

void GraphView::setZoom(double factor, const QPointF &anchorScene)
{
    // Down to where a graph of 5,000 nodes fits a window (level of detail keeps it fast).
    factor = std::clamp(factor, 0.0005, 8.0);
    const QPointF anchor = anchorScene.isNull() ? mapToScene(viewport()->rect().center()) : anchorScene;
    const QPointF before = mapFromScene(anchor);
    setTransform(QTransform::fromScale(factor, factor));
    const QPointF after = mapFromScene(anchor);
    horizontalScrollBar()->setValue(horizontalScrollBar()->value() + int(after.x() - before.x()));
    verticalScrollBar()->setValue(verticalScrollBar()->value() + int(after.y() - before.y()));
    Q_EMIT zoomChanged(factor);
}

void GraphView::zoomIn() { setZoom(zoom() * 1.25); }
void GraphView::zoomOut() { setZoom(zoom() / 1.25); }
void GraphView::zoomToActualSize() { setZoom(1.0); }

void GraphView::zoomToFit()
{
    if (!scene())
        return;
    // All of it, however small that makes it: the user asked to see the whole graph (Actual
    // Size and the wheel bring text back).
    const QRectF r = scene()->sceneRect();
    const QRectF v = viewport()->rect().adjusted(4, 4, -4, -4);
    const double fit = std::min(v.width() / std::max(1.0, r.width()), v.height() / std::max(1.0, r.height()));
    setTransform(QTransform::fromScale(std::clamp(fit, 0.0005, 8.0), std::clamp(fit, 0.0005, 8.0)));
    centerOn(r.center());
    Q_EMIT zoomChanged(zoom());
}

void GraphView::zoomToOverview()
{
    if (!scene())
        return;
    const QRectF r = scene()->sceneRect();
    const QRectF v = viewport()->rect();
    const double fit = std::min(v.width() / std::max(1.0, r.width()), v.height() / std::max(1.0, r.height()));
    const double readable = 0.8;
    if (fit >= readable) {
        setTransform(QTransform::fromScale(std::min(fit, 1.0), std::min(fit, 1.0)));
        centerOn(r.center());
    } else {
        const double zoom = std::max(readable, std::min(1.0, v.width() / std::max(1.0, r.width())));
        setTransform(QTransform::fromScale(zoom, zoom));
        // The top of the graph, centred across when it is narrower than the view.
        const double halfWidth = v.width() / zoom / 2, halfHeight = v.height() / zoom / 2;
        centerOn(r.width() <= 2 * halfWidth ? r.center().x() : r.left() + halfWidth, r.top() + halfHeight);
    }
    Q_EMIT zoomChanged(zoom());
}

void GraphView::centerOnItem(QGraphicsItem *item)
{
    if (!item)
        return;
    if (!viewport()->rect().contains(mapFromScene(item->sceneBoundingRect()).boundingRect()))
        centerOn(item);
}

void GraphView::wheelEvent(QWheelEvent *event)
{
    // Wheel zooms around the cursor (as in Netron) and Shift+wheel scrolls; with the setting
    // "the wheel scrolls", the wheel scrolls and Ctrl+wheel zooms.
    const Qt::KeyboardModifiers mods = event->modifiers();
    const bool zooms = m_wheelZooms ? !(mods & Qt::ShiftModifier) : bool(mods & Qt::ControlModifier);
    if (!zooms) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    const double steps = event->angleDelta().y() / 120.0;
    setZoom(zoom() * std::pow(1.15, steps), mapToScene(event->position().toPoint()));
    event->accept();
}

void GraphView::step(int key)
{
    GraphScene *s = graphScene();
    if (!s || s->nodeItems().empty())
        return;
    const auto selected = s->selectedItems();
    NodeItem *current = nullptr;
    for (QGraphicsItem *item : selected)
        if (item->type() == NodeItem::Type)
            current = static_cast<NodeItem *>(item);
    int next = -1;
    if (!current) {
        next = 0;
    } else if (key == Qt::Key_Up || key == Qt::Key_Down) {
        const auto candidates = s->neighbours(current->index(), key == Qt::Key_Up);
        if (!candidates.empty())
            next = candidates.front();
    } else {
        // Siblings: the other consumers of this node's producers, ordered left to right.
        std::vector<int> siblings;
        for (int p : s->neighbours(current->index(), true))
            for (int c : s->neighbours(p, false))
                if (std::find(siblings.begin(), siblings.end(), c) == siblings.end())
                    siblings.push_back(c);
        const auto &rects = s->data().layout.nodes;
        std::sort(siblings.begin(), siblings.end(), [&rects](int a, int b) {
            return rects[static_cast<std::size_t>(a)].center().x() < rects[static_cast<std::size_t>(b)].center().x();
        });
        auto it = std::find(siblings.begin(), siblings.end(), current->index());
        if (it != siblings.end()) {
            if (key == Qt::Key_Left && it != siblings.begin())
                next = *(it - 1);
            else if (key == Qt::Key_Right && it + 1 != siblings.end())
                next = *(it + 1);
        }
    }
    if (next < 0)
        return;
    s->clearSelection();
    NodeItem *item = s->nodeItems()[static_cast<std::size_t>(next)];
    item->setSelected(true);
    centerOnItem(item);
}

void GraphView::keyPressEvent(QKeyEvent *event)
{
    const bool shift = event->modifiers() & Qt::ShiftModifier;
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        return;
    case Qt::Key_Minus:
        zoomOut();
        return;
    case Qt::Key_0:
        zoomToFit();
        return;
    case Qt::Key_1:
        zoomToActualSize();
        return;
    case Qt::Key_Up:
    case Qt::Key_Down:
    case Qt::Key_Left:
    case Qt::Key_Right:
        if (!shift) {
            step(event->key());
            return;
        }
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (GraphScene *s = graphScene())
            for (QGraphicsItem *item : s->selectedItems())
                if (item->type() == NodeItem::Type) {
                    Q_EMIT activated(static_cast<NodeItem *>(item)->index());
                    return;
                }
        break;
    default:
        break;
    }
    QGraphicsView::keyPressEvent(event);
}

void GraphView::mouseDoubleClickEvent(QMouseEvent *event)
{
    for (QGraphicsItem *item : items(event->pos()))
        if (item->type() == NodeItem::Type) {
            Q_EMIT activated(static_cast<NodeItem *>(item)->index());
            return;
        }
    QGraphicsView::mouseDoubleClickEvent(event);
}

} // namespace ml
