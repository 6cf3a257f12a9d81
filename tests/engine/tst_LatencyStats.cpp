// SPDX-License-Identifier: GPL-3.0-or-later
#include "LatencyStats.h"
#include "RunResult.h"

#include <gtest/gtest.h>

#include <cmath>

using ml::LatencyStats;

TEST(LatencyStats, MatchesNumPyOnKnownSamples)
{
    // numpy: percentile([1..10], 90) = 9.1, 95 = 9.55, 99 = 9.91; std(ddof=1) = 3.02765
    std::vector<double> v{7, 3, 10, 1, 5, 2, 9, 4, 8, 6};
    const auto s = LatencyStats::compute(v);
    EXPECT_EQ(s.count, 10);
    EXPECT_DOUBLE_EQ(s.min, 1);
    EXPECT_DOUBLE_EQ(s.max, 10);
    EXPECT_DOUBLE_EQ(s.mean, 5.5);
    EXPECT_DOUBLE_EQ(s.median, 5.5);
    EXPECT_NEAR(s.p90, 9.1, 1e-12);
    EXPECT_NEAR(s.p95, 9.55, 1e-12);
    EXPECT_NEAR(s.p99, 9.91, 1e-12);
    EXPECT_NEAR(s.stddev, 3.0276503540974917, 1e-12);
    EXPECT_NEAR(s.cv, 3.0276503540974917 / 5.5, 1e-12);
}

TEST(LatencyStats, EdgeCases)
{
    EXPECT_EQ(LatencyStats::compute({}).count, 0);
    const auto one = LatencyStats::compute({2.5});
    EXPECT_DOUBLE_EQ(one.median, 2.5);
    EXPECT_DOUBLE_EQ(one.p99, 2.5);
    EXPECT_DOUBLE_EQ(one.stddev, 0);
    EXPECT_DOUBLE_EQ(LatencyStats::compute({1, 2}).median, 1.5);
}

TEST(LatencyStats, JsonRoundTrip)
{
    const auto s = LatencyStats::compute({1, 2, 3, 4});
    const auto back = LatencyStats::fromJson(s.toJson());
    EXPECT_DOUBLE_EQ(back.p95, s.p95);
    EXPECT_DOUBLE_EQ(back.cv, s.cv);
    EXPECT_EQ(back.count, 4);
}

TEST(RunResult, FinishWarnsWhenUnstableAndRoundTrips)
{
    ml::RunResult r;
    r.backend = QStringLiteral("onnxruntime");
    r.latenciesMs = {1, 1, 1, 3};
    r.measuredSeconds = 0.006;
    r.finish(0.05);
    EXPECT_TRUE(r.unstable);
    ASSERT_EQ(r.warnings.size(), 1);
    EXPECT_TRUE(r.warnings[0].contains(QStringLiteral("unstable")));
    EXPECT_NEAR(r.throughputPerS, 4 / 0.006, 1e-9);

    ml::LayerReport layers;
    ml::LayerTiming a;
    a.node = QStringLiteral("/conv/Conv");
    a.opType = QStringLiteral("Conv");
    a.meanMs = 3;
    ml::LayerTiming b = a;
    b.node = QStringLiteral("/relu/Relu");
    b.opType = QStringLiteral("Relu");
    b.meanMs = 1;
    layers.layers = {b, a};
    layers.endToEndMs = 4.5;
    layers.finish();
    EXPECT_EQ(layers.layers.front().node, QStringLiteral("/conv/Conv")) << "rows sorted by time";
    EXPECT_DOUBLE_EQ(layers.layers.front().share, 0.75);
    EXPECT_DOUBLE_EQ(layers.gapMs(), 0.5);
    r.layers = layers;

    const QJsonObject json = r.toJson();
    for (const char *key : {"backend", "backend_version", "settings", "build_ms", "first_run_ms", "iterations", "latency_ms",
                            "throughput_per_s", "peak_rss_bytes", "layers"})
        EXPECT_TRUE(json.contains(QLatin1String(key))) << key;
    auto back = ml::RunResult::fromJson(json);
    ASSERT_TRUE(back.ok()) << back.errorMessage().toStdString();
    ASSERT_TRUE(back->layers.has_value());
    EXPECT_EQ(back->layers->layers.size(), 2u);
    EXPECT_EQ(back->layers->opTypes.size(), 2u);
    EXPECT_EQ(back->latenciesMs, r.latenciesMs);
    EXPECT_FALSE(ml::RunResult::fromJson(QJsonObject{}).ok());
}
