// SPDX-License-Identifier: GPL-3.0-or-later
#include "GraphHeat.h"

#include "DisplayGraph.h"
#include "GraphLayout.h"
#include "ModelFacts.h"
#include "OnnxModel.h"
#include "ReportEscape.h"
#include "SvgChart.h"

#include <QColor>
#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <onnx/onnx_pb.h>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace ml {
namespace {

QString tr(const char *text) { return QCoreApplication::translate("Report", text); }
QString n1(double v) { return QString::number(v, 'f', 1); }

// White to red by the share of the largest value (square root, so that small layers show).
QString heatColor(double v, double maxAbs, bool signedHeat)
{
    if (!(maxAbs > 0) || !std::isfinite(v) || v == 0)
        return u"#ffffff"_s;
    const double t = std::sqrt(std::min(1.0, std::abs(v) / maxAbs));
    const int fade = int(std::lround(255 * (1 - t * 0.85)));
    if (signedHeat && v < 0)
        return QColor::fromRgb(fade, fade, 255).name(); // faster: blue
    return QColor::fromRgb(255, fade, fade).name();     // time, or slower: red
}

} // namespace

Result<GraphHeatPicture> graphHeatPicture(const onnx::ModelProto &graph, const std::map<QString, double> &heat,
                                          const GraphHeatOptions &options)
{
    // Opened as the view opens models (node ids, the mapped file); the copy has no weights.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"graph.onnx"_s);
    {
        QFile file(path);
        const std::string bytes = graph.SerializeAsString();
        if (!dir.isValid() || !file.open(QIODevice::WriteOnly)
            || file.write(bytes.data(), qint64(bytes.size())) != qint64(bytes.size()))
            return makeError(tr("cannot write a temporary copy of the graph: %1").arg(file.errorString()), ErrorCode::Io);
    }
    auto opened = OnnxModel::open(path);
    if (!opened)
        return opened.error();
    const OnnxModel &model = *opened.value();
    // No checker or shape inference: the picture needs the structure only (and a 100,000-node
    // model would spend seconds on them); edges go without shape labels.
    const ModelFacts facts;
    DisplayOptions display;
    display.showAttributes = false;
    display.showInitializers = false;
    const DisplayGraph shown = buildDisplayGraph(model, facts, {}, display);

    GraphHeatPicture out;
    out.boxes = int(shown.nodes.size());
    out.operators = shown.operatorCount;
    out.summarised = shown.grouped;

    // Heat per box: a collapsed group sums its members.
    std::vector<double> boxHeat(shown.nodes.size(), 0.0);
    const auto &g = model.proto().graph();
    for (int i = 0; i < g.node_size(); ++i) {
        const auto it = heat.find(QString::fromStdString(g.node(i).name()));
        if (it == heat.end())
            continue;
        const int box = shown.boxOfNode.value(model.idOf(g.node(i)), -1);
        if (box >= 0)
            boxHeat[std::size_t(box)] += it->second;
    }
    double maxAbs = 0;
    for (double v : boxHeat)
        maxAbs = std::max(maxAbs, std::abs(v));

    LayoutOptions layoutOptions;
    GraphLayout layout;
    if (usesDot(shown, layoutOptions)) {
        auto laid = layoutGraph(shown, layoutOptions);
        layout = laid ? std::move(laid.value()) : layeredLayout(shown, layoutOptions); // no dot: our own
    } else {
        layout = layeredLayout(shown, layoutOptions);
    }

    int groups = 0;
    for (const DisplayNode &n : shown.nodes)
        groups += n.kind == DisplayNode::Kind::Group;
    if (shown.grouped)
        out.note = u"The graph has %1 operator nodes, too many to draw one by one: the picture shows %2 boxes, %3 of them "
                   "name-scope groups (or blocks of consecutive nodes) whose colour is the summed %4 of their members."_s
                           .arg(shown.operatorCount)
                           .arg(out.boxes)
                           .arg(groups)
                           .arg(options.signedHeat ? u"change"_s : u"time"_s);
    else
        out.note = u"All %1 operator nodes of the main graph; the colour is each layer's %2."_s.arg(shown.operatorCount)
                           .arg(options.signedHeat ? u"change against the baseline (red slower, blue faster)"_s : u"time"_s);

    const QRectF r = layout.bounds.adjusted(-10, -10, 10, 10);
    QString s;
    s.reserve(int(shown.nodes.size()) * 320 + int(shown.edges.size()) * 80);
    s += u"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"graph\" width=\"%1\" height=\"%2\" viewBox=\"%3 %4 %1 %2\" "
         "font-family=\"sans-serif\" font-size=\"10\"><defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"9\" "
         "refY=\"5\" markerWidth=\"6\" markerHeight=\"6\" orient=\"auto\"><path d=\"M0,0 L10,5 L0,10 z\" "
         "fill=\"#777\"/></marker></defs>"_s.arg(n1(r.width()), n1(r.height()), n1(r.x()), n1(r.y()));
    for (std::size_t i = 0; i < shown.edges.size() && i < layout.edges.size(); ++i) {
        const QPolygonF &p = layout.edges[i];
        if (p.size() < 2)
            continue;
        QString d = u"M"_s + n1(p[0].x()) + u',' + n1(p[0].y());
        const bool spline = i < layout.spline.size() && layout.spline[i] && p.size() >= 4;
        if (spline) {
            for (qsizetype k = 1; k + 2 < p.size(); k += 3)
                d += u" C%1,%2 %3,%4 %5,%6"_s.arg(n1(p[k].x()), n1(p[k].y()), n1(p[k + 1].x()), n1(p[k + 1].y()),
                                                  n1(p[k + 2].x()), n1(p[k + 2].y()));
        } else {
            for (qsizetype k = 1; k < p.size(); ++k)
                d += u" L"_s + n1(p[k].x()) + u',' + n1(p[k].y());
        }
        s += u"<path d=\""_s + d + u"\" fill=\"none\" stroke=\"#777\" marker-end=\"url(#arrow)\"/>"_s;
    }
    for (std::size_t i = 0; i < shown.nodes.size() && i < layout.nodes.size(); ++i) {
        const DisplayNode &n = shown.nodes[i];
        const QRectF b = layout.nodes[i];
        const bool terminal = n.kind == DisplayNode::Kind::Input || n.kind == DisplayNode::Kind::Output;
        const QString name = n.kind == DisplayNode::Kind::Group               ? n.group
                : n.kind == DisplayNode::Kind::Operator && model.node(n.node) ? QString::fromStdString(model.node(n.node)->name())
                                                                              : n.title;
        const double v = boxHeat[i];
        QString tip = name + u" (" + n.title + u')';
        if (v != 0)
            tip += u": "_s + (options.signedHeat && v > 0 ? u"+"_s : QString()) + SvgChart::number(v) + u' ' + options.unit;
        s += u"<g class=\"node\"><title>"_s + escape::html(tip) + u"</title>"_s;
        s += u"<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" rx=\"%5\" fill=\"%6\" stroke=\"%7\"/>"_s.arg(
                n1(b.x()), n1(b.y()), n1(b.width()), n1(b.height()), terminal ? n1(b.height() / 2) : u"4"_s,
                terminal ? u"#eeeeee"_s : heatColor(v, maxAbs, options.signedHeat),
                n.kind == DisplayNode::Kind::Group ? u"#505a6a"_s : u"#333"_s);
        const QString title = n.kind == DisplayNode::Kind::Group ? u"\u25b8 "_s + n.title : n.title;
        s += u"<text x=\"%1\" y=\"%2\" text-anchor=\"middle\" font-weight=\"bold\">%3</text>"_s.arg(
                n1(b.center().x()), n1(b.top() + 14), escape::html(title.left(40)));
        QString second = v != 0 ? SvgChart::number(v) + u' ' + options.unit : n.subtitle;
        if (n.kind == DisplayNode::Kind::Group)
            second = u"%1 nodes"_s.arg(n.members) + (v != 0 ? u", "_s + SvgChart::number(v) + u' ' + options.unit : QString());
        if (!second.isEmpty() && b.height() >= 30)
            s += u"<text x=\"%1\" y=\"%2\" text-anchor=\"middle\" fill=\"#333\">%3</text>"_s.arg(
                    n1(b.center().x()), n1(b.top() + 28), escape::html(second.left(48)));
        s += u"</g>"_s;
    }
    s += u"</svg>"_s;
    out.svg = std::move(s);
    return out;
}

} // namespace ml
