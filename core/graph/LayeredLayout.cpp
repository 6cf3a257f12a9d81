// SPDX-License-Identifier: GPL-3.0-or-later
// A layered layout of our own for graphs too large for dot: longest-path ranks, median
// ordering with transposition (as dot orders), pulled-to-median coordinates and polyline
// edges. Roughly what Netron does above a few thousand nodes; near-linear in the graph's
// size, with bounded ordering passes.
//
// Edge labels take part as dot's do: ranks are doubled, and every labelled edge passes
// through a unit of the label's size on the odd rank after its tail (its head for an edge
// drawn backwards), so ordering and packing keep labels clear of boxes and of each other.
#include "GraphLayout.h"
#include "GraphPainter.h"

#include <algorithm>
#include <cstdlib>
#include <limits>
#include <numeric>

namespace ml {
namespace {

constexpr double kNodeGap = 22;
constexpr double kRankGap = 34;
// Dummies route long edges around boxes and let ordering see them; past this many per
// box and edge together, the longest edges are drawn straight instead.
constexpr std::size_t kDummiesPerItem = 6;

struct Unit {
    double size = 0;  // extent across ranks' direction (width when top-to-bottom)
    double depth = 0; // extent along ranks
    int rank = 0;
    double pos = 0;            // centre across
    double anchor = 0;         // where edges pass, across, from the centre (a label unit's left)
    int label = -1;            // the edge whose label this unit holds
    int order = 0;             // index within its rank
    std::vector<int> up, down; // neighbours in the previous and next rank
};

} // namespace

GraphLayout layeredLayout(const DisplayGraph &graph, const LayoutOptions &options)
{
    const int n = static_cast<int>(graph.nodes.size());
    const bool lr = options.horizontal;
    std::vector<Unit> units(static_cast<std::size_t>(n));
    for (int i = 0; i < n; ++i) {
        const auto &node = graph.nodes[static_cast<std::size_t>(i)];
        units[static_cast<std::size_t>(i)].size = lr ? node.height : node.width;
        units[static_cast<std::size_t>(i)].depth = lr ? node.width : node.height;
    }

    // ---- ranks: longest path over the edges that go forward in a DFS order (back edges
    // of cycles are ignored for ranking).
    std::vector<std::vector<int>> out(static_cast<std::size_t>(n));
    for (const auto &e : graph.edges)
        if (e.from != e.to)
            out[static_cast<std::size_t>(e.from)].push_back(e.to);
    std::vector<int> state(static_cast<std::size_t>(n), 0), topo;
    topo.reserve(static_cast<std::size_t>(n));
    std::vector<std::pair<int, std::size_t>> stack;
    for (int s = 0; s < n; ++s) {
        if (state[static_cast<std::size_t>(s)])
            continue;
        stack.emplace_back(s, 0);
        state[static_cast<std::size_t>(s)] = 1;
        while (!stack.empty()) {
            auto &[v, next] = stack.back();
            if (next < out[static_cast<std::size_t>(v)].size()) {
                const int w = out[static_cast<std::size_t>(v)][next++];
                if (!state[static_cast<std::size_t>(w)]) {
                    state[static_cast<std::size_t>(w)] = 1;
                    stack.emplace_back(w, 0);
                }
            } else {
                state[static_cast<std::size_t>(v)] = 2;
                topo.push_back(v);
                stack.pop_back();
            }
        }
    }
    std::reverse(topo.begin(), topo.end());
    std::vector<int> position(static_cast<std::size_t>(n));
    for (int i = 0; i < n; ++i)
        position[static_cast<std::size_t>(topo[static_cast<std::size_t>(i)])] = i;
    for (int v : topo)
        for (int w : out[static_cast<std::size_t>(v)])
            if (position[static_cast<std::size_t>(w)] > position[static_cast<std::size_t>(v)])
                units[static_cast<std::size_t>(w)].rank =
                        std::max(units[static_cast<std::size_t>(w)].rank, units[static_cast<std::size_t>(v)].rank + 1);

    // Sources (Constants, Shape chains' heads, inputs) sit just before their first
    // consumer rather than all on rank 0: otherwise a Constant feeding the last layer of a
    // transformer draws an edge across the whole graph.
    {
        std::vector<int> indegree(static_cast<std::size_t>(n), 0);
        for (int v : topo)
            for (int w : out[static_cast<std::size_t>(v)])
                if (position[static_cast<std::size_t>(w)] > position[static_cast<std::size_t>(v)])
                    ++indegree[static_cast<std::size_t>(w)];
        for (auto it = topo.rbegin(); it != topo.rend(); ++it) {
            const int v = *it;
            if (indegree[static_cast<std::size_t>(v)] || out[static_cast<std::size_t>(v)].empty())
                continue;
            int first = std::numeric_limits<int>::max();
            for (int w : out[static_cast<std::size_t>(v)])
                first = std::min(first, units[static_cast<std::size_t>(w)].rank);
            units[static_cast<std::size_t>(v)].rank = std::max(units[static_cast<std::size_t>(v)].rank, first - 1);
        }
    }

    // Odd ranks between the nodes' ranks hold labels and the dummies of edges passing them.
    for (int v = 0; v < n; ++v)
        units[static_cast<std::size_t>(v)].rank *= 2;

    // ---- dummies for edges spanning several ranks, shortest edges first within a budget
    std::vector<std::vector<int>> chain(graph.edges.size()); // units an edge passes through
    std::vector<char> routed(graph.edges.size(), 0);
    {
        std::vector<std::pair<int, std::size_t>> spans;
        for (std::size_t k = 0; k < graph.edges.size(); ++k) {
            const auto &e = graph.edges[k];
            spans.emplace_back(std::abs(units[static_cast<std::size_t>(e.to)].rank - units[static_cast<std::size_t>(e.from)].rank), k);
        }
        std::sort(spans.begin(), spans.end());
        std::size_t budget = kDummiesPerItem * (graph.nodes.size() + graph.edges.size());
        units.reserve(units.size() + graph.edges.size() + budget);
        for (const auto &[span, k] : spans) {
            if (static_cast<std::size_t>(span) > budget)
                break;
            budget -= static_cast<std::size_t>(span);
            routed[k] = 1;
        }
    }
    for (std::size_t k = 0; k < graph.edges.size(); ++k) {
        const auto &e = graph.edges[k];
        if (e.from == e.to)
            continue;
        int a = e.from, b = e.to;
        const bool backward = units[static_cast<std::size_t>(b)].rank <= units[static_cast<std::size_t>(a)].rank;
        if (backward)
            std::swap(a, b);
        const int span = units[static_cast<std::size_t>(b)].rank - units[static_cast<std::size_t>(a)].rank;
        std::vector<int> path{a};
        const QSizeF label = paint::labelSize(e.label);
        int r = units[static_cast<std::size_t>(a)].rank + 1;
        if (!label.isEmpty()) {
            Unit d;
            d.size = lr ? label.height() + 6 : label.width() + 8;
            d.depth = lr ? label.width() : label.height();
            d.anchor = -d.size / 2 + 2;
            d.rank = r++;
            d.label = static_cast<int>(k);
            units.push_back(d);
            path.push_back(static_cast<int>(units.size()) - 1);
        }
        if (span > 1 && routed[k]) {
            for (; r < units[static_cast<std::size_t>(b)].rank; ++r) {
                Unit d;
                d.size = 6;
                d.rank = r;
                units.push_back(d);
                path.push_back(static_cast<int>(units.size()) - 1);
            }
        }
        path.push_back(b);
        for (std::size_t i = 0; i + 1 < path.size(); ++i) {
            units[static_cast<std::size_t>(path[i])].down.push_back(path[i + 1]);
            units[static_cast<std::size_t>(path[i + 1])].up.push_back(path[i]);
        }
        if (backward)
            std::reverse(path.begin(), path.end());
        chain[k] = std::move(path);
    }

    // ---- ordering within ranks: dot's scheme (Gansner et al. 1993): a depth-first
    // initial order, weighted-median sweeps alternating down and up, each followed by
    // transposition of neighbours while that removes crossings, keeping the best order
    // by crossing count.
    int ranks = 0;
    for (const auto &u : units)
        ranks = std::max(ranks, u.rank + 1);
    std::vector<std::vector<int>> layer(static_cast<std::size_t>(ranks));
    {
        std::vector<char> seen(units.size(), 0);
        std::vector<int> todo;
        auto visit = [&](int s) {
            if (seen[static_cast<std::size_t>(s)])
                return;
            seen[static_cast<std::size_t>(s)] = 1;
            todo.push_back(s);
            while (!todo.empty()) {
                const int v = todo.back();
                todo.pop_back();
                layer[static_cast<std::size_t>(units[static_cast<std::size_t>(v)].rank)].push_back(v);
                const auto &down = units[static_cast<std::size_t>(v)].down;
                for (auto it = down.rbegin(); it != down.rend(); ++it)
                    if (!seen[static_cast<std::size_t>(*it)]) {
                        seen[static_cast<std::size_t>(*it)] = 1;
                        todo.push_back(*it);
                    }
            }
        };
        for (int v : topo)
            if (units[static_cast<std::size_t>(v)].up.empty())
                visit(v);
        for (int v : topo)
            visit(v);
        for (int v = n; v < static_cast<int>(units.size()); ++v)
            visit(v);
    }
    auto renumber = [&](int r) {
        auto &l = layer[static_cast<std::size_t>(r)];
        for (int i = 0; i < static_cast<int>(l.size()); ++i)
            units[static_cast<std::size_t>(l[static_cast<std::size_t>(i)])].order = i;
    };
    for (int r = 0; r < ranks; ++r)
        renumber(r);

    // Each unit's neighbours on the rank above and the rank below (an edge drawn straight
    // past several ranks is in neither), then: the orders of v's neighbours on rank r, sorted.
    std::vector<std::vector<int>> above(units.size()), below(units.size());
    for (std::size_t v = 0; v < units.size(); ++v) {
        for (int w : units[v].up)
            if (units[static_cast<std::size_t>(w)].rank == units[v].rank - 1)
                above[v].push_back(w);
        for (int w : units[v].down)
            if (units[static_cast<std::size_t>(w)].rank == units[v].rank + 1)
                below[v].push_back(w);
    }
    std::vector<int> scratchA, scratchB;
    auto neighbourOrders = [&](int v, int r, std::vector<int> &into) {
        into.clear();
        const auto &u = units[static_cast<std::size_t>(v)];
        if (r != u.rank - 1 && r != u.rank + 1)
            return;
        for (int w : (r < u.rank ? above : below)[static_cast<std::size_t>(v)])
            into.push_back(units[static_cast<std::size_t>(w)].order);
        if (into.size() > 1)
            std::sort(into.begin(), into.end());
    };
    // Crossings between the edges of v and those of w towards rank r, v placed before w.
    auto pairCrossings = [](const std::vector<int> &a, const std::vector<int> &b) {
        long long c = 0;
        std::size_t j = 0;
        for (int x : a) {
            while (j < b.size() && b[j] < x)
                ++j;
            c += static_cast<long long>(j);
        }
        return c;
    };
    std::vector<int> fenwick;
    std::vector<std::pair<int, int>> ends;
    auto crossingsBelow = [&](int r) { // between rank r and r + 1: inversions, O(E log V)
        ends.clear();
        for (int v : layer[static_cast<std::size_t>(r)])
            for (int w : below[static_cast<std::size_t>(v)])
                ends.emplace_back(units[static_cast<std::size_t>(v)].order, units[static_cast<std::size_t>(w)].order);
        std::sort(ends.begin(), ends.end());
        const int m = static_cast<int>(layer[static_cast<std::size_t>(r) + 1].size());
        fenwick.assign(static_cast<std::size_t>(m) + 1, 0);
        long long c = 0;
        for (std::size_t i = 0; i < ends.size(); ++i) {
            long long atMost = 0; // earlier edges ending at or before this one's end
            for (int k = ends[i].second + 1; k > 0; k -= k & -k)
                atMost += fenwick[static_cast<std::size_t>(k)];
            c += static_cast<long long>(i) - atMost;
            for (int k = ends[i].second + 1; k <= m; k += k & -k)
                ++fenwick[static_cast<std::size_t>(k)];
        }
        return c;
    };
    auto totalCrossings = [&] {
        long long c = 0;
        for (int r = 0; r + 1 < ranks; ++r)
            c += crossingsBelow(r);
        return c;
    };
    auto transpose = [&](int r) {
        auto &l = layer[static_cast<std::size_t>(r)];
        bool improved = false;
        for (std::size_t i = 0; i + 1 < l.size(); ++i) {
            const int v = l[i], w = l[i + 1];
            long long keep = 0, swapped = 0;
            for (const int other : {r - 1, r + 1}) {
                if (other < 0 || other >= ranks)
                    continue;
                neighbourOrders(v, other, scratchA);
                neighbourOrders(w, other, scratchB);
                keep += pairCrossings(scratchA, scratchB); // pairs where v's end lies after w's
                swapped += pairCrossings(scratchB, scratchA);
            }
            if (swapped < keep) {
                std::swap(l[i], l[i + 1]);
                units[static_cast<std::size_t>(l[i])].order = static_cast<int>(i);
                units[static_cast<std::size_t>(l[i + 1])].order = static_cast<int>(i) + 1;
                improved = true;
            }
        }
        return improved;
    };
    auto medianSweep = [&](bool downward) {
        std::vector<std::pair<double, int>> keyed;
        std::vector<int> fixedSlots;
        for (int step = 1; step < ranks; ++step) {
            const int r = downward ? step : ranks - 1 - step;
            const int other = downward ? r - 1 : r + 1;
            auto &l = layer[static_cast<std::size_t>(r)];
            keyed.clear();
            std::vector<int> next(l.size(), -1);
            for (std::size_t i = 0; i < l.size(); ++i) {
                neighbourOrders(l[i], other, scratchA);
                const auto &p = scratchA;
                const std::size_t m = p.size() / 2;
                if (p.empty())
                    next[i] = l[i]; // no neighbour there: keeps its place
                else if (p.size() % 2)
                    keyed.emplace_back(p[m], l[i]);
                else if (p.size() == 2)
                    keyed.emplace_back((p[0] + p[1]) / 2.0, l[i]);
                else {
                    const double left = p[m - 1] - p.front(), right = p.back() - p[m];
                    keyed.emplace_back(left + right > 0 ? (p[m - 1] * right + p[m] * left) / (left + right)
                                                        : (p[m - 1] + p[m]) / 2.0,
                                       l[i]);
                }
            }
            std::stable_sort(keyed.begin(), keyed.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
            std::size_t k = 0;
            for (std::size_t i = 0; i < l.size(); ++i)
                l[i] = next[i] >= 0 ? next[i] : keyed[k++].second;
            renumber(r);
        }
    };
    {
        // Transposition is quadratic in a rank's width at worst: bounded passes.
        // Only ranks next to one that changed are tried again (dot's candidate marks).
        std::vector<char> dirty(static_cast<std::size_t>(ranks)), nextDirty(static_cast<std::size_t>(ranks));
        auto transposeAll = [&] {
            std::fill(dirty.begin(), dirty.end(), 1);
            for (int pass = 0; pass < 8; ++pass) {
                bool any = false;
                std::fill(nextDirty.begin(), nextDirty.end(), 0);
                for (int r = 0; r < ranks; ++r)
                    if (dirty[static_cast<std::size_t>(r)] && transpose(r)) {
                        any = true;
                        for (int q = std::max(0, r - 1); q <= std::min(ranks - 1, r + 1); ++q)
                            nextDirty[static_cast<std::size_t>(q)] = 1;
                    }
                if (!any)
                    break;
                dirty.swap(nextDirty);
            }
        };
        std::vector<std::vector<int>> best = layer;
        long long bestCrossings = totalCrossings();
        // Each iteration costs about 0.1 us per unit: the largest graphs get fewer, for a
        // first paint as quick as before (ssdlite320 flat: 46,000 units, 4.5 ms each).
        const int iterations = units.size() > 40000 ? 4 : units.size() > 20000 ? 8 : 24;
        for (int iteration = 0, stale = 0; iteration < iterations && bestCrossings > 0 && stale < 6; ++iteration) {
            medianSweep(iteration % 2 == 0);
            transposeAll();
            const long long c = totalCrossings();
            if (c < bestCrossings) {
                stale = c < bestCrossings * 99 / 100 ? 0 : stale + 1;
                bestCrossings = c;
                best = layer;
            } else {
                ++stale;
            }
        }
        layer = std::move(best);
        for (int r = 0; r < ranks; ++r)
            renumber(r);
    }

    // ---- coordinates across: packed, then pulled towards neighbours' mean
    for (auto &l : layer) {
        double x = 0;
        for (int v : l) {
            auto &u = units[static_cast<std::size_t>(v)];
            u.pos = x + u.size / 2;
            x += u.size + kNodeGap;
        }
    }
    auto place = [&](std::vector<int> &l, const std::vector<double> &want) {
        // Left-to-right keeps the minimum gaps, then right-to-left, and the two averaged.
        const std::size_t m = l.size();
        std::vector<double> a(m), b(m);
        for (std::size_t i = 0; i < m; ++i) {
            const auto &u = units[static_cast<std::size_t>(l[i])];
            a[i] = want[i];
            if (i)
                a[i] = std::max(a[i], a[i - 1] + (units[static_cast<std::size_t>(l[i - 1])].size + u.size) / 2 + kNodeGap);
        }
        for (std::size_t j = m; j-- > 0;) {
            const auto &u = units[static_cast<std::size_t>(l[j])];
            b[j] = want[j];
            if (j + 1 < m)
                b[j] = std::min(b[j], b[j + 1] - (units[static_cast<std::size_t>(l[j + 1])].size + u.size) / 2 - kNodeGap);
        }
        for (std::size_t i = 0; i < m; ++i)
            units[static_cast<std::size_t>(l[i])].pos = (a[i] + b[i]) / 2;
        for (std::size_t i = 1; i < m; ++i) { // the average may overlap again: final push
            auto &u = units[static_cast<std::size_t>(l[i])];
            const auto &p = units[static_cast<std::size_t>(l[i - 1])];
            u.pos = std::max(u.pos, p.pos + (p.size + u.size) / 2 + kNodeGap);
        }
    };
    for (int iteration = 0; iteration < 6; ++iteration) {
        const bool downward = iteration % 2 == 0;
        for (int step = 0; step < ranks; ++step) {
            const int r = downward ? step : ranks - 1 - step;
            auto &l = layer[static_cast<std::size_t>(r)];
            std::vector<double> want(l.size());
            for (std::size_t i = 0; i < l.size(); ++i) {
                const auto &u = units[static_cast<std::size_t>(l[i])];
                const auto &nb = downward ? u.up : u.down;
                double sum = 0;
                for (int w : nb)
                    sum += units[static_cast<std::size_t>(w)].pos + units[static_cast<std::size_t>(w)].anchor;
                want[i] = nb.empty() ? u.pos : sum / nb.size() - u.anchor;
            }
            place(l, want);
        }
    }

    // ---- coordinates along: rank by rank
    std::vector<double> rankStart(static_cast<std::size_t>(ranks)), rankDepth(static_cast<std::size_t>(ranks), 0);
    for (const auto &u : units)
        rankDepth[static_cast<std::size_t>(u.rank)] = std::max(rankDepth[static_cast<std::size_t>(u.rank)], u.depth);
    double along = 0;
    for (int r = 0; r < ranks; ++r) { // two ranks' gaps between boxes: one before, one after labels
        rankStart[static_cast<std::size_t>(r)] = along;
        along += rankDepth[static_cast<std::size_t>(r)] + kRankGap / 2;
    }
    double minPos = 0;
    for (const auto &u : units)
        minPos = std::min(minPos, u.pos - u.size / 2);

    GraphLayout layout;
    layout.engine = GraphLayout::Engine::Layered;
    layout.nodes.resize(static_cast<std::size_t>(n));
    auto centre = [&](int v) {
        const auto &u = units[static_cast<std::size_t>(v)];
        const double across = u.pos - minPos;
        const double mid = rankStart[static_cast<std::size_t>(u.rank)] + rankDepth[static_cast<std::size_t>(u.rank)] / 2;
        return lr ? QPointF(mid, across) : QPointF(across, mid);
    };
    for (int v = 0; v < n; ++v) {
        const auto &node = graph.nodes[static_cast<std::size_t>(v)];
        const QPointF c = centre(v);
        layout.nodes[static_cast<std::size_t>(v)] =
                QRectF(c.x() - node.width / 2, c.y() - node.height / 2, node.width, node.height);
        layout.bounds |= layout.nodes[static_cast<std::size_t>(v)];
    }
    layout.edges.resize(graph.edges.size());
    layout.spline.assign(graph.edges.size(), false);
    for (std::size_t k = 0; k < graph.edges.size(); ++k) {
        const auto &path = chain[k];
        if (path.size() < 2)
            continue;
        QPolygonF points;
        auto boxEdge = [&](int v, bool leaving) {
            const QRectF &r = layout.nodes[static_cast<std::size_t>(v)];
            return lr ? QPointF(leaving ? r.right() : r.left(), r.center().y())
                      : QPointF(r.center().x(), leaving ? r.bottom() : r.top());
        };
        points << boxEdge(path.front(), true);
        for (std::size_t i = 1; i + 1 < path.size(); ++i) {
            const double anchor = units[static_cast<std::size_t>(path[i])].anchor;
            points << centre(path[i]) + (lr ? QPointF(0, anchor) : QPointF(anchor, 0));
        }
        points << boxEdge(path.back(), false);
        layout.edges[k] = points;
    }
    layout.labels.resize(graph.edges.size());
    for (int v = n; v < static_cast<int>(units.size()); ++v) {
        const auto &u = units[static_cast<std::size_t>(v)];
        if (u.label < 0)
            continue;
        const QSizeF size = paint::labelSize(graph.edges[static_cast<std::size_t>(u.label)].label);
        const QPointF c = centre(v);
        // Beside the edge, which passes at the unit's near side (anchor).
        layout.labels[static_cast<std::size_t>(u.label)] = lr
                ? QRectF(QPointF(c.x() - size.width() / 2, c.y() - u.size / 2 + 5), size)
                : QRectF(QPointF(c.x() - u.size / 2 + 6, c.y() - size.height() / 2), size);
    }
    layout.bounds.adjust(-8, -8, 8, 8);
    repairLabels(graph, layout);
    return layout;
}

} // namespace ml
