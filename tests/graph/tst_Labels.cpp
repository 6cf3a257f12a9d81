// SPDX-License-Identifier: GPL-3.0-or-later
// Edge labels never hidden: on real models, laid out both ways by both engines and drawn,
// no label's text overlaps a node box or another label's text; and the layered layout's
// edge crossings within reason of dot's. Text is measured with the
// font the painter draws it in (QFontMetricsF of paint::labelFont), not estimated.
#include "DisplayGraph.h"
#include "GraphLayout.h"
#include "GraphPainter.h"
#include "ModelFacts.h"
#include "OnnxModel.h"
#include "TestModels.h"

#include <QFontMetricsF>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <iostream>
#include <map>
#include <set>

using namespace ml;

namespace {

void ensureGuiApp()
{
    // Fonts need a QGuiApplication (offscreen: CMake sets QT_QPA_PLATFORM for the tests).
    static int argc = 1;
    static char name[] = "graph_tests";
    static char *argv[] = {name, nullptr};
    if (!QCoreApplication::instance())
        new QGuiApplication(argc, argv);
}

std::shared_ptr<OnnxModel> openShared(const QString &name)
{
    auto model = OnnxModel::open(mltest::sharedModelsDir() + QLatin1Char('/') + name);
    return model.ok() ? model.value() : nullptr;
}

// The rect the label's glyphs cover as GraphPainter draws them (centred in its layout rect).
QRectF textRect(const QString &label, const QRectF &rect)
{
    const QFontMetricsF metrics(paint::labelFont());
    const QSizeF size(metrics.horizontalAdvance(label), metrics.height());
    return QRectF(rect.center() - QPointF(size.width() / 2, size.height() / 2), size);
}

struct Overlaps {
    int withBoxes = 0;
    int withLabels = 0;
    int labels = 0;
    QString first;
};

Overlaps countOverlaps(const DisplayGraph &g, const std::vector<QRectF> &boxes, const std::vector<QRectF> &labelRects)
{
    Overlaps o;
    std::vector<std::pair<QRectF, std::size_t>> texts;
    for (std::size_t i = 0; i < g.edges.size(); ++i)
        if (!g.edges[i].label.isEmpty())
            texts.emplace_back(textRect(g.edges[i].label, labelRects[i]), i);
    o.labels = static_cast<int>(texts.size());
    for (const auto &[t, i] : texts)
        for (std::size_t b = 0; b < boxes.size(); ++b)
            if (boxes[b].intersects(t)) {
                if (o.first.isEmpty())
                    o.first = QStringLiteral("label \"%1\" on box %2 (%3)").arg(g.edges[i].label).arg(b).arg(g.nodes[b].title);
                ++o.withBoxes;
            }
    std::sort(texts.begin(), texts.end(), [](const auto &a, const auto &b) { return a.first.top() < b.first.top(); });
    for (std::size_t a = 0; a < texts.size(); ++a)
        for (std::size_t b = a + 1; b < texts.size() && texts[b].first.top() < texts[a].first.bottom(); ++b)
            if (texts[a].first.intersects(texts[b].first)) {
                if (o.first.isEmpty())
                    o.first = QStringLiteral("labels \"%1\" and \"%2\"")
                                      .arg(g.edges[texts[a].second].label, g.edges[texts[b].second].label);
                ++o.withLabels;
            }
    return o;
}

// Where the painter before labels took part in the layout put them: right of the middle of
// a path laid out without them. Printed beside each result, to show what the check finds.
Overlaps countOldPlacement(const DisplayGraph &g, const LayoutOptions &options)
{
    DisplayGraph bare = g;
    for (auto &e : bare.edges)
        e.label.clear();
    auto layout = layoutWithDot(bare, options);
    if (!layout)
        return {};
    std::vector<QRectF> rects(g.edges.size());
    for (std::size_t i = 0; i < g.edges.size(); ++i) {
        if (layout->edges[i].size() < 2)
            continue;
        const QPointF mid = paint::edgePath(layout->edges[i], layout->spline[i]).pointAtPercent(0.5);
        const QFontMetricsF metrics(paint::labelFont());
        const double w = metrics.horizontalAdvance(g.edges[i].label);
        rects[i] = QRectF(mid.x() + 3, mid.y() - metrics.height() / 2, w, metrics.height());
    }
    return countOverlaps(g, layout->nodes, rects);
}

void checkLayout(const DisplayGraph &g, const GraphLayout &layout, const std::string &what)
{
    ASSERT_EQ(layout.labels.size(), g.edges.size()) << what;
    for (std::size_t i = 0; i < g.edges.size(); ++i) {
        if (g.edges[i].label.isEmpty())
            continue;
        // The reserved room holds the text as drawn.
        const QRectF text = textRect(g.edges[i].label, layout.labels[i]);
        EXPECT_TRUE(layout.labels[i].adjusted(-0.01, -0.01, 0.01, 0.01).contains(text))
                << what << ": label " << g.edges[i].label.toStdString() << " does not fit its rect";
        EXPECT_TRUE(layout.bounds.contains(layout.labels[i])) << what << ": label outside the bounds";
    }
    const Overlaps o = countOverlaps(g, layout.nodes, layout.labels);
    EXPECT_GT(o.labels, 0) << what;
    EXPECT_EQ(o.withBoxes, 0) << what << ": " << o.first.toStdString();
    EXPECT_EQ(o.withLabels, 0) << what << ": " << o.first.toStdString();

    // Drawn as the canvas and PNG export draw it, the text lands in its rect: ink there
    // with the label shown, more than with it hidden (the edge's own line may pass by).
    int drawn = 0;
    for (std::size_t i = 0; i < g.edges.size() && drawn < 12; ++i) {
        if (g.edges[i].label.isEmpty())
            continue;
        ++drawn;
        const QRectF text = textRect(g.edges[i].label, layout.labels[i]);
        auto ink = [&](bool showLabel) {
            QImage image(text.size().toSize(), QImage::Format_RGB32);
            image.fill(Qt::white);
            QPainter painter(&image);
            painter.translate(-text.topLeft());
            paint::edge(painter, g.edges[i], layout.edges[i], layout.spline[i], layout.labels[i], 1.0, false, showLabel);
            painter.end();
            int dark = 0;
            for (int y = 0; y < image.height(); ++y)
                for (int x = 0; x < image.width(); ++x)
                    dark += qGray(image.pixel(x, y)) < 128;
            return dark;
        };
        EXPECT_GT(ink(true), ink(false) + 3) << what << ": label " << g.edges[i].label.toStdString() << " not drawn in its rect";
    }
}

// Pairs of edges whose drawn lines cross (curves flattened as the painter's path is),
// touching at an end not counted: bench/bench_render.py's measure, in C++.
int countCrossings(const GraphLayout &layout)
{
    struct Segment {
        std::size_t edge;
        QPointF a, b;
    };
    std::vector<Segment> segments;
    std::map<std::pair<int, int>, std::vector<std::size_t>> grid;
    constexpr double cell = 80;
    for (std::size_t e = 0; e < layout.edges.size(); ++e) {
        if (layout.edges[e].size() < 2)
            continue;
        const QPainterPath path = paint::edgePath(layout.edges[e], layout.spline[e]);
        for (const QPolygonF &line : path.toSubpathPolygons())
            for (qsizetype i = 0; i + 1 < line.size(); ++i) {
                const QPointF a = line[i], b = line[i + 1];
                for (int x = int(std::floor(std::min(a.x(), b.x()) / cell)); x <= int(std::floor(std::max(a.x(), b.x()) / cell)); ++x)
                    for (int y = int(std::floor(std::min(a.y(), b.y()) / cell)); y <= int(std::floor(std::max(a.y(), b.y()) / cell)); ++y)
                        grid[{x, y}].push_back(segments.size());
                segments.push_back({e, a, b});
            }
    }
    auto orient = [](QPointF p, QPointF q, QPointF r) { return (q.x() - p.x()) * (r.y() - p.y()) - (q.y() - p.y()) * (r.x() - p.x()); };
    std::set<std::pair<std::size_t, std::size_t>> pairs;
    for (const auto &[where, members] : grid)
        for (std::size_t i = 0; i < members.size(); ++i)
            for (std::size_t j = i + 1; j < members.size(); ++j) {
                const Segment &s = segments[members[i]], &t = segments[members[j]];
                if (s.edge == t.edge)
                    continue;
                if (orient(s.a, s.b, t.a) * orient(s.a, s.b, t.b) < 0 && orient(t.a, t.b, s.a) * orient(t.a, t.b, s.b) < 0)
                    pairs.emplace(std::min(s.edge, t.edge), std::max(s.edge, t.edge));
            }
    return static_cast<int>(pairs.size());
}

struct Case {
    const char *file;
    bool dot; // dot lays it out in reasonable time here (the layered layout is checked always)
};

void checkModel(const Case &c)
{
    ensureGuiApp();
    if (mltest::sharedModelsDir().isEmpty())
        GTEST_SKIP() << "../shared/models is absent";
    auto model = openShared(QString::fromLatin1(c.file));
    ASSERT_TRUE(model);
    const ModelFacts facts = analyzeModel(*model);
    // The main graph and, for models made of If branches (Silero), the first branches.
    std::vector<GraphPath> paths{GraphPath{}};
    for (const auto &n : model->proto().graph().node())
        for (const auto &a : n.attribute())
            if (a.has_g() && a.g().node_size() > 3) {
                GraphPath p;
                p.steps.append({model->idOf(n), QString::fromStdString(a.name()), -1});
                paths.push_back(p);
            }
    for (const bool horizontal : {false, true}) {
        for (const GraphPath &path : paths) {
            DisplayOptions options;
            options.flat = true;
            options.horizontal = horizontal;
            const DisplayGraph g = buildDisplayGraph(*model, facts, path, options);
            LayoutOptions layoutOptions;
            layoutOptions.horizontal = horizontal;
            const std::string what = std::string(c.file) + (horizontal ? " left to right" : " top to bottom")
                    + (path.isMain() ? "" : " " + path.steps.first().attribute.toStdString());
            const GraphLayout layered = layeredLayout(g, layoutOptions);
            checkLayout(g, layered, what + ", layered");
            if (!c.dot)
                continue;
            const Overlaps before = countOldPlacement(g, layoutOptions);
            auto dot = layoutWithDot(g, layoutOptions);
            ASSERT_TRUE(dot.ok()) << dot.errorMessage().toStdString();
            checkLayout(g, dot.value(), what + ", dot");
            // Where the layered layout is the final one (large graphs), its crossings stay
            // within reason of dot's: at most half as many again, plus a few. (Barycentre
            // sweeps alone gave 3-40x dot's on the BERT-like encoder and the 1k graph.)
            const int dotCrossings = countCrossings(dot.value()), layeredCrossings = countCrossings(layered);
            std::cout << what << ": " << dotCrossings << " crossings with dot, " << layeredCrossings << " layered\n";
            EXPECT_LE(layeredCrossings, dotCrossings * 3 / 2 + 8) << what << ": " << dotCrossings << " crossings with dot";
            std::cout << what << ": " << before.labels << " labels; placed after a layout without them, " << before.withBoxes
                      << " would overlap a box and " << before.withLabels << " another label\n";
        }
    }
}

} // namespace

TEST(EdgeLabels, ClearOfBoxesInResnet18) { checkModel({"resnet18_dynbatch.onnx", true}); }
TEST(EdgeLabels, ClearOfBoxesInMobilenet) { checkModel({"mobilenet_v3_small.onnx", true}); }
TEST(EdgeLabels, ClearOfBoxesInBertLikeEncoder) { checkModel({"bert_like_encoder_2l_tied.onnx", true}); }
TEST(EdgeLabels, ClearOfBoxesInSileroV5) { checkModel({"silero_vad_v5.onnx", true}); }
TEST(EdgeLabels, ClearOfBoxesInGraphOf1kNodes) { checkModel({"synthetic_dag_1k.onnx", true}); }
TEST(EdgeLabels, ClearOfBoxesInLstmGru) { checkModel({"lstm_gru_seq.onnx", true}); }
TEST(EdgeLabels, ClearOfBoxesInPaddleOcrDetector) { checkModel({"ch_PP-OCRv4_det_infer.onnx", true}); }

// A label the engines could not keep clear (a self-loop has no room reserved) is moved.
TEST(EdgeLabels, RepairMovesALabelOffABox)
{
    ensureGuiApp();
    DisplayGraph g;
    for (int i = 0; i < 2; ++i) {
        DisplayNode n;
        n.width = 100;
        n.height = 40;
        g.nodes.push_back(n);
    }
    g.edges.push_back({0, 1, QStringLiteral("t"), QStringLiteral("1×64×56×56"), {}});
    GraphLayout layout;
    layout.nodes = {QRectF(0, 0, 100, 40), QRectF(0, 60, 100, 40)};
    layout.edges = {QPolygonF{QPointF(50, 40), QPointF(50, 60)}};
    layout.spline = {false};
    layout.labels = {QRectF(20, 10, 60, 12)}; // on the first box
    layout.bounds = QRectF(0, 0, 100, 100);
    repairLabels(g, layout);
    const Overlaps o = countOverlaps(g, layout.nodes, layout.labels);
    EXPECT_EQ(o.withBoxes, 0) << o.first.toStdString();
    EXPECT_TRUE(layout.bounds.contains(layout.labels[0]));
}

// Too large for dot in time: the layered layout is its final layout, held to the same check.
TEST(EdgeLabels, ClearOfBoxesInSsdliteFlat) { checkModel({"ssdlite320_mobilenet_v3_large.onnx", false}); }

// Every line of every box fits its box as the painter draws it (a line wider than the box
// is cut with "…"): box widths were estimated from an average glyph, and a Transpose's
// "perm = 0×2×1×3" lost its end.
TEST(NodeBoxes, EveryLineFitsItsBoxAsDrawn)
{
    ensureGuiApp();
    if (mltest::sharedModelsDir().isEmpty())
        GTEST_SKIP() << "../shared/models is absent";
    for (const char *file : {"lstm_gru_seq.onnx", "resnet18_dynbatch.onnx", "bert_like_encoder_2l_tied.onnx"}) {
        auto model = openShared(QString::fromLatin1(file));
        ASSERT_TRUE(model) << file;
        DisplayOptions options;
        options.flat = true;
        const DisplayGraph g = buildDisplayGraph(*model, analyzeModel(*model), GraphPath{}, options);
        int lines = 0;
        for (const auto &n : g.nodes) {
            if (n.width >= 300) // the widest box; longer lines are elided on purpose
                continue;
            EXPECT_LE(paint::boxTextWidth(n.title, true), n.width - 12) << file << ": " << n.title.toStdString();
            for (const QString &line : n.lines) {
                ++lines;
                EXPECT_LE(paint::boxTextWidth(line, false), n.width - 12)
                        << file << ": " << n.title.toStdString() << " line " << line.toStdString();
            }
        }
        EXPECT_GT(lines, 20) << file;
    }
}

// Level of detail: far out (Zoom to Fit on thousands of boxes) a box is one block of its
// header's colour, without its white body, border or text (31 ms a frame at fit for 5,000
// boxes drawn in full, 11 ms as blocks: docs/BENCHMARKS.md).
TEST(NodeBoxes, FarOutABoxIsABlockOfItsHeaderColour)
{
    ensureGuiApp();
    DisplayNode n;
    n.kind = DisplayNode::Kind::Operator;
    n.title = QStringLiteral("Conv");
    n.category = OpCategory::Layer;
    n.lines = {QStringLiteral("strides = 2×2")};
    n.width = 100;
    n.height = 60;
    auto draw = [&](double scale) {
        QImage image(100, 60, QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        paint::node(painter, n, QRectF(0, 0, 100, 60), scale);
        painter.end();
        return image;
    };
    const QImage full = draw(1.0), far = draw(0.05);
    const QRgb header = full.pixel(50, 4), body = full.pixel(90, 50);
    ASSERT_NE(header, body);
    EXPECT_EQ(far.pixel(90, 50), header);
    EXPECT_EQ(far.pixel(50, 4), header);
}
