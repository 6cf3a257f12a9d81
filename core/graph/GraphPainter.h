// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DisplayGraph.h"
#include "GraphLayout.h"

#include <QPainterPath>

class QPainter;

namespace ml {

// How nodes and edges look, in one place for the canvas, PNG and SVG export. Needs a
// QGuiApplication (fonts).
namespace paint {

QPainterPath edgePath(const QPolygonF &points, bool spline);

// `scale` is device pixels per point: below about 0.35 text is not drawn (unreadable).
void node(QPainter &painter, const DisplayNode &node, const QRectF &rect, double scale, bool selected = false);
void edge(QPainter &painter, const DisplayEdge &edge, const QPolygonF &points, bool spline, double scale,
          bool highlighted = false, bool showLabel = true);

// Everything of `layout` that intersects `exposed`.
void graph(QPainter &painter, const DisplayGraph &graph, const GraphLayout &layout, const QRectF &exposed, double scale);

inline constexpr double kTextScaleLimit = 0.35;

} // namespace paint
} // namespace ml
