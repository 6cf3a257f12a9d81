// SPDX-License-Identifier: GPL-3.0-or-later
#include "DisplayGraph.h"
#include "GraphLayout.h"
#include "ModelFacts.h"
#include "OnnxModel.h"
#include "TestModels.h"

#include <QDir>
#include <QRegularExpression>

#include <gtest/gtest.h>

#include <iostream>
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

namespace {

// "+N more" at the end of a box, or 0.
int moreCount(const DisplayNode &box)
{
    if (box.lines.isEmpty() || !box.lines.last().startsWith(u'+') || !box.lines.last().endsWith(QLatin1String(" more")))
        return 0;
    return box.lines.last().mid(1).section(u' ', 0, 0).toInt();
}

} // namespace

// Every attribute of every node of the real models is in its box or counted in its "+N more"
// (nothing dropped silently), and what is shown is in the order strides, kernel_shape, pads,
// dilations, group, then the rest.
TEST(DisplayGraph, EveryAttributeIsInItsBoxOrCountedInMore)
{
    if (mltest::sharedModelsDir().isEmpty())
        GTEST_SKIP() << "../shared/models is absent";
    int boxes = 0, summarised = 0;
    for (const char *name :
         {"resnet18_dynbatch.onnx", "mobilenet_v3_small.onnx", "bert_like_encoder_2l_tied.onnx", "silero_vad_v5.onnx",
          "synthetic_dag_1k.onnx", "lstm_gru_seq.onnx", "ssdlite320_mobilenet_v3_large.onnx", "ch_PP-OCRv4_det_infer.onnx"}) {
        SCOPED_TRACE(name);
        auto model = openShared(QString::fromLatin1(name));
        ASSERT_TRUE(model);
        const ModelFacts facts = analyzeModel(*model);
        DisplayOptions options;
        options.flat = true;
        const DisplayGraph g = buildDisplayGraph(*model, facts, {}, options);
        std::set<std::string> initializers;
        for (const auto &t : model->proto().graph().initializer())
            initializers.insert(t.name());
        for (const DisplayNode &box : g.nodes) {
            if (box.kind != DisplayNode::Kind::Operator)
                continue;
            const onnx::NodeProto *node = model->node(box.node);
            ASSERT_TRUE(node);
            ++boxes;
            QStringList attributes; // as the box should order them
            for (const auto &a : node->attribute())
                if (!a.has_g() && !a.graphs_size())
                    attributes << QString::fromStdString(a.name());
            int inits = 0;
            for (const auto &in : node->input())
                inits += initializers.count(in) > 0;
            const int more = moreCount(box);
            summarised += more > 0;
            const qsizetype shown = box.lines.size() - (more > 0 ? 1 : 0);
            EXPECT_EQ(shown + more, attributes.size() + inits) << node->name() << ": " << box.lines.join(u'|').toStdString();
            int missing = 0;
            for (const QString &a : std::as_const(attributes)) {
                bool found = false;
                for (qsizetype k = 0; k < shown; ++k)
                    found |= box.lines[k].startsWith(a + QStringLiteral(" = "));
                missing += !found;
            }
            // The order of the attribute lines (the model's order after the first five).
            const QStringList first = {QStringLiteral("strides"), QStringLiteral("kernel_shape"), QStringLiteral("pads"),
                                       QStringLiteral("dilations"), QStringLiteral("group")};
            qsizetype previous = 0;
            for (qsizetype k = 0; k < shown; ++k) {
                const qsizetype rank = first.indexOf(box.lines[k].section(QStringLiteral(" = "), 0, 0));
                const qsizetype r = rank < 0 ? first.size() : rank;
                EXPECT_GE(r, previous) << node->name() << ": " << box.lines.join(u'|').toStdString();
                previous = r;
            }
            EXPECT_LE(missing, more) << node->name() << ": " << box.lines.join(u'|').toStdString();
        }
    }
    EXPECT_GT(boxes, 2000);
    std::cout << boxes << " boxes checked, " << summarised << " with \"+N more\"\n";
}

// A downsampling Conv's box starts with its strides; a Constant shows its value.
TEST(DisplayGraph, StridesComeFirstAndSmallTensorsShowTheirValues)
{
    if (mltest::sharedModelsDir().isEmpty())
        GTEST_SKIP() << "../shared/models is absent";
    auto resnet = openShared(QStringLiteral("resnet18_dynbatch.onnx"));
    ASSERT_TRUE(resnet);
    const DisplayGraph g = buildDisplayGraph(*resnet, analyzeModel(*resnet), {}, {});
    int strided = 0;
    for (const DisplayNode &box : g.nodes)
        if (box.title == u"Conv" && box.lines.value(0) == QStringLiteral("strides = 2×2")) {
            ++strided;
            EXPECT_TRUE(box.lines.value(1).startsWith(QLatin1String("kernel_shape = "))) << box.lines.join(u'|').toStdString();
        }
    EXPECT_EQ(strided, 7); // conv1, and the first Conv and the downsample Conv of layers 2, 3 and 4

    auto bert = openShared(QStringLiteral("bert_like_encoder_2l_tied.onnx"));
    ASSERT_TRUE(bert);
    DisplayOptions flat;
    flat.flat = true;
    const DisplayGraph b = buildDisplayGraph(*bert, analyzeModel(*bert), {}, flat);
    int constants = 0, withValue = 0;
    const QRegularExpression value(QStringLiteral(R"(^value = (-?[0-9.e+-]+|-?inf|nan|\[.*\])$)"));
    for (const DisplayNode &box : b.nodes)
        if (box.title == u"Constant") {
            ++constants;
            ASSERT_FALSE(box.lines.isEmpty());
            const bool matched = value.match(box.lines.front()).hasMatch();
            withValue += matched;
            if (!matched)
                std::cout << "no value: " << box.lines.front().toStdString() << '\n';
            EXPECT_FALSE(box.lines.front().contains(u'⟨')) << box.lines.front().toStdString();
        }
    EXPECT_EQ(constants, 96);
    EXPECT_EQ(withValue, constants);
}

// Every edge says what is known of its tensor: its shape, its element type, or its name with
// the middle elided ("…"), never a name cut from the left without a sign.
TEST(DisplayGraph, EveryEdgeHasALabelAndNamesAreElidedInTheMiddle)
{
    if (mltest::sharedModelsDir().isEmpty())
        GTEST_SKIP() << "../shared/models is absent";
    int named = 0;
    for (const char *name : {"silero_vad_v5.onnx", "lstm_gru_seq.onnx", "scripted_loop.onnx",
                             "ssdlite320_mobilenet_v3_large.onnx", "bert_like_encoder_2l_tied.onnx"}) {
        SCOPED_TRACE(name);
        auto model = openShared(QString::fromLatin1(name));
        ASSERT_TRUE(model);
        const DisplayGraph g = buildDisplayGraph(*model, analyzeModel(*model), {}, {}); // grouped where large
        for (const DisplayEdge &e : g.edges) {
            EXPECT_FALSE(e.label.isEmpty()) << e.tensor.toStdString();
            if (e.label.contains(u'…')) {
                ++named;
                EXPECT_EQ(e.label.size(), 28);
                EXPECT_TRUE(e.tensor.startsWith(e.label.section(u'…', 0, 0))) << e.label.toStdString();
                EXPECT_TRUE(e.tensor.endsWith(e.label.section(u'…', 1))) << e.label.toStdString();
            }
        }
    }
    std::cout << named << " labels with an elided name\n";
}
