// SPDX-License-Identifier: GPL-3.0-or-later
#include "DisplayGraph.h"
#include "GraphLayout.h"
#include "ModelFacts.h"
#include "OnnxModel.h"
#include "TestModels.h"

#include <QDir>

#include <gtest/gtest.h>

#include <set>

using namespace ml;

namespace {

std::shared_ptr<OnnxModel> openShared(const QString &name)
{
    auto model = OnnxModel::open(mltest::sharedModelsDir() + QLatin1Char('/') + name);
    return model.ok() ? model.value() : nullptr;
}

int count(const DisplayGraph &g, DisplayNode::Kind kind)
{
    int n = 0;
    for (const auto &node : g.nodes)
        n += node.kind == kind;
    return n;
}

} // namespace

TEST(DisplayGraph, FlatGraphHasOneBoxPerNodeAndAnEdgePerConnection)
{
    if (mltest::sharedModelsDir().isEmpty())
        GTEST_SKIP() << "../shared/models is absent";
    auto model = openShared(QStringLiteral("resnet18_dynbatch.onnx"));
    ASSERT_TRUE(model);
    const ModelFacts facts = analyzeModel(*model);
    const DisplayGraph g = buildDisplayGraph(*model, facts, {}, {});
    EXPECT_FALSE(g.grouped);
    EXPECT_EQ(count(g, DisplayNode::Kind::Operator), 49);
    EXPECT_EQ(count(g, DisplayNode::Kind::Input), 1);
    EXPECT_EQ(count(g, DisplayNode::Kind::Output), 1);
    // Every non-initializer input of every node is an edge, plus the graph output's.
    int expected = 0;
    for (const auto &n : model->proto().graph().node())
        for (const auto &in : n.input())
            expected += in.rfind("/", 0) == 0 || in == "input0";
    EXPECT_EQ(static_cast<int>(g.edges.size()), expected + 1);
    // Shapes from shape inference label the edges.
    bool labelled = false;
    for (const auto &e : g.edges)
        labelled |= e.tensor == QLatin1String("/conv1/Conv_output_0") && e.label == QStringLiteral("batch×64×112×112");
    EXPECT_TRUE(labelled);
    // Initializers are shown inline, with their shapes.
    for (const auto &n : g.nodes)
        if (n.kind == DisplayNode::Kind::Operator && model->node(n.node)->name() == "/conv1/Conv")
            EXPECT_TRUE(n.lines.contains(QStringLiteral("W ⟨64×3×7×7⟩"))) << n.lines.join(QLatin1Char('|')).toStdString();
}

TEST(DisplayGraph, SubgraphsCanBeEnteredAtAnyDepth)
{
    if (mltest::sharedModelsDir().isEmpty())
        GTEST_SKIP() << "../shared/models is absent";
    auto model = openShared(QStringLiteral("silero_vad_v5.onnx"));
    ASSERT_TRUE(model);
    const ModelFacts facts = analyzeModel(*model);
    // Walk down the first If branch at each level: depth 4 is reachable.
    GraphPath path;
    int deepest = 0;
    for (int depth = 0; depth < 6; ++depth) {
        const onnx::GraphProto *g = resolveGraph(*model, path);
        ASSERT_NE(g, nullptr);
        const DisplayGraph shown = buildDisplayGraph(*model, facts, path, {});
        EXPECT_EQ(count(shown, DisplayNode::Kind::Operator), g->node_size()) << "depth " << depth;
        deepest = depth;
        const onnx::NodeProto *branching = nullptr;
        for (const auto &n : g->node())
            for (const auto &a : n.attribute())
                if (!branching && a.has_g() && a.g().node_size() > 0) {
                    // Prefer a branch that itself branches further.
                    bool nested = false;
                    for (const auto &inner : a.g().node())
                        for (const auto &ia : inner.attribute())
                            nested |= ia.has_g();
                    if (nested || depth >= 3)
                        branching = &n;
                }
        if (!branching)
            break;
        for (const auto &a : branching->attribute())
            if (a.has_g()) {
                path.steps.append({model->idOf(*branching), QString::fromStdString(a.name()), -1});
                break;
            }
    }
    EXPECT_EQ(deepest, 4) << "Silero VAD v5 nests If four deep";
}

TEST(DisplayGraph, LargeGraphsOpenAsGroupsAndExpand)
{
    if (mltest::sharedModelsDir().isEmpty())
        GTEST_SKIP() << "../shared/models is absent";
    auto model = openShared(QStringLiteral("ssdlite320_mobilenet_v3_large.onnx"));
    ASSERT_TRUE(model);
    const ModelFacts facts = analyzeModel(*model);
    DisplayOptions options;
    const DisplayGraph overview = buildDisplayGraph(*model, facts, {}, options);
    ASSERT_TRUE(overview.grouped);
    EXPECT_LE(overview.nodes.size(), 160u);
    int members = 0;
    for (const auto &n : overview.nodes)
        members += n.kind == DisplayNode::Kind::Group ? n.members : n.kind == DisplayNode::Kind::Operator;
    EXPECT_EQ(members, 3421) << "every node is in a group or shown";
    // Expanding a group shows its members instead.
    const DisplayNode *group = nullptr;
    for (const auto &n : overview.nodes)
        if (n.kind == DisplayNode::Kind::Group && n.members > 3 && (!group || n.members < group->members))
            group = &n;
    ASSERT_NE(group, nullptr);
    options.expandedGroups = overview.expandedGroups;
    options.expandedGroups.insert(group->group);
    const DisplayGraph expanded = buildDisplayGraph(*model, facts, {}, options);
    EXPECT_GT(expanded.nodes.size(), overview.nodes.size());
    options.flat = true;
    const DisplayGraph flat = buildDisplayGraph(*model, facts, {}, options);
    EXPECT_EQ(count(flat, DisplayNode::Kind::Operator), 3421);
}

TEST(GraphLayout, DotAndLayeredPlaceEveryBox)
{
    if (mltest::sharedModelsDir().isEmpty())
        GTEST_SKIP() << "../shared/models is absent";
    auto model = openShared(QStringLiteral("synthetic_dag_1k.onnx"));
    ASSERT_TRUE(model);
    const ModelFacts facts = analyzeModel(*model);
    DisplayOptions options;
    options.flat = true;
    const DisplayGraph g = buildDisplayGraph(*model, facts, {}, options);
    auto check = [&g](const GraphLayout &layout) {
        ASSERT_EQ(layout.nodes.size(), g.nodes.size());
        ASSERT_EQ(layout.edges.size(), g.edges.size());
        for (std::size_t i = 0; i < g.nodes.size(); ++i)
            EXPECT_TRUE(layout.bounds.contains(layout.nodes[i].center()));
        for (const auto &e : layout.edges)
            EXPECT_GE(e.size(), 2);
        // No two boxes overlap.
        std::vector<QRectF> boxes = layout.nodes;
        std::sort(boxes.begin(), boxes.end(), [](const QRectF &a, const QRectF &b) { return a.top() < b.top(); });
        int overlaps = 0;
        for (std::size_t i = 0; i < boxes.size(); ++i)
            for (std::size_t j = i + 1; j < boxes.size() && boxes[j].top() < boxes[i].bottom(); ++j)
                overlaps += boxes[i].adjusted(1, 1, -1, -1).intersects(boxes[j]);
        EXPECT_EQ(overlaps, 0);
    };
    check(layeredLayout(g, {}));
    auto dot = layoutWithDot(g, {});
    ASSERT_TRUE(dot.ok()) << dot.errorMessage().toStdString();
    check(dot.value());
}

TEST(GraphLayout, DotCanBeCancelledAtOnce)
{
    // A graph dot needs many seconds for: a long chain with skip connections.
    DisplayGraph g;
    for (int i = 0; i < 3000; ++i) {
        DisplayNode n;
        n.width = 80;
        n.height = 30;
        g.nodes.push_back(n);
        if (i > 0)
            g.edges.push_back({i - 1, i, {}, {}, {}});
        if (i > 7)
            g.edges.push_back({i - 7 - (i % 5), i, {}, {}, {}});
    }
    std::atomic_bool cancel{true};
    const auto start = std::chrono::steady_clock::now();
    auto result = layoutWithDot(g, {}, &cancel);
    const auto took = std::chrono::steady_clock::now() - start;
    EXPECT_FALSE(result.ok());
    EXPECT_LT(std::chrono::duration_cast<std::chrono::milliseconds>(took).count(), 2000);
}
