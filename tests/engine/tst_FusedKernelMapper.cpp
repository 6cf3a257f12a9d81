// SPDX-License-Identifier: GPL-3.0-or-later
// The mapper on small graphs shaped like what ONNX Runtime writes at each level (the real
// thing is checked on the shared models in tst_PerLayer).
#include "EngineTestSupport.h"
#include "FusedKernelMapper.h"
#include "OrtLayerAttribution.h"

#include <gtest/gtest.h>

#include <initializer_list>

namespace {

onnx::NodeProto *node(onnx::GraphProto &g, const char *name, const char *op, std::initializer_list<const char *> in,
                      std::initializer_list<const char *> out, const char *domain = "")
{
    auto *n = g.add_node();
    n->set_name(name);
    n->set_op_type(op);
    n->set_domain(domain);
    for (const char *i : in)
        n->add_input(i);
    for (const char *o : out)
        n->add_output(o);
    return n;
}

void attribute(onnx::NodeProto *n, const char *name, const char *value)
{
    auto *a = n->add_attribute();
    a->set_name(name);
    a->set_type(onnx::AttributeProto::STRING);
    a->set_s(value);
}

// x -> conv1 -> relu1 -> conv2 -> add(+relu1 out) -> relu2 -> y, plus a Shape->Unsqueeze chain
// folded away and an Identity removed.
onnx::GraphProto original()
{
    onnx::GraphProto g;
    g.add_input()->set_name("x");
    for (const char *w : {"w1", "w2", "b1", "axes"})
        g.add_initializer()->set_name(w);
    node(g, "conv1", "Conv", {"x", "w1", "b1"}, {"c1"});
    node(g, "relu1", "Relu", {"c1"}, {"r1"});
    node(g, "conv2", "Conv", {"r1", "w2"}, {"c2"});
    node(g, "add", "Add", {"c2", "r1"}, {"a"});
    node(g, "relu2", "Relu", {"a"}, {"r2"});
    node(g, "shape", "Shape", {"x"}, {"s"});
    node(g, "unsq", "Unsqueeze", {"s", "axes"}, {"u"});
    node(g, "", "Identity", {"r2"}, {"y"}); // unnamed: ORT calls it Identity_7
    g.add_output()->set_name("y");
    return g;
}

std::vector<QString> labels(const ml::FusedKernelMapper::Attribution *a)
{
    std::vector<QString> out;
    if (a)
        for (const auto &r : a->covered)
            out.push_back(r.label());
    return out;
}

} // namespace

TEST(FusedKernelMapper, BasicLevelIsOneToOne)
{
    const onnx::GraphProto g = original();
    onnx::GraphProto opt = g; // same nodes; Identity removed, constant folded
    opt.mutable_node()->DeleteSubrange(5, 3);
    opt.add_initializer()->set_name("u");
    opt.mutable_node(4)->set_output(0, "y");
    const ml::FusedKernelMapper m(g, opt);
    for (int i = 0; i < 4; ++i) {
        const auto *o = m.findNode(QString::fromStdString(opt.node(i).name()), QString(), -1, nullptr);
        ASSERT_EQ(o, &opt.node(i));
        EXPECT_EQ(labels(m.attributionOf(o)), (std::vector<QString>{QString::fromStdString(opt.node(i).name())}));
    }
    // relu2 now writes the graph output itself: the eliminated Identity is part of its work.
    EXPECT_EQ(labels(m.attributionOf(&opt.node(4))),
              (std::vector<QString>{QStringLiteral("relu2"), QStringLiteral("Identity #7")}));
    std::vector<QString> removed;
    for (const auto &r : m.uncovered())
        removed.push_back(r.label());
    EXPECT_EQ(removed, (std::vector<QString>{QStringLiteral("shape"), QStringLiteral("unsq")})) << "folded into an initializer";
}

TEST(FusedKernelMapper, ExtendedFusionKeepsTheLastOutputName)
{
    const onnx::GraphProto g = original();
    onnx::GraphProto opt;
    opt.add_input()->set_name("x");
    node(opt, "conv1", "FusedConv", {"x", "w1", "b1"}, {"r1"}, "com.microsoft");
    node(opt, "conv2", "Conv", {"r1", "w2"}, {"c2"});
    node(opt, "add", "Add", {"c2", "r1"}, {"a"});
    node(opt, "relu2", "Relu", {"a"}, {"y"});
    const ml::FusedKernelMapper m(g, opt);
    EXPECT_EQ(labels(m.attributionOf(&opt.node(0))), (std::vector<QString>{QStringLiteral("conv1"), QStringLiteral("relu1")}));
}

TEST(FusedKernelMapper, NchwcRenamesAreFollowedBackAndForward)
{
    // As at "all": outputs renamed reorder_token_N, nodes named "<original output>_nchwc",
    // conv2 absorbing the Add (a fourth, "sum" input) and relu2 (its activation), and a
    // ReorderOutput yielding the original tensor.
    const onnx::GraphProto g = original();
    onnx::GraphProto opt;
    opt.add_input()->set_name("x");
    auto *c1 = node(opt, "r1_nchwc", "Conv", {"x", "reorder", "b1"}, {"reorder_token_0"}, "com.microsoft.nchwc");
    attribute(c1, "activation", "Relu");
    auto *c2 = node(opt, "c2_nchwc", "Conv", {"reorder_token_0", "reorder_1", "", "reorder_token_0"}, {"reorder_token_1"},
                    "com.microsoft.nchwc");
    attribute(c2, "activation", "Relu");
    node(opt, "ReorderOutput", "ReorderOutput", {"reorder_token_1"}, {"r2"}, "com.microsoft.nchwc");
    node(opt, "", "Identity", {"r2"}, {"y"});
    const ml::FusedKernelMapper m(g, opt);
    EXPECT_EQ(labels(m.attributionOf(&opt.node(0))), (std::vector<QString>{QStringLiteral("conv1"), QStringLiteral("relu1")}));
    EXPECT_EQ(labels(m.attributionOf(&opt.node(1))),
              (std::vector<QString>{QStringLiteral("conv2"), QStringLiteral("add"), QStringLiteral("relu2")}));
    const auto *reorder = m.attributionOf(&opt.node(2));
    ASSERT_NE(reorder, nullptr);
    EXPECT_TRUE(reorder->borrowed) << "covers nothing itself";
    EXPECT_EQ(labels(reorder), (std::vector<QString>{QStringLiteral("conv2")}));
    // The unnamed Identity is found by ORT's "<OpType>_<index>" name (index 7 in the original).
    EXPECT_EQ(m.findNode(QStringLiteral("Identity_7"), QStringLiteral("Identity"), 7, nullptr), &opt.node(3));
}

TEST(FusedKernelMapper, SubgraphsAreMappedInTheirScope)
{
    onnx::GraphProto g;
    g.add_input()->set_name("n");
    auto *loop = node(g, "/Loop", "Loop", {"n", "", "h0"}, {"out"});
    auto *a = loop->add_attribute();
    a->set_name("body");
    a->set_type(onnx::AttributeProto::GRAPH);
    onnx::GraphProto *body = a->mutable_g();
    node(*body, "/lin/Gemm", "Gemm", {"h", "w", "b"}, {"gm"});
    node(*body, "/Relu", "Relu", {"gm"}, {"hr"});
    node(g, "/Relu", "Relu", {"out"}, {"y"}); // the same name at top level

    onnx::GraphProto opt = g;
    onnx::GraphProto *optBody = opt.mutable_node(0)->mutable_attribute(0)->mutable_g();
    optBody->clear_node();
    node(*optBody, "fused /lin/Gemm", "FusedGemm", {"h", "w", "b"}, {"hr"}, "com.microsoft");
    const ml::FusedKernelMapper m(g, opt);
    const auto *top = m.findNode(QStringLiteral("/Relu"), QStringLiteral("Relu"), 1, nullptr);
    ASSERT_EQ(top, &opt.node(1));
    const auto *inBody = m.findNode(QStringLiteral("fused /lin/Gemm"), QStringLiteral("FusedGemm"), 0, &opt.node(0));
    ASSERT_EQ(inBody, &optBody->node(0));
    const auto *attribution = m.attributionOf(inBody);
    ASSERT_NE(attribution, nullptr);
    ASSERT_EQ(attribution->covered.size(), 2u);
    EXPECT_EQ(attribution->covered[0].label(), QStringLiteral("/lin/Gemm")) << "the fused operator names the primary";
    EXPECT_EQ(attribution->covered[0].graphPath, QStringLiteral("/Loop.body"));
    EXPECT_EQ(m.findNode(QStringLiteral("fused /lin/Gemm"), QString(), 0, nullptr), nullptr) << "not in the main graph";

    // Per-layer rows from a profile of two Runs: the Loop counts its own time only.
    const char *profile = R"([
{"cat":"Session","tid":1,"dur":100,"ts":0,"ph":"X","name":"model_run","args":{}},
{"cat":"Node","tid":1,"dur":30,"ts":10,"ph":"X","name":"fused /lin/Gemm_kernel_time","args":{"op_name":"FusedGemm","node_index":"3"}},
{"cat":"Node","tid":1,"dur":20,"ts":45,"ph":"X","name":"fused /lin/Gemm_kernel_time","args":{"op_name":"FusedGemm","node_index":"3"}},
{"cat":"Node","tid":1,"dur":70,"ts":5,"ph":"X","name":"/Loop_kernel_time","args":{"op_name":"Loop","node_index":"0"}},
{"cat":"Node","tid":1,"dur":10,"ts":80,"ph":"X","name":"/Relu_kernel_time","args":{"op_name":"Relu","node_index":"1"}},
{"cat":"Node","tid":1,"dur":8,"ts":91,"ph":"X","name":"Mystery_9_kernel_time","args":{"op_name":"Mystery","node_index":"9"}},
{"cat":"Session","tid":1,"dur":100,"ts":200,"ph":"X","name":"model_run","args":{}},
{"cat":"Node","tid":1,"dur":40,"ts":210,"ph":"X","name":"fused /lin/Gemm_kernel_time","args":{"op_name":"FusedGemm","node_index":"3"}},
{"cat":"Node","tid":1,"dur":60,"ts":205,"ph":"X","name":"/Loop_kernel_time","args":{"op_name":"Loop","node_index":"0"}},
{"cat":"Node","tid":1,"dur":10,"ts":280,"ph":"X","name":"/Relu_kernel_time","args":{"op_name":"Relu","node_index":"1"}}
])";
    auto parsed = ml::OrtProfile::parse(profile);
    ASSERT_TRUE(parsed.ok());
    const ml::LayerReport report = ml::OrtLayerAttribution::build(parsed.value(), m, 0);
    EXPECT_EQ(report.runs, 2);
    std::map<QString, ml::LayerTiming> rows;
    for (const auto &r : report.layers)
        rows[r.graph + QStringLiteral("|") + r.node] = r;
    ASSERT_EQ(rows.size(), 4u);
    const auto &gemm = rows.at(QStringLiteral("/Loop.body|/lin/Gemm"));
    EXPECT_DOUBLE_EQ(gemm.meanMs, (0.050 + 0.040) / 2);
    EXPECT_DOUBLE_EQ(gemm.callsPerRun, 1.5);
    EXPECT_EQ(gemm.fusedNodes, QStringList{QStringLiteral("/Relu")});
    EXPECT_DOUBLE_EQ(rows.at(QStringLiteral("|/Loop")).meanMs, (0.020 + 0.020) / 2) << "self time";
    EXPECT_DOUBLE_EQ(rows.at(QStringLiteral("|/Relu")).meanMs, 0.010);
    const auto &mystery = rows.at(QStringLiteral("|Mystery_9"));
    EXPECT_FALSE(mystery.mapped) << "kept under its own name, not dropped";
    EXPECT_DOUBLE_EQ(mystery.meanMs, 0.004);
    double shares = 0;
    for (const auto &r : report.layers)
        shares += r.share;
    EXPECT_NEAR(shares, 1.0, 1e-12);
    EXPECT_DOUBLE_EQ(report.endToEndMs, 0.1);
    EXPECT_FALSE(report.notes.isEmpty());
}
