// SPDX-License-Identifier: GPL-3.0-or-later
// The last step of both layouts: no edge label may sit on a node box or on another label.
// dot and the layered layout reserve room for every label, but dot places a label beside
// its edge's middle only approximately (its own margins, splines that bend), and the
// layered layout routes edges longer than its dummy limit straight through other ranks.
// Whatever still touches something is moved here to the nearest clear place beside its
// edge, found through a grid of occupied cells so that a 5,000-node graph takes milliseconds.
#include "GraphLayout.h"
#include "GraphPainter.h"

#include <QHash>

#include <cmath>

namespace ml {
namespace {

constexpr double kCell = 64;  // grid cell, points
constexpr double kMargin = 1; // labels keep this far from boxes and each other
constexpr double kStep = 7;   // search rings around the edge's points, points apart
constexpr int kRings = 24;

class Occupancy {
public:
    void add(const QRectF &r)
    {
        const int index = static_cast<int>(m_rects.size());
        m_rects.push_back(r);
        forCells(r, [&](qint64 key) { m_cells[key].push_back(index); });
    }
    bool clear(const QRectF &r) const
    {
        const QRectF probe = r.adjusted(-kMargin, -kMargin, kMargin, kMargin);
        bool hit = false;
        forCells(probe, [&](qint64 key) {
            if (hit)
                return;
            const auto it = m_cells.constFind(key);
            if (it == m_cells.cend())
                return;
            for (int i : *it)
                if (m_rects[static_cast<std::size_t>(i)].intersects(probe)) {
                    hit = true;
                    return;
                }
        });
        return !hit;
    }

private:
    template<typename F>
    static void forCells(const QRectF &r, F &&f)
    {
        const qint64 x0 = static_cast<qint64>(std::floor(r.left() / kCell)),
                     x1 = static_cast<qint64>(std::floor(r.right() / kCell));
        const qint64 y0 = static_cast<qint64>(std::floor(r.top() / kCell)),
                     y1 = static_cast<qint64>(std::floor(r.bottom() / kCell));
        for (qint64 x = x0; x <= x1; ++x)
            for (qint64 y = y0; y <= y1; ++y)
                f((x << 32) ^ (y & 0xffffffff));
    }
    std::vector<QRectF> m_rects;
    QHash<qint64, std::vector<int>> m_cells;
};

} // namespace

void repairLabels(const DisplayGraph &graph, GraphLayout &layout)
{
    layout.labels.resize(graph.edges.size());
    Occupancy taken;
    for (const QRectF &box : layout.nodes)
        taken.add(box);
    // Labels the engine placed clear stay where they are; the others move, in order.
    std::vector<std::size_t> moved;
    for (std::size_t i = 0; i < graph.edges.size(); ++i) {
        QRectF &label = layout.labels[i];
        const QSizeF size = paint::labelSize(graph.edges[i].label);
        if (size.isEmpty()) {
            label = QRectF();
            continue;
        }
        if (!label.isNull()) { // the engine's place, at the measured size
            label = QRectF(label.center() - QPointF(size.width() / 2, size.height() / 2), size);
        } else if (layout.edges[i].size() >= 2) { // none given: beside the edge's middle
            const QPointF mid = paint::edgePath(layout.edges[i], layout.spline[i]).pointAtPercent(0.5);
            label = QRectF(QPointF(mid.x() + 3, mid.y() - size.height() / 2), size);
        } else {
            label = QRectF(QPointF(), size);
        }
        if (taken.clear(label))
            taken.add(label);
        else
            moved.push_back(i);
    }
    for (std::size_t i : moved) {
        QRectF &label = layout.labels[i];
        const QSizeF size = label.size();
        // Candidate anchors: points along the edge from its middle outwards, then rings of
        // growing distance around each.
        std::vector<QPointF> anchors;
        if (layout.edges[i].size() >= 2) {
            const QPainterPath path = paint::edgePath(layout.edges[i], layout.spline[i]);
            for (double t : {0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8, 0.12, 0.88})
                anchors.push_back(path.pointAtPercent(t));
        } else {
            anchors.push_back(label.center());
        }
        bool placed = false;
        for (int ring = 0; ring <= kRings && !placed; ++ring) {
            for (const QPointF &a : anchors) {
                // Right of, left of, below and above the anchor, then around it at this distance.
                const double d = ring * kStep;
                const QRectF candidates[] = {
                        QRectF(QPointF(a.x() + 3 + d, a.y() - size.height() / 2), size),
                        QRectF(QPointF(a.x() - 3 - d - size.width(), a.y() - size.height() / 2), size),
                        QRectF(QPointF(a.x() - size.width() / 2, a.y() + 2 + d), size),
                        QRectF(QPointF(a.x() - size.width() / 2, a.y() - 2 - d - size.height()), size),
                        QRectF(QPointF(a.x() + 3 + d, a.y() + 2 + d), size),
                        QRectF(QPointF(a.x() - 3 - d - size.width(), a.y() - 2 - d - size.height()), size),
                };
                for (const QRectF &c : candidates)
                    if (taken.clear(c)) {
                        label = c;
                        placed = true;
                        break;
                    }
                if (placed)
                    break;
            }
        }
        // Nothing clear within reach (a label inside a dense knot): it stays, drawn over.
        taken.add(label);
    }
    for (const QRectF &label : layout.labels)
        if (!label.isNull())
            layout.bounds |= label.adjusted(-4, -4, 4, 4);
}

} // namespace ml
