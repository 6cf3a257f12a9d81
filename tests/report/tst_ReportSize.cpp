// SPDX-License-Identifier: GPL-3.0-or-later
// A 100,000-node model gives an HTML report under 5 MB whose graph picture is summarised
// (name-scope groups) and says so. The model is made here: a chain of Relu with an Add
// every tenth node (a skip connection), named /stage{s}/block{b}/{op}_{i} like an
// exporter's scopes, and stored with a run that has a layer row for every node.
#include "../history/HistoryTestSupport.h"
#include "HistoryStore.h"
#include "HtmlReport.h"
#include "Report.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <onnx/onnx_pb.h>

#include <gtest/gtest.h>

#include <iostream>

using namespace ml;
using namespace Qt::StringLiterals;

namespace {

constexpr int kNodes = 100000;

onnx::ModelProto bigModel(QStringList *names)
{
    onnx::ModelProto m;
    m.set_ir_version(8);
    m.set_producer_name("report-size-test");
    m.add_opset_import()->set_version(17);
    onnx::GraphProto *g = m.mutable_graph();
    auto value = [](onnx::ValueInfoProto *v, const std::string &name) {
        v->set_name(name);
        auto *t = v->mutable_type()->mutable_tensor_type();
        t->set_elem_type(onnx::TensorProto::FLOAT);
        t->mutable_shape()->add_dim()->set_dim_value(1);
        t->mutable_shape()->add_dim()->set_dim_value(16);
    };
    value(g->add_input(), "x");
    for (int i = 0; i < kNodes; ++i) {
        onnx::NodeProto *n = g->add_node();
        const bool add = i % 10 == 9;
        const std::string name = "/stage" + std::to_string(i / 10000) + "/block" + std::to_string(i / 100 % 100) + "/"
                + (add ? "Add_" : "Relu_") + std::to_string(i);
        n->set_name(name);
        n->set_op_type(add ? "Add" : "Relu");
        n->add_input(i == 0 ? "x" : "t" + std::to_string(i - 1));
        if (add)
            n->add_input(i >= 5 ? "t" + std::to_string(i - 5) : "x");
        n->add_output(i + 1 == kNodes ? "y" : "t" + std::to_string(i));
        *names << QString::fromStdString(name);
    }
    value(g->add_output(), "y");
    return m;
}

TEST(ReportSize, HundredThousandNodesUnderFiveMegabytes)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    QStringList names;
    const std::string bytes = bigModel(&names).SerializeAsString();
    const QString modelPath = dir.filePath(u"big.onnx"_s);
    {
        QFile f(modelPath);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        ASSERT_EQ(f.write(bytes.data(), qint64(bytes.size())), qint64(bytes.size()));
    }
    auto store = HistoryStore::open(dir.filePath(u"history.sqlite"_s));
    ASSERT_TRUE(store) << store.errorMessage().toStdString();
    RunRecord rec;
    rec.result = test::syntheticResult(500, kNodes, 40.0, 3);
    auto &rows = rec.result->layers->layers;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        rows[i].node = names[int(i)];
        rows[i].nodeIndex = int(i);
        rows[i].opType = i % 10 == 9 ? u"Add"_s : u"Relu"_s;
        rows[i].kernels = QStringList{names[int(i)] + u"_kernel_time"_s};
        rows[i].meanMs = 0.0002 * double(1 + i % 97);
    }
    rec.result->layers->finish();
    rec.modelPath = modelPath;
    auto id = store.value()->recordRun(rec);
    ASSERT_TRUE(id) << id.errorMessage().toStdString();

    QElapsedTimer timer;
    timer.start();
    auto report = loadReport(*store.value(), {id.value()});
    ASSERT_TRUE(report) << report.errorMessage().toStdString();
    const qint64 loadMs = timer.restart();
    const QByteArray html = HtmlReport::write(report.value()).toUtf8();
    const qint64 writeMs = timer.elapsed();
    std::cout << "[ SIZE ] 100,000-node report: " << html.size() << " bytes; load " << loadMs << " ms, write " << writeMs
              << " ms\n";
    EXPECT_LT(html.size(), 5 * 1000 * 1000);
    EXPECT_TRUE(html.contains("The graph has 100000 operator nodes, too many to draw one by one")) << "the report says so";
    EXPECT_TRUE(html.contains("Showing the top 500 of 100000 layers"));
    EXPECT_TRUE(html.contains("class=\"graph\""));
    if (const QByteArray keep = qgetenv("MODELLENS_REPORT_BIG_HTML"); !keep.isEmpty()) {
        QFile out(QString::fromLocal8Bit(keep));
        ASSERT_TRUE(out.open(QIODevice::WriteOnly));
        out.write(html);
    }
}

} // namespace
