// SPDX-License-Identifier: GPL-3.0-or-later
// Layout by Graphviz `dot`, run as a child process: it can be killed at once, and its
// licence (EPL) stays apart from ours (platform-notes).
#include "GraphLayout.h"
#include "GraphPainter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>

#include <cmath>
#include <deque>
#include <map>

namespace ml {
namespace {

QString tr(const char *text) { return QCoreApplication::translate("GraphLayout", text); }

constexpr double kPointsPerInch = 72.0;

} // namespace

QByteArray dotSource(const DisplayGraph &graph, const LayoutOptions &options)
{
    QByteArray dot;
    dot.reserve(static_cast<qsizetype>(64 * (graph.nodes.size() + graph.edges.size()) + 256));
    dot += "digraph G {\n";
    dot += options.horizontal ? "graph [rankdir=LR" : "graph [rankdir=TB";
    dot += ", nodesep=0.3, ranksep=0.4, splines=spline, outputorder=edgesfirst];\n";
    dot += "node [shape=box, fixedsize=true, label=\"\"];\n";
    dot += "edge [arrowhead=normal, arrowsize=0.6];\n";
    for (std::size_t i = 0; i < graph.nodes.size(); ++i) {
        const auto &n = graph.nodes[i];
        dot += 'n' + QByteArray::number(static_cast<qulonglong>(i))
                + " [width=" + QByteArray::number(n.width / kPointsPerInch, 'f', 3)
                + ", height=" + QByteArray::number(n.height / kPointsPerInch, 'f', 3) + "];\n";
    }
    for (const auto &e : graph.edges) {
        dot += 'n' + QByteArray::number(e.from) + " -> n" + QByteArray::number(e.to);
        // dot reserves room for edge labels, but measures text with its own fonts: an empty
        // table of fixed size (points) makes it reserve exactly what our painter draws.
        const QSizeF size = paint::labelSize(e.label);
        if (!size.isEmpty())
            dot += " [label=<<table border=\"0\" cellborder=\"0\" cellspacing=\"0\" cellpadding=\"0\" "
                   "fixedsize=\"true\" width=\""
                    + QByteArray::number(static_cast<int>(std::ceil(size.width())) + 2) + "\" height=\""
                    + QByteArray::number(static_cast<int>(std::ceil(size.height()))) + "\"><tr><td></td></tr></table>>]";
        dot += ";\n";
    }
    dot += "}\n";
    return dot;
}

Result<GraphLayout> layoutWithDot(const DisplayGraph &graph, const LayoutOptions &options, const std::atomic_bool *cancel)
{
    // The settings dialog's "graphviz/dotPath" (QSettings is reentrant: this runs on a pool
    // thread), else dot on PATH.
    QString program = QSettings().value(QStringLiteral("graphviz/dotPath")).toString();
    if (program.isEmpty())
        program = QStandardPaths::findExecutable(QStringLiteral("dot"));
    if (program.isEmpty())
        return makeError(tr("Graphviz's dot program is not installed (Debian package graphviz)"));
    QProcess dot;
    dot.setProgram(program);
    dot.setArguments({QStringLiteral("-Tplain")});
    dot.start();
    if (!dot.waitForStarted(10000))
        return makeError(tr("dot could not be started: %1").arg(dot.errorString()));
    dot.write(dotSource(graph, options));
    dot.closeWriteChannel();
    QByteArray output;
    while (!dot.waitForFinished(50)) {
        output += dot.readAllStandardOutput(); // keep the pipe flowing
        if (cancel && cancel->load()) {
            dot.kill();
            dot.waitForFinished(1000);
            return makeError(tr("layout cancelled"), ErrorCode::Cancelled);
        }
        if (dot.state() == QProcess::NotRunning)
            break;
    }
    output += dot.readAllStandardOutput();
    if (dot.exitStatus() != QProcess::NormalExit || dot.exitCode() != 0)
        return makeError(tr("dot failed: %1").arg(QString::fromUtf8(dot.readAllStandardError()).trimmed()));

    GraphLayout layout;
    layout.engine = GraphLayout::Engine::Dot;
    layout.nodes.resize(graph.nodes.size());
    layout.edges.resize(graph.edges.size());
    layout.spline.assign(graph.edges.size(), true);
    layout.labels.resize(graph.edges.size());
    // Edges of the same pair of nodes are matched in order.
    std::map<std::pair<int, int>, std::deque<std::size_t>> pending;
    for (std::size_t i = 0; i < graph.edges.size(); ++i)
        pending[{graph.edges[i].from, graph.edges[i].to}].push_back(i);

    double height = 0;
    int nodesSeen = 0;
    for (const QByteArray &line : output.split('\n')) {
        const QList<QByteArray> f = line.simplified().split(' ');
        if (f.isEmpty())
            continue;
        if (f[0] == "graph" && f.size() >= 4) {
            height = f[3].toDouble() * kPointsPerInch;
            layout.bounds = QRectF(0, 0, f[2].toDouble() * kPointsPerInch, height);
        } else if (f[0] == "node" && f.size() >= 6) {
            const int i = f[1].mid(1).toInt();
            if (i < 0 || static_cast<std::size_t>(i) >= graph.nodes.size())
                continue;
            const double x = f[2].toDouble() * kPointsPerInch, y = height - f[3].toDouble() * kPointsPerInch;
            const double w = graph.nodes[static_cast<std::size_t>(i)].width, h = graph.nodes[static_cast<std::size_t>(i)].height;
            layout.nodes[static_cast<std::size_t>(i)] = QRectF(x - w / 2, y - h / 2, w, h);
            ++nodesSeen;
        } else if (f[0] == "edge" && f.size() >= 4) {
            const int from = f[1].mid(1).toInt(), to = f[2].mid(1).toInt();
            auto it = pending.find({from, to});
            if (it == pending.end() || it->second.empty())
                continue;
            const std::size_t index = it->second.front();
            it->second.pop_front();
            const int count = f[3].toInt();
            QPolygonF points;
            for (int k = 0; k < count && 5 + 2 * k < f.size(); ++k)
                points << QPointF(f[4 + 2 * k].toDouble() * kPointsPerInch, height - f[5 + 2 * k].toDouble() * kPointsPerInch);
            layout.edges[index] = points;
            // Then, for an edge with a label: the label's text, and its centre.
            const qsizetype at = 4 + 2 * static_cast<qsizetype>(count);
            const QSizeF size = paint::labelSize(graph.edges[index].label);
            if (!size.isEmpty() && at + 2 < f.size() && f[at].startsWith('"')) {
                const QPointF centre(f[at + 1].toDouble() * kPointsPerInch, height - f[at + 2].toDouble() * kPointsPerInch);
                layout.labels[index] = QRectF(centre - QPointF(size.width() / 2, size.height() / 2), size);
            }
        }
    }
    if (nodesSeen != static_cast<int>(graph.nodes.size()))
        return makeError(tr("dot returned %1 of %2 nodes").arg(nodesSeen).arg(graph.nodes.size()));
    repairLabels(graph, layout);
    return layout;
}

} // namespace ml
