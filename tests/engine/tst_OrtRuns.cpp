// SPDX-License-Identifier: GPL-3.0-or-later
// Real ONNX Runtime runs through the supervisor and the child, on the shared models.
#include "EngineTestSupport.h"
#include "OrtBackend.h"
#include "OutputComparison.h"

#include <QJsonArray>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using enginetest::quickSettings;
using enginetest::runJob;

TEST(OrtRuns, BackendIsAvailableWithItsProviders)
{
    const auto a = ml::OrtBackend().availability({});
    ASSERT_TRUE(a.available) << a.missing.toStdString();
    EXPECT_EQ(a.version, QStringLiteral("1.30.0"));
    EXPECT_TRUE(a.providers.contains(QStringLiteral("CPUExecutionProvider")));
}

TEST(OrtRuns, DynamicBatchWithStatisticsAndProgress)
{
    REQUIRE_SHARED_MODEL(model, "resnet18_dynbatch.onnx");
    auto s = quickSettings(model, 4);
    s.shapes[QStringLiteral("input0")] = {2, 3, 224, 224};
    s.optimizationLevel = ml::OptimizationLevel::Basic;
    const auto out = runJob(s);
    ASSERT_TRUE(out.result) << out.error.toStdString();
    const ml::RunResult &r = *out.result;
    EXPECT_EQ(r.backend, QStringLiteral("onnxruntime"));
    EXPECT_EQ(r.backendVersion, QStringLiteral("1.30.0"));
    EXPECT_EQ(r.iterations, 4);
    EXPECT_EQ(r.latenciesMs.size(), 4u);
    EXPECT_EQ(r.warmupIterations, 1);
    EXPECT_GT(r.buildMs, 0);
    EXPECT_GT(r.firstRunMs, 0);
    EXPECT_LE(r.latency.min, r.latency.median);
    EXPECT_LE(r.latency.median, r.latency.max);
    EXPECT_LE(r.latency.p90, r.latency.p99);
    EXPECT_GT(r.throughputPerS, 0);
    EXPECT_GT(r.peakRssBytes, 50'000'000) << "resnet18's weights alone are 47 MB";
    EXPECT_LT(r.peakRssBytes, 2'000'000'000);
    const QJsonArray shape =
            r.settings.value(QStringLiteral("inputs")).toArray().at(0).toObject().value(QStringLiteral("shape")).toArray();
    EXPECT_EQ(shape.at(0).toInt(), 2) << "the batch the user chose ran";
    for (const char *stage : {"preparing", "building", "first run", "warm-up", "measuring"})
        EXPECT_TRUE(out.stages.contains(QLatin1String(stage)))
                << stage << " in " << out.stages.join(QStringLiteral(",")).toStdString();
}

TEST(OrtRuns, DynamicHeightAndWidthByDuration)
{
    REQUIRE_SHARED_MODEL(model, "conv_dynhw.onnx");
    auto s = quickSettings(model);
    s.shapes[QStringLiteral("input0")] = {1, 3, 64, 96};
    s.durationSeconds = 0.3;
    const auto out = runJob(s);
    ASSERT_TRUE(out.result) << out.error.toStdString();
    EXPECT_GT(out.result->iterations, 3);
    EXPECT_GE(out.result->measuredSeconds, 0.3);
    EXPECT_EQ(out.totals.at(QStringLiteral("measuring")), 300) << "by duration, progress counts milliseconds";
}

TEST(OrtRuns, SileroVadWithAChosenSampleRate)
{
    REQUIRE_SHARED_MODEL(model, "silero_vad_v5.onnx");
    auto s = quickSettings(model);
    s.shapes[QStringLiteral("input")] = {1, 512};
    s.shapes[QStringLiteral("state")] = {2, 1, 128};
    s.sources[QStringLiteral("sr")] = ml::InputSource::constant(16000);
    QTemporaryDir dir;
    s.saveOutputsDir = dir.filePath(QStringLiteral("out"));
    const auto out = runJob(s);
    ASSERT_TRUE(out.result) << out.error.toStdString();
    auto outputs = ml::OutputComparison::load(s.saveOutputsDir);
    ASSERT_TRUE(outputs.ok()) << outputs.errorMessage().toStdString();
    ASSERT_EQ(outputs->size(), 2u);
    EXPECT_EQ(outputs->at(0).name, QStringLiteral("output"));
    EXPECT_EQ(outputs->at(0).shape, (ml::Shape{1, 1}));
}

TEST(OrtRuns, AModelThatCannotRunSaysWhy)
{
    REQUIRE_SHARED_MODEL(model, "silero_vad_v5.onnx");
    auto s = quickSettings(model);
    s.shapes[QStringLiteral("input")] = {1, 512};
    s.shapes[QStringLiteral("state")] = {2, 1, 128};
    s.sources[QStringLiteral("sr")] = ml::InputSource::constant(12345);
    const auto out = runJob(s);
    ASSERT_FALSE(out.result);
    EXPECT_TRUE(out.error.contains(QStringLiteral("ONNX Runtime"))) << out.error.toStdString();

    REQUIRE_SHARED_MODEL(broken, "broken_undefined_tensor.onnx");
    const auto bad = runJob(quickSettings(broken));
    ASSERT_FALSE(bad.result);
    EXPECT_FALSE(bad.error.isEmpty());
}

TEST(OrtRuns, OutputsOfTwoSettingsCompare)
{
    REQUIRE_SHARED_MODEL(model, "mobilenet_v3_small.onnx");
    QTemporaryDir dir;
    auto a = quickSettings(model, 1);
    a.saveOutputsDir = dir.filePath(QStringLiteral("a"));
    auto b = a;
    b.optimizationLevel = ml::OptimizationLevel::None;
    b.saveOutputsDir = dir.filePath(QStringLiteral("b"));
    ASSERT_TRUE(runJob(a).result);
    ASSERT_TRUE(runJob(b).result);
    const auto diff = ml::OutputComparison::compare(ml::OutputComparison::load(a.saveOutputsDir).value(),
                                                    ml::OutputComparison::load(b.saveOutputsDir).value(), 1e-4, 1e-3);
    ASSERT_EQ(diff.size(), 1u);
    EXPECT_TRUE(diff[0].pass) << diff[0].maxAbs;
    EXPECT_GT(diff[0].maxAbs, 0) << "fused kernels round differently";
    EXPECT_EQ(diff[0].elements, 1000);
    const auto strict = ml::OutputComparison::compare(ml::OutputComparison::load(a.saveOutputsDir).value(),
                                                      ml::OutputComparison::load(b.saveOutputsDir).value(), 0, 0);
    EXPECT_FALSE(strict[0].pass);
}

TEST(OrtRuns, UnknownExecutionProviderIsAnError)
{
    REQUIRE_SHARED_MODEL(model, "conv_dynhw.onnx");
    auto s = quickSettings(model);
    s.executionProvider = QStringLiteral("NoSuchExecutionProvider");
    const auto out = runJob(s);
    ASSERT_FALSE(out.result);
    EXPECT_TRUE(out.error.contains(QStringLiteral("not in this ONNX Runtime build"))) << out.error.toStdString();
}
