// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGraphicsView>

namespace ml {

class GraphScene;

// Zoom (wheel, +/-, fit, actual size), pan (drag, Shift+Left/Right), and keyboard moves
// between connected nodes: Up to a producer, Down to a consumer, Left/Right among
// siblings; Enter/double-click activates (enter a subgraph, open a group).
class GraphView : public QGraphicsView {
    Q_OBJECT
public:
    explicit GraphView(QWidget *parent = nullptr);

    GraphScene *graphScene() const;
    double zoom() const;
    void setZoom(double factor, const QPointF &anchorScene = {});
    // The wheel zooms (Shift+wheel scrolls) or, as Netron's Ctrl+M switches it, scrolls
    // (Ctrl+wheel zooms). New views start from the setting graph/wheelZooms (default on).
    bool wheelZooms() const { return m_wheelZooms; }
    void setWheelZooms(bool on) { m_wheelZooms = on; }

public Q_SLOTS:
    void zoomIn();
    void zoomOut();
    void zoomToFit();
    // The first view of a graph: all of it when that is readable, else its top (the inputs)
    // at a size where text is drawn, as Netron opens a model.
    void zoomToOverview();
    void zoomToActualSize();
    void centerOnItem(QGraphicsItem *item);

Q_SIGNALS:
    void activated(int nodeIndex);
    void zoomChanged(double factor);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;

private:
    void step(int key);

    bool m_wheelZooms = true;
};

} // namespace ml
