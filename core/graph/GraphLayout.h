// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DisplayGraph.h"
#include "Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QPointF>
#include <QPolygonF>
#include <QRectF>

#include <atomic>
#include <optional>
#include <vector>

namespace ml {

// Positions for a DisplayGraph, in points, y growing downwards.
struct GraphLayout {
    enum class Engine { Dot, Layered };
    Engine engine = Engine::Dot;
    std::vector<QRectF> nodes;    // one per DisplayGraph node
    std::vector<QPolygonF> edges; // one per DisplayGraph edge: a polyline, or with
    std::vector<bool> spline;     // spline[i] true, cubic Bézier control points (1 + 3k)
    // One per edge: where its label is drawn, sized by paint::labelSize (the font the
    // painter uses); a null rect for an edge without a label. Both engines reserve this
    // room, and repairLabels moves any that still touch a box or another label.
    std::vector<QRectF> labels;
    QRectF bounds;

    QJsonObject toJson() const;
    static Result<GraphLayout> fromJson(const QJsonObject &json, std::size_t nodes, std::size_t edges);
};

struct LayoutOptions {
    bool horizontal = false;
    // Graphs with more boxes and edges together than this get the built-in layered layout
    // instead of Graphviz, as their final layout. dot's cost grows as about N^2.5
    // (platform-notes), and edge labels in its input make it 3-6x slower: at this size it
    // finishes within about a second here (PP-OCR, 674 boxes and 721 edges: 0.6-0.9 s), so
    // that a cold flat layout is final within 2 s (docs/BENCHMARKS.md, "Final layout in
    // time"); the 1,000-node graphs above it take 2-11 s.
    int dotLimit = 1400;
    bool forceDot = false;
};

// Lays out with Graphviz `dot` run as a child process. `cancel` is polled every 50 ms;
// setting it kills the child at once.
Result<GraphLayout> layoutWithDot(const DisplayGraph &graph, const LayoutOptions &options,
                                  const std::atomic_bool *cancel = nullptr);

// Layered layout of our own (longest-path ranks, median ordering, polyline edges):
// linear-ish in the graph's size, for graphs too large for dot.
GraphLayout layeredLayout(const DisplayGraph &graph, const LayoutOptions &options);

// Moves every label of `layout` that touches a node box or an earlier label to the
// nearest clear place beside its edge (both engines end with it); grows `bounds` to hold them.
void repairLabels(const DisplayGraph &graph, GraphLayout &layout);

// Whether layoutGraph would run Graphviz for this graph (else the layered layout).
bool usesDot(const DisplayGraph &graph, const LayoutOptions &options);

// What layoutGraph would return from its cache (memory, then disk), without laying out.
std::optional<GraphLayout> cachedLayout(const DisplayGraph &graph, const LayoutOptions &options);

// dot or the layered layout by size, through the cache (memory, then disk).
Result<GraphLayout> layoutGraph(const DisplayGraph &graph, const LayoutOptions &options,
                                const std::atomic_bool *cancel = nullptr);

// The DOT text handed to Graphviz (also the cache key's source).
QByteArray dotSource(const DisplayGraph &graph, const LayoutOptions &options);

} // namespace ml
