// SPDX-License-Identifier: GPL-3.0-or-later
// Per-layer tables from real ONNX Runtime profiles: rows name nodes of the model, shares
// add up, fused kernels map back to what they replaced, subgraph nodes to their subgraph.
#include "EngineTestSupport.h"
#include "ModelNodeRef.h"
#include "OnnxModel.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <set>

using enginetest::quickSettings;
using enginetest::runJob;

namespace {

// Every node of the model at any depth, as "graph path|label".
std::set<QString> modelNodes(const QString &path, std::map<QString, QString> *ops = nullptr)
{
    std::set<QString> out;
    auto model = ml::OnnxModel::open(path);
    EXPECT_TRUE(model.ok());
    std::function<void(const onnx::GraphProto &, const QString &)> walk = [&](const onnx::GraphProto &g, const QString &p) {
        for (int i = 0; i < g.node_size(); ++i) {
            const ml::ModelNodeRef r{&g.node(i), p, i};
            out.insert(p + QStringLiteral("|") + r.label());
            if (ops)
                (*ops)[p + QStringLiteral("|") + r.label()] = r.opType();
            for (const auto &a : g.node(i).attribute())
                if (a.has_g())
                    walk(a.g(), ml::ModelNodeRef::subgraphPath(p, r.label(), a.name()));
        }
    };
    walk(model.value()->proto().graph(), QString());
    return out;
}

void checkTable(const ml::RunResult &r, const QString &modelPath)
{
    ASSERT_TRUE(r.layers.has_value());
    const ml::LayerReport &t = *r.layers;
    std::map<QString, QString> ops;
    const auto nodes = modelNodes(modelPath, &ops);
    double shares = 0, sum = 0;
    for (const auto &l : t.layers) {
        EXPECT_TRUE(l.mapped) << l.node.toStdString();
        const QString key = l.graph + QStringLiteral("|") + l.node;
        EXPECT_TRUE(nodes.count(key)) << key.toStdString() << " is not a node of the model";
        EXPECT_EQ(ops[key], l.opType) << key.toStdString();
        EXPECT_FALSE(l.kernels.isEmpty());
        EXPECT_GE(l.meanMs, 0);
        EXPECT_GE(l.medianMs, 0);
        shares += l.share;
        sum += l.meanMs;
    }
    EXPECT_NEAR(shares, 1.0, 1e-9);
    EXPECT_NEAR(t.layerSumMs, sum, 1e-9);
    EXPECT_GT(t.endToEndMs, 0);
    EXPECT_NEAR(t.gapMs(), t.endToEndMs - t.layerSumMs, 1e-12);
    // Profiling adds work between kernels; the layers cannot take longer than the runs.
    EXPECT_LE(t.layerSumMs, t.endToEndMs * 1.02);
    double byType = 0;
    for (const auto &o : t.opTypes)
        byType += o.share;
    EXPECT_NEAR(byType, 1.0, 1e-9);
}

} // namespace

TEST(PerLayer, ResnetAtBasicIsOneToOne)
{
    REQUIRE_SHARED_MODEL(model, "resnet18_dynbatch.onnx");
    auto s = quickSettings(model, 2);
    s.optimizationLevel = ml::OptimizationLevel::Basic;
    s.perLayer = true;
    const auto out = runJob(s);
    ASSERT_TRUE(out.result) << out.error.toStdString();
    checkTable(*out.result, model);
    const auto &t = *out.result->layers;
    EXPECT_EQ(t.layers.size(), 49u) << "every node its own kernel";
    EXPECT_TRUE(t.removedNodes.isEmpty());
    for (const auto &l : t.layers)
        EXPECT_TRUE(l.fusedNodes.isEmpty()) << l.node.toStdString();
    EXPECT_EQ(t.runs, 2) << "warm-ups and the first run are not counted";
    EXPECT_TRUE(out.stages.contains(QStringLiteral("profiling")));
}

TEST(PerLayer, ResnetAtAllCoversEveryConv)
{
    REQUIRE_SHARED_MODEL(model, "resnet18_dynbatch.onnx");
    auto s = quickSettings(model, 2);
    s.optimizationLevel = ml::OptimizationLevel::All;
    s.perLayer = true;
    QTemporaryDir dir;
    s.saveOptimizedPath = dir.filePath(QStringLiteral("resnet18.all.onnx"));
    const auto out = runJob(s);
    ASSERT_TRUE(out.result) << out.error.toStdString();
    checkTable(*out.result, model);
    EXPECT_EQ(out.result->optimizedModelPath, s.saveOptimizedPath);
    auto optimized = ml::OnnxModel::open(s.saveOptimizedPath);
    ASSERT_TRUE(optimized.ok()) << "the optimized graph was kept";
    bool nchwc = false;
    for (const auto &n : optimized.value()->proto().graph().node())
        nchwc = nchwc || n.domain() == "com.microsoft.nchwc";
    EXPECT_TRUE(nchwc) << "at all, ORT lays Convs out as NCHWc";

    std::map<QString, QString> ops;
    const auto nodes = modelNodes(model, &ops);
    std::set<QString> covered;
    for (const auto &l : out.result->layers->layers) {
        covered.insert(l.node);
        for (const auto &f : l.fusedNodes)
            covered.insert(f);
    }
    int convs = 0;
    for (const auto &[key, op] : ops)
        if (op == QStringLiteral("Conv")) {
            ++convs;
            EXPECT_TRUE(covered.count(key.section(QLatin1Char('|'), 1))) << key.toStdString();
        }
    EXPECT_EQ(convs, 20);
    EXPECT_TRUE(out.result->layers->removedNodes.isEmpty()) << "every node of resnet18 runs in some kernel";
    EXPECT_EQ(covered.size(), nodes.size());
}

TEST(PerLayer, LoopAndIfBodiesAreAttributedToTheirSubgraphs)
{
    struct Case {
        const char *file;
        int n;
        const char *expectGraph;
    };
    for (const Case &c : {Case{"scripted_loop.onnx", 3, "/Loop.body"}, Case{"scripted_if.onnx", 0, "/If.then_branch"},
                          Case{"scripted_nested_loop_if.onnx", 3, "/Loop_1.body / /If.else_branch / /Loop.body"}}) {
        SCOPED_TRACE(c.file);
        const QString model = enginetest::sharedModel(QLatin1String(c.file));
        if (model.isEmpty())
            GTEST_SKIP() << c.file << " is absent";
        auto s = quickSettings(model, 2);
        s.perLayer = true;
        s.optimizationLevel = ml::OptimizationLevel::Extended;
        if (c.n) {
            s.shapes[QStringLiteral("input0")] = {2, 16};
            s.sources[QStringLiteral("n")] = ml::InputSource::constant(c.n);
        }
        if (QLatin1String(c.file) == QLatin1String("scripted_nested_loop_if.onnx"))
            s.sources[QStringLiteral("input0")] = ml::InputSource::constant(-1); // takes the else branch
        const auto out = runJob(s);
        ASSERT_TRUE(out.result) << out.error.toStdString();
        checkTable(*out.result, model);
        bool found = false;
        for (const auto &l : out.result->layers->layers)
            found = found || l.graph == QLatin1String(c.expectGraph);
        EXPECT_TRUE(found) << "no row in " << c.expectGraph;
        if (c.n) {
            for (const auto &l : out.result->layers->layers)
                if (l.graph == QLatin1String(c.expectGraph))
                    EXPECT_GE(l.callsPerRun, c.n) << l.node.toStdString() << ": a body runs once per iteration";
        }
    }
}

TEST(PerLayer, SileroAndBertTablesAddUp)
{
    REQUIRE_SHARED_MODEL(silero, "silero_vad_v5.onnx");
    auto s = quickSettings(silero, 2);
    s.shapes[QStringLiteral("input")] = {1, 512};
    s.shapes[QStringLiteral("state")] = {2, 1, 128};
    s.sources[QStringLiteral("sr")] = ml::InputSource::constant(16000);
    s.perLayer = true;
    const auto v = runJob(s);
    ASSERT_TRUE(v.result) << v.error.toStdString();
    checkTable(*v.result, silero);

    REQUIRE_SHARED_MODEL(bert, "bert_like_encoder_2l_tied.onnx");
    auto b = quickSettings(bert, 2);
    b.shapes[QStringLiteral("input0")] = {1, 16, 768};
    b.perLayer = true;
    const auto out = runJob(b);
    ASSERT_TRUE(out.result) << out.error.toStdString();
    checkTable(*out.result, bert);
    bool fused = false;
    for (const auto &l : out.result->layers->layers)
        fused = fused || !l.fusedNodes.isEmpty();
    EXPECT_TRUE(fused) << "at all, BERT's MatMul/Transpose/Gelu fusions cover several nodes";
}
