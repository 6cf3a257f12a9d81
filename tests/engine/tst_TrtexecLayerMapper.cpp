// SPDX-License-Identifier: GPL-3.0-or-later
#include "EngineTestSupport.h"
#include "OnnxModel.h"
#include "TrtexecLayerMapper.h"

#include <QFile>

#include <gtest/gtest.h>

namespace {

onnx::GraphProto chain()
{
    onnx::GraphProto g;
    const char *nodes[][3] = {{"/conv/Conv", "Conv", "c"},   {"/act/Sigmoid", "Sigmoid", "s"}, {"/act/Mul", "Mul", "m"},
                              {"/a/MatMul", "MatMul", "mm"}, {"/b/Add", "Add", "ad"},          {"/c/Softmax", "Softmax", "sm"},
                              {"", "Relu", "unnamed_out"}};
    const char *previous = "x";
    for (const auto &n : nodes) {
        auto *p = g.add_node();
        p->set_name(n[0]);
        p->set_op_type(n[1]);
        p->add_input(previous);
        p->add_output(n[2]);
        previous = n[2];
    }
    return g;
}

QStringList labels(const std::vector<ml::ModelNodeRef> &refs)
{
    QStringList out;
    for (const auto &r : refs)
        out << r.label();
    return out;
}

QByteArray read(const char *name)
{
    QFile f(enginetest::fixture(QStringLiteral("trtexec/") + QLatin1String(name)));
    EXPECT_TRUE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

} // namespace

TEST(TrtexecLayerMapper, NamesOfEveryKind)
{
    const onnx::GraphProto g = chain();
    const ml::TrtexecLayerMapper m(g);
    EXPECT_EQ(labels(m.map(QStringLiteral("/conv/Conv + /act/Sigmoid"))),
              (QStringList{QStringLiteral("/conv/Conv"), QStringLiteral("/act/Sigmoid")}));
    EXPECT_EQ(labels(m.map(QStringLiteral("PWN(PWN(/act/Sigmoid), /act/Mul)"))),
              (QStringList{QStringLiteral("/act/Sigmoid"), QStringLiteral("/act/Mul")}));
    EXPECT_EQ(labels(m.map(QStringLiteral("{ForeignNode[/a/MatMul.../c/Softmax]}"))),
              (QStringList{QStringLiteral("/a/MatMul"), QStringLiteral("/b/Add"), QStringLiteral("/c/Softmax")}));
    EXPECT_EQ(labels(m.map(QStringLiteral("Reformatting CopyNode for Input Tensor 0 to /conv/Conv + /act/Sigmoid"))),
              (QStringList{QStringLiteral("/conv/Conv"), QStringLiteral("/act/Sigmoid")}));
    EXPECT_EQ(labels(m.map(QStringLiteral("gemm_layer_0"), QStringLiteral("[ONNX Layer: /a/MatMul]\x1e[ONNX Layer: /b/Add]"))),
              (QStringList{QStringLiteral("/a/MatMul"), QStringLiteral("/b/Add")}))
            << "TensorRT 10 metadata wins";
    EXPECT_EQ(labels(m.map(QStringLiteral("unnamed_out"))), QStringList{QStringLiteral("Relu #6")}) << "by output tensor";
    EXPECT_EQ(labels(m.map(QStringLiteral("/conv/Conv_clone_1"))), QStringList{QStringLiteral("/conv/Conv")});
    EXPECT_TRUE(m.map(QStringLiteral("[trtNetworkOutputShim]")).empty());
}

TEST(TrtexecLayerMapper, ReportOnResnetFixtures)
{
    REQUIRE_SHARED_MODEL(path, "resnet18_dynbatch.onnx");
    auto model = ml::OnnxModel::open(path);
    ASSERT_TRUE(model.ok());
    const auto profile = ml::TrtexecReports::parseProfile(read("profile_v10.json")).value();
    const auto info = ml::TrtexecReports::parseLayerInfo(read("layers_v10.json")).value();
    const ml::LayerReport r = ml::TrtexecLayerMapper(model.value()->proto().graph()).report(profile, info);
    std::map<QString, ml::LayerTiming> rows;
    double shares = 0;
    for (const auto &l : r.layers) {
        rows[l.node] = l;
        shares += l.share;
    }
    EXPECT_NEAR(shares, 1.0, 1e-9);
    const auto &conv = rows.at(QStringLiteral("/conv1/Conv"));
    EXPECT_NEAR(conv.meanMs, 0.25, 1e-12) << "the reformat before it is counted with it";
    EXPECT_EQ(conv.kernels.size(), 2);
    EXPECT_EQ(conv.fusedNodes, QStringList{QStringLiteral("/relu/Relu")});
    EXPECT_EQ(rows.at(QStringLiteral("/fc/Gemm")).kernels, QStringList{QStringLiteral("gemm_layer_0")}) << "mapped by Metadata";
    const auto &region = rows.at(QStringLiteral("/layer1/layer1.1/conv1/Conv"));
    EXPECT_GT(region.fusedNodes.size(), 30) << "a ForeignNode covers the whole range";
    EXPECT_TRUE(region.fusedNodes.contains(QStringLiteral("/avgpool/GlobalAveragePool")));
    EXPECT_FALSE(rows.at(QStringLiteral("[trtNetworkOutputShim]")).mapped);
    EXPECT_TRUE(rows.count(QStringLiteral("/Flatten")));
    EXPECT_TRUE(r.removedNodes.isEmpty()) << r.removedNodes.join(QStringLiteral(", ")).toStdString();
    EXPECT_DOUBLE_EQ(r.layerSumMs, 1.0);
    EXPECT_EQ(r.runs, 4);

    const auto old = ml::TrtexecReports::parseProfile(read("profile_v8.json")).value();
    const auto names = ml::TrtexecReports::parseLayerInfo(read("layers_v8.json")).value();
    const ml::LayerReport o = ml::TrtexecLayerMapper(model.value()->proto().graph()).report(old, names);
    EXPECT_EQ(o.layers.size(), 3u);
    EXPECT_FALSE(o.removedNodes.isEmpty()) << "nodes no layer names are listed";
    EXPECT_TRUE(o.notes.join(QString()).contains(QStringLiteral("medians")));
}
