// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DisplayGraph.h"
#include "GraphLayout.h"

#include <QFont>
#include <QPainterPath>

class QPainter;

namespace ml {

// How nodes and edges look, in one place for the canvas, PNG and SVG export. Needs a
// QGuiApplication (fonts).
namespace paint {

QPainterPath edgePath(const QPolygonF &points, bool spline);

// The font of edge labels, and the room a label takes: its text measured with that font
// (QFontMetricsF) plus a small margin. The layout reserves exactly this room. Without a
// QGuiApplication (no fonts: a core test, `inspect`) an estimate of the same size.
QFont labelFont();
QSizeF labelSize(const QString &label);
// The width of a line of a node box (`title`: its bold header) as the painter draws it;
// 0 without a QGuiApplication, where DisplayGraph's estimate stands alone.
double boxTextWidth(const QString &text, bool title);

// `scale` is device pixels per point: below about 0.35 text is not drawn (unreadable).
void node(QPainter &painter, const DisplayNode &node, const QRectF &rect, double scale, bool selected = false);
// `label` is the layout's rect for the label (GraphLayout::labels); a null rect puts it at
// the middle of the edge.
void edge(QPainter &painter, const DisplayEdge &edge, const QPolygonF &points, bool spline, const QRectF &label, double scale,
          bool highlighted = false, bool showLabel = true);

// Everything of `layout` that intersects `exposed`.
void graph(QPainter &painter, const DisplayGraph &graph, const GraphLayout &layout, const QRectF &exposed, double scale);

inline constexpr double kTextScaleLimit = 0.35;
// Below this, boxes are drawn as plain blocks and edges as hairlines (level of detail for
// Zoom to Fit on the largest graphs).
inline constexpr double kSketchScaleLimit = 0.12;

} // namespace paint
} // namespace ml
