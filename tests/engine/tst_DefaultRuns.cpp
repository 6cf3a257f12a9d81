// SPDX-License-Identifier: GPL-3.0-or-later
// The default run (modellens-cli profile MODEL, no options) of every model a user is likely
// to try: defaults from evidence, sequence lengths tried in turn, and when none runs, a
// message that names the graph input to set.
#include "EngineTestSupport.h"
#include "InputTrace.h"
#include "OnnxModel.h"
#include "RunSession.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

struct Cli {
    int code = -1;
    QString out, err;
};
Cli profile(const QString &model)
{
    QProcess p;
    p.start(QStringLiteral(MODELLENS_CLI),
            {QStringLiteral("profile"), model, QStringLiteral("--rounds"), QStringLiteral("1"), QStringLiteral("--iterations"),
             QStringLiteral("1"), QStringLiteral("--warmup"), QStringLiteral("0"), QStringLiteral("--no-history")});
    p.waitForFinished(120000);
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

// x float32[1,seq] -> Reshape to [-1, 7] -> y: no candidate length (128 ... 16000) divides by 7.
QString writeSevensModel(const QString &path)
{
    onnx::ModelProto m;
    m.set_ir_version(8);
    m.add_opset_import()->set_version(17);
    auto *g = m.mutable_graph();
    g->set_name("sevens");
    auto *x = g->add_input();
    x->set_name("x");
    auto *t = x->mutable_type()->mutable_tensor_type();
    t->set_elem_type(onnx::TensorProto::FLOAT);
    t->mutable_shape()->add_dim()->set_dim_value(1);
    t->mutable_shape()->add_dim()->set_dim_param("seq");
    auto *shape = g->add_initializer();
    shape->set_name("shape");
    shape->set_data_type(onnx::TensorProto::INT64);
    shape->add_dims(2);
    shape->add_int64_data(-1);
    shape->add_int64_data(7);
    auto *n = g->add_node();
    n->set_op_type("Reshape");
    n->set_name("by_sevens");
    n->add_input("x");
    n->add_input("shape");
    n->add_output("y");
    auto *y = g->add_output();
    y->set_name("y");
    y->mutable_type()->mutable_tensor_type()->set_elem_type(onnx::TensorProto::FLOAT);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(QByteArray::fromStdString(m.SerializeAsString()));
    return path;
}

} // namespace

// Every shared model that is not a broken file runs with no options (index.json lists them).
TEST(DefaultRuns, EverySharedModelRunsWithNoOptions)
{
    const QString dir = QStringLiteral(MODELLENS_SHARED_MODELS);
    QFile index(QDir(dir).filePath(QStringLiteral("index.json")));
    if (!index.open(QIODevice::ReadOnly))
        GTEST_SKIP() << "../shared/models/index.json is absent: test skipped";
    const QJsonArray models = QJsonDocument::fromJson(index.readAll()).object().value(QStringLiteral("models")).toArray();
    ASSERT_FALSE(models.isEmpty());
    int ran = 0;
    for (const auto &entry : models) {
        const QString name = entry.toObject().value(QStringLiteral("path")).toString();
        if (name.startsWith(QStringLiteral("broken_")) || !QFile::exists(QDir(dir).filePath(name)))
            continue;
        const Cli c = profile(QDir(dir).filePath(name));
        EXPECT_EQ(c.code, 0) << name.toStdString() << ": " << c.err.toStdString();
        ++ran;
    }
    EXPECT_GE(ran, 10);
}

// Silero VAD v5's state [2,?,128]: the unnamed dim is the batch (the other input has it
// first), so 1, not a sequence length.
TEST(DefaultRuns, AnUnnamedDimBesideABatchTakesOne)
{
    REQUIRE_SHARED_MODEL(model, "silero_vad_v5.onnx");
    auto opened = ml::OnnxModel::open(model);
    ASSERT_TRUE(opened.ok());
    auto planned = ml::RunSession::plan(opened.value()->proto().graph(), ml::EngineSettings{});
    ASSERT_TRUE(planned.ok()) << planned.errorMessage().toStdString();
    for (const auto &in : planned->inputs)
        if (in.name == QStringLiteral("state"))
            EXPECT_EQ(in.shape, (ml::Shape{2, 1, 128}));
}

// Silero VAD v4's STFT Conv refuses 128 samples: the next length that runs is used, and the
// run says so.
TEST(DefaultRuns, ALengthThatFailsIsReplacedByTheNextAndSaid)
{
    REQUIRE_SHARED_MODEL(model, "silero_vad_legacy_v4.onnx");
    const Cli c = profile(model);
    ASSERT_EQ(c.code, 0) << c.err.toStdString();
    EXPECT_TRUE(c.out.contains(QStringLiteral("input 1x128 did not run"))) << c.out.toStdString();
    EXPECT_TRUE(c.out.contains(QStringLiteral("this run used input 1x256"))) << c.out.toStdString();
}

// No length runs: the message says which were tried, names the graph input that feeds the
// failing node, and how to set it.
TEST(DefaultRuns, NoLengthRunsAndTheMessageNamesTheInput)
{
    QTemporaryDir dir;
    const QString model = writeSevensModel(dir.filePath(QStringLiteral("sevens.onnx")));
    ASSERT_FALSE(model.isEmpty());
    const Cli c = profile(model);
    EXPECT_EQ(c.code, 2);
    EXPECT_TRUE(c.err.contains(QStringLiteral("No default length ran: tried x 1x128; x 1x256; x 1x512; x 1x1024 and x 1x16000")))
            << c.err.toStdString();
    EXPECT_TRUE(c.err.contains(QStringLiteral("The failing node by_sevens is fed by the graph inputs x"))) << c.err.toStdString();
    EXPECT_TRUE(c.err.contains(QStringLiteral("--shapes"))) << c.err.toStdString();
}

// ONNX Runtime's name of a node inlined from an If's branch leads back to the graph inputs.
TEST(DefaultRuns, AnInlinedNodeIsTracedToTheGraphInputs)
{
    REQUIRE_SHARED_MODEL(model, "silero_vad_v5.onnx");
    auto opened = ml::OnnxModel::open(model);
    ASSERT_TRUE(opened.ok());
    const QString message = QStringLiteral(
            "Non-zero status code returned while running If node. Name:'If_0' Status Message: Non-zero status code returned "
            "while running LSTM node. Name:'If_0_else_branch__Inline_0__/decoder/rnn/LSTM' Status Message: Input initial_h");
    const QString node = ml::InputTrace::failingNode(message);
    EXPECT_EQ(node, QStringLiteral("If_0_else_branch__Inline_0__/decoder/rnn/LSTM"));
    const QStringList inputs = ml::InputTrace::inputsFeeding(opened.value()->proto().graph(), node);
    EXPECT_TRUE(inputs.contains(QStringLiteral("state"))) << inputs.join(u',').toStdString();
    EXPECT_TRUE(inputs.contains(QStringLiteral("input"))) << inputs.join(u',').toStdString();
}
