// SPDX-License-Identifier: GPL-3.0-or-later
// trtexec's exports and console, from fixtures written in the documented formats.
#include "EngineTestSupport.h"
#include "TrtexecReports.h"

#include <QFile>

#include <gtest/gtest.h>

#include <cmath>

namespace {
QByteArray read(const char *name)
{
    QFile f(enginetest::fixture(QStringLiteral("trtexec/") + QLatin1String(name)));
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << name;
    return f.readAll();
}
} // namespace

TEST(TrtexecReports, ExportTimes)
{
    auto t = ml::TrtexecReports::parseTimes(read("times_v10.json"));
    ASSERT_TRUE(t.ok()) << t.errorMessage().toStdString();
    ASSERT_EQ(t->size(), 4u);
    EXPECT_DOUBLE_EQ(t->at(1).computeMs, 1.02);
    EXPECT_DOUBLE_EQ(t->at(1).latencyMs, 1.13);
    EXPECT_NEAR(t->at(1).latencyMs, t->at(1).h2dMs + t->at(1).computeMs + t->at(1).d2hMs, 1e-9);
    EXPECT_FALSE(t->at(0).hasEndToEnd);
    auto old = ml::TrtexecReports::parseTimes(read("times_v8.json"));
    ASSERT_TRUE(old.ok());
    EXPECT_TRUE(old->at(0).hasEndToEnd);
    EXPECT_DOUBLE_EQ(old->at(0).endToEndMs, 3.14);
    EXPECT_FALSE(ml::TrtexecReports::parseTimes("{}").ok());
    EXPECT_FALSE(ml::TrtexecReports::parseTimes("[{").ok());
}

TEST(TrtexecReports, ExportProfile)
{
    auto p = ml::TrtexecReports::parseProfile(read("profile_v10.json"));
    ASSERT_TRUE(p.ok()) << p.errorMessage().toStdString();
    EXPECT_EQ(p->count, 4);
    ASSERT_EQ(p->layers.size(), 9u);
    EXPECT_EQ(p->layers[1].name, QStringLiteral("/conv1/Conv + /relu/Relu"));
    EXPECT_DOUBLE_EQ(p->layers[1].averageMs, 0.2);
    EXPECT_DOUBLE_EQ(p->layers[1].medianMs, 0.19);
    EXPECT_TRUE(p->layers[1].hasMedian);
    auto old = ml::TrtexecReports::parseProfile(read("profile_v8.json"));
    ASSERT_TRUE(old.ok());
    EXPECT_FALSE(old->layers[0].hasMedian);
    EXPECT_DOUBLE_EQ(old->layers[0].medianMs, old->layers[0].averageMs) << "no median: the mean stands in";
    EXPECT_DOUBLE_EQ(old->layers[2].averageMs, 0.1) << "no averageMs: timeMs / count";
}

TEST(TrtexecReports, ExportLayerInfo)
{
    auto detailed = ml::TrtexecReports::parseLayerInfo(read("layers_v10.json"));
    ASSERT_TRUE(detailed.ok()) << detailed.errorMessage().toStdString();
    ASSERT_EQ(detailed->size(), 5u);
    EXPECT_TRUE(detailed->at(0).reformat);
    EXPECT_EQ(detailed->at(1).type, QStringLiteral("CaskConvolution"));
    EXPECT_TRUE(detailed->at(1).metadata.contains(QStringLiteral("[ONNX Layer: /relu/Relu]")));
    auto names = ml::TrtexecReports::parseLayerInfo(read("layers_v8.json"));
    ASSERT_TRUE(names.ok());
    ASSERT_EQ(names->size(), 3u);
    EXPECT_EQ(names->at(2).name, QStringLiteral("/fc/Gemm"));
    EXPECT_TRUE(names->at(2).type.isEmpty());
    EXPECT_FALSE(ml::TrtexecReports::parseLayerInfo("[]").ok());
}

TEST(TrtexecReports, ConsoleSummaryCurrent)
{
    const auto s = ml::TrtexecReports::parseConsole(QString::fromUtf8(read("console_v10.txt")));
    ASSERT_TRUE(s.found);
    EXPECT_EQ(s.version, QStringLiteral("10.3.0"));
    EXPECT_DOUBLE_EQ(s.throughputQps, 891.5);
    const auto &lat = s.times.at(QStringLiteral("latency"));
    EXPECT_DOUBLE_EQ(lat.min, 1.09);
    EXPECT_DOUBLE_EQ(lat.median, 1.115);
    EXPECT_DOUBLE_EQ(lat.p95, 1.13);
    EXPECT_DOUBLE_EQ(s.times.at(QStringLiteral("gpu_compute")).mean, 1.0025);
    EXPECT_DOUBLE_EQ(s.times.at(QStringLiteral("enqueue")).max, 0.08);
    EXPECT_DOUBLE_EQ(s.times.at(QStringLiteral("h2d")).p99, 0.1);
    EXPECT_DOUBLE_EQ(s.times.at(QStringLiteral("d2h")).median, 0.01);
    EXPECT_DOUBLE_EQ(s.totalHostWalltimeS, 3.003);
    EXPECT_DOUBLE_EQ(s.totalGpuComputeS, 0.00401);
    ASSERT_EQ(s.warnings.size(), 2);
    EXPECT_TRUE(s.warnings[0].contains(QStringLiteral("unstable")));
    const auto build = ml::TrtexecReports::parseConsole(QString::fromUtf8(read("console_build_v10.txt")));
    EXPECT_DOUBLE_EQ(build.buildSeconds, 17.8);
    EXPECT_FALSE(build.found);
}

TEST(TrtexecReports, ConsoleSummaryOlder)
{
    const auto v8 = ml::TrtexecReports::parseConsole(QString::fromUtf8(read("console_v8.txt")));
    ASSERT_TRUE(v8.found);
    EXPECT_EQ(v8.version, QStringLiteral("8.2.1"));
    EXPECT_DOUBLE_EQ(v8.times.at(QStringLiteral("latency")).p99, 1.13);
    EXPECT_DOUBLE_EQ(v8.times.at(QStringLiteral("gpu_compute")).min, 1.0);
    const auto v7 = ml::TrtexecReports::parseConsole(QString::fromUtf8(read("console_v7.txt")));
    ASSERT_TRUE(v7.found);
    const auto &host = v7.times.at(QStringLiteral("latency"));
    EXPECT_DOUBLE_EQ(host.min, 1.43) << "the end-to-end figure in brackets is not the host latency";
    EXPECT_DOUBLE_EQ(host.median, 1.49);
    EXPECT_DOUBLE_EQ(host.p99, 1.61);
    EXPECT_DOUBLE_EQ(v7.throughputQps, 627.4);
    EXPECT_DOUBLE_EQ(v7.totalHostWalltimeS, 3.0);
    EXPECT_DOUBLE_EQ(v7.times.at(QStringLiteral("enqueue")).median, 0.4);
    EXPECT_DOUBLE_EQ(v7.times.at(QStringLiteral("gpu_compute")).p99, 1.4);
    EXPECT_FALSE(ml::TrtexecReports::parseConsole(QStringLiteral("[I] nothing here")).found);
}

TEST(TrtexecReports, OutputsAndVersions)
{
    auto o = ml::TrtexecReports::parseOutputs(read("outputs.json"));
    ASSERT_TRUE(o.ok()) << o.errorMessage().toStdString();
    ASSERT_EQ(o->size(), 1u);
    EXPECT_EQ(o->at(0).shape, (ml::Shape{1, 4}));
    float v[4];
    std::memcpy(v, o->at(0).bytes.constData(), 16);
    EXPECT_FLOAT_EQ(v[1], -1.25f);
    EXPECT_FALSE(ml::TrtexecReports::parseOutputs(R"([{"name":"x","dimensions":"1x3","values":[1]}])").ok());
    EXPECT_EQ(ml::TrtexecReports::versionFromTag(QStringLiteral("v100300")), QStringLiteral("10.3.0"));
    EXPECT_EQ(ml::TrtexecReports::versionFromTag(QStringLiteral("8601")), QStringLiteral("8.6.1"));
}
