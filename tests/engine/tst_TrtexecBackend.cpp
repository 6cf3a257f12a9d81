// SPDX-License-Identifier: GPL-3.0-or-later
// The trtexec backend end to end, with a stand-in trtexec that writes the fixture files.
#include "EngineTestSupport.h"
#include "TrtexecBackend.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {
ml::EngineSettings trtSettings(const QString &model)
{
    auto s = enginetest::quickSettings(model, 4);
    s.backend = ml::BackendId::Trtexec;
    s.trtexecPath = enginetest::fixture(QStringLiteral("trtexec/fake_trtexec.sh"));
    s.shapes[QStringLiteral("input0")] = {2, 3, 224, 224};
    s.precisions = {QStringLiteral("fp16")};
    s.workspaceMiB = 1024;
    s.perLayer = true;
    return s;
}
} // namespace

TEST(TrtexecBackend, MissingTrtexecIsExplained)
{
    ml::EngineSettings s;
    s.trtexecPath = QStringLiteral("/nonexistent/trtexec");
    const auto a = ml::TrtexecBackend().availability(s);
    EXPECT_FALSE(a.available);
    EXPECT_TRUE(a.missing.contains(QStringLiteral("TensorRT"))) << a.missing.toStdString();
    s.trtexecPath.clear();
    const QByteArray path = qgetenv("PATH");
    qputenv("PATH", "/nonexistent");
    const auto none = ml::TrtexecBackend().availability(s);
    qputenv("PATH", path);
    if (!none.available)
        EXPECT_TRUE(none.missing.contains(QStringLiteral("PATH")));
}

TEST(TrtexecBackend, BuildsRunsAndReadsTheExports)
{
    REQUIRE_SHARED_MODEL(model, "resnet18_dynbatch.onnx");
    QTemporaryDir dir;
    auto s = trtSettings(model);
    const QString argsLog = dir.filePath(QStringLiteral("args.txt"));
    qputenv("FAKE_TRTEXEC_ARGS", argsLog.toLocal8Bit());
    s.saveOutputsDir = dir.filePath(QStringLiteral("out"));
    const auto a = ml::TrtexecBackend().availability(s);
    EXPECT_TRUE(a.available);
    EXPECT_EQ(a.version, QStringLiteral("10.3.0"));
    const auto out = enginetest::runJob(s);
    qunsetenv("FAKE_TRTEXEC_ARGS");
    ASSERT_TRUE(out.result) << out.error.toStdString();
    const ml::RunResult &r = *out.result;
    EXPECT_EQ(r.backend, QStringLiteral("tensorrt"));
    EXPECT_EQ(r.backendVersion, QStringLiteral("10.3.0"));
    EXPECT_DOUBLE_EQ(r.buildMs, 17800);
    EXPECT_EQ(r.iterations, 4);
    EXPECT_DOUBLE_EQ(r.latency.min, 1.09);
    EXPECT_DOUBLE_EQ(r.latency.max, 1.13);
    EXPECT_DOUBLE_EQ(r.throughputPerS, 891.5);
    EXPECT_DOUBLE_EQ(r.extraTimes.at(QStringLiteral("gpu_compute")).median, 1.005);
    EXPECT_TRUE(r.warnings.join(QString()).contains(QStringLiteral("unstable")));
    ASSERT_TRUE(r.layers.has_value());
    EXPECT_NEAR(r.layers->endToEndMs, 1.0025, 1e-12);
    EXPECT_EQ(r.layers->layers.size(), 8u);

    QFile args(argsLog);
    ASSERT_TRUE(args.open(QIODevice::ReadOnly));
    const QStringList calls = QString::fromUtf8(args.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_GE(calls.size(), 2);
    const QString build = calls[calls.size() - 2], run = calls.last();
    for (const char *flag :
         {"--onnx=", "--saveEngine=", "--fp16", "--minShapes=input0:1x3x224x224", "--optShapes=input0:2x3x224x224",
          "--maxShapes=input0:2x3x224x224", "--memPoolSize=workspace:1024M", "--skipInference"})
        EXPECT_TRUE(build.contains(QLatin1String(flag))) << flag << " in " << build.toStdString();
    for (const char *flag :
         {"--loadEngine=", "--shapes=input0:2x3x224x224", "--loadInputs=input0:", "--exportTimes=", "--exportProfile=",
          "--exportLayerInfo=", "--separateProfileRun", "--iterations=4", "--exportOutput="})
        EXPECT_TRUE(run.contains(QLatin1String(flag))) << flag << " in " << run.toStdString();
}

TEST(TrtexecBackend, FailuresCarryTrtexecsWords)
{
    REQUIRE_SHARED_MODEL(model, "resnet18_dynbatch.onnx");
    qputenv("FAKE_TRTEXEC_FAIL", "build");
    const auto build = enginetest::runJob(trtSettings(model));
    qputenv("FAKE_TRTEXEC_FAIL", "run");
    const auto run = enginetest::runJob(trtSettings(model));
    qunsetenv("FAKE_TRTEXEC_FAIL");
    ASSERT_FALSE(build.result);
    EXPECT_TRUE(build.error.contains(QStringLiteral("could not build"))) << build.error.toStdString();
    EXPECT_TRUE(build.error.contains(QStringLiteral("Failed to parse onnx file"))) << build.error.toStdString();
    ASSERT_FALSE(run.result);
    EXPECT_TRUE(run.error.contains(QStringLiteral("API Usage Error"))) << run.error.toStdString();
}

// A run of several rounds builds the TensorRT engine once: the first round builds and runs
// it, the later rounds load the same file (the build is slow and is not what is measured).
TEST(TrtexecBackend, RoundsBuildTheEngineOnce)
{
    REQUIRE_SHARED_MODEL(model, "resnet18_dynbatch.onnx");
    QTemporaryDir dir;
    auto s = trtSettings(model);
    s.iterations = 6;
    s.rounds = 3;
    const QString argsLog = dir.filePath(QStringLiteral("args.txt"));
    qputenv("FAKE_TRTEXEC_ARGS", argsLog.toLocal8Bit());
    const auto out = enginetest::runJob(s);
    qunsetenv("FAKE_TRTEXEC_ARGS");
    ASSERT_TRUE(out.result) << out.error.toStdString();
    EXPECT_EQ(out.result->backend, QStringLiteral("tensorrt"));
    EXPECT_DOUBLE_EQ(out.result->buildMs, 17800) << "the build time is the first round's";

    QFile args(argsLog);
    ASSERT_TRUE(args.open(QIODevice::ReadOnly));
    const QStringList calls = QString::fromUtf8(args.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QStringList built, loaded;
    const QRegularExpression saveEngine(QStringLiteral("--saveEngine=(\\S+)")), loadEngine(QStringLiteral("--loadEngine=(\\S+)"));
    for (const QString &call : calls) {
        if (const auto m = saveEngine.match(call); m.hasMatch())
            built << m.captured(1);
        if (const auto m = loadEngine.match(call); m.hasMatch())
            loaded << m.captured(1);
    }
    ASSERT_EQ(built.size(), 1) << calls.join(QLatin1Char('\n')).toStdString();
    ASSERT_EQ(loaded.size(), 3) << calls.join(QLatin1Char('\n')).toStdString();
    for (const QString &l : loaded)
        EXPECT_EQ(l, built.front()) << "every round loads the engine the first round built";
    EXPECT_EQ(calls.filter(QStringLiteral("--iterations=2 ")).size(), 3) << "the iterations are shared out over the rounds";
}

// A later round whose engine file has gone says so instead of running nothing.
TEST(TrtexecBackend, ARoundWithoutItsEngineSaysSo)
{
    REQUIRE_SHARED_MODEL(model, "resnet18_dynbatch.onnx");
    QTemporaryDir dir;
    auto s = enginetest::planned(trtSettings(model));
    s.enginePath = dir.filePath(QStringLiteral("gone.engine"));
    s.reuseEngine = true;
    s.workDir = dir.path();
    const auto steps = ml::TrtexecBackend().plan(s);
    ASSERT_FALSE(steps);
    EXPECT_TRUE(steps.errorMessage().contains(QStringLiteral("gone.engine"))) << steps.errorMessage().toStdString();
    QFile engine(s.enginePath);
    ASSERT_TRUE(engine.open(QIODevice::WriteOnly));
    engine.write("fake-engine\n");
    engine.close();
    const auto reused = ml::TrtexecBackend().plan(s);
    ASSERT_TRUE(reused) << reused.errorMessage().toStdString();
    ASSERT_EQ(reused->size(), 1u) << "no build step";
    EXPECT_TRUE(reused->front().arguments.join(QLatin1Char(' ')).contains(QStringLiteral("--loadEngine=")));
}
