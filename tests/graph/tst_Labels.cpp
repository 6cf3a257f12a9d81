// SPDX-License-Identifier: GPL-3.0-or-later
// Edge labels never hidden: on real models, laid out both ways by both engines and drawn,
// no label's text overlaps a node box or another label's text. Text is measured with the
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
#include <iostream>

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
            checkLayout(g, layeredLayout(g, layoutOptions), what + ", layered");
            if (!c.dot)
                continue;
            const Overlaps before = countOldPlacement(g, layoutOptions);
            auto dot = layoutWithDot(g, layoutOptions);
            ASSERT_TRUE(dot.ok()) << dot.errorMessage().toStdString();
            checkLayout(g, dot.value(), what + ", dot");
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
