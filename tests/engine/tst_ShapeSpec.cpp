// SPDX-License-Identifier: GPL-3.0-or-later
#include "EngineSettings.h"
#include "InputSource.h"
#include "ShapeSpec.h"

#include <gtest/gtest.h>

#include <cmath>

using ml::ShapeSpec;

TEST(ShapeSpec, ParsesTrtexecSyntax)
{
    auto s = ShapeSpec::parse(QStringLiteral("input0:1x3x224x224,'in:0':2x5,sr:"));
    ASSERT_TRUE(s.ok()) << s.errorMessage().toStdString();
    ASSERT_EQ(s->size(), 3u);
    EXPECT_EQ(s->at(0).first, QStringLiteral("input0"));
    EXPECT_EQ(s->at(0).second, (ml::Shape{1, 3, 224, 224}));
    EXPECT_EQ(s->at(1).first, QStringLiteral("in:0"));
    EXPECT_EQ(s->at(1).second, (ml::Shape{2, 5}));
    EXPECT_TRUE(s->at(2).second.empty()) << "nothing after the colon: a scalar";
    EXPECT_EQ(ShapeSpec::format(s.value()), QStringLiteral("input0:1x3x224x224,'in:0':2x5,sr:"));
}

TEST(ShapeSpec, RejectsMalformedLists)
{
    EXPECT_FALSE(ShapeSpec::parse(QStringLiteral("input0")).ok());
    EXPECT_FALSE(ShapeSpec::parse(QStringLiteral("input0:1xAx3")).ok());
    EXPECT_FALSE(ShapeSpec::parse(QStringLiteral("input0:1x-3")).ok());
    EXPECT_FALSE(ShapeSpec::parse(QStringLiteral("'open:1x2")).ok());
    EXPECT_FALSE(ShapeSpec::parse(QStringLiteral(":1x2")).ok());
}

TEST(InputSource, ParsesFileConstantAndRange)
{
    auto c = ml::InputSource::parse(QStringLiteral("=16000"));
    ASSERT_TRUE(c.ok());
    EXPECT_EQ(c->kind, ml::InputSource::Kind::Constant);
    EXPECT_EQ(c->value, 16000);
    auto r = ml::InputSource::parse(QStringLiteral("-0.5..2"));
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->kind, ml::InputSource::Kind::Random);
    EXPECT_EQ(r->low, -0.5);
    EXPECT_EQ(r->high, 2);
    auto f = ml::InputSource::parse(QStringLiteral("/tmp/x.npy"));
    ASSERT_TRUE(f.ok());
    EXPECT_EQ(f->kind, ml::InputSource::Kind::File);
    EXPECT_FALSE(ml::InputSource::parse(QStringLiteral("=abc")).ok());
    EXPECT_FALSE(ml::InputSource::parse(QStringLiteral("3..1")).ok());
    const auto back = ml::InputSource::fromJson(r->toJson());
    EXPECT_EQ(back.low, -0.5);
    EXPECT_TRUE(std::isnan(ml::InputSource::fromJson(ml::InputSource().toJson()).low));
}

TEST(EngineSettings, JsonRoundTrip)
{
    ml::EngineSettings s;
    s.modelPath = QStringLiteral("/m.onnx");
    s.shapes[QStringLiteral("x")] = {1, 3};
    s.sources[QStringLiteral("sr")] = ml::InputSource::constant(16000);
    s.seed = 0xffffffffffffffffull;
    s.optimizationLevel = ml::OptimizationLevel::Extended;
    s.intraOpThreads = 3;
    s.parallelExecution = true;
    s.spinning = false;
    s.precisions = {QStringLiteral("fp16")};
    s.durationSeconds = 1.5;
    s.perLayer = true;
    auto back = ml::EngineSettings::fromJson(s.toJson());
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(back->seed, s.seed) << "64-bit seeds survive JSON";
    EXPECT_EQ(back->shapes, s.shapes);
    EXPECT_EQ(back->sources.at(QStringLiteral("sr")).value, 16000);
    EXPECT_EQ(back->optimizationLevel, ml::OptimizationLevel::Extended);
    EXPECT_TRUE(back->parallelExecution);
    EXPECT_FALSE(back->spinning);
    EXPECT_EQ(back->precisions, s.precisions);
    EXPECT_EQ(back->durationSeconds, 1.5);
    QJsonObject bad = s.toJson();
    bad.insert(QStringLiteral("optimization_level"), QStringLiteral("max"));
    EXPECT_FALSE(ml::EngineSettings::fromJson(bad).ok());
}
