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
    // true (default): the wheel zooms and Shift+wheel scrolls; false: the other way round
    // ("graph/wheelZooms", the settings dialog).
    void setWheelZooms(bool zooms) { m_wheelZooms = zooms; }
    bool wheelZooms() const { return m_wheelZooms; }

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
