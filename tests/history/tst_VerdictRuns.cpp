// SPDX-License-Identifier: GPL-3.0-or-later
#include "RunComparison.h"

#include <QJsonDocument>
#include <QRegularExpression>

#include <gtest/gtest.h>

#include <cmath>
#include <vector>

using ml::SampleSet;
using ml::Verdict;

namespace {

SampleSet rounds(std::vector<double> medians)
{
    SampleSet s;
    s.roundMedians = std::move(medians);
    return s;
}

std::vector<double> scaled(std::vector<double> v, double factor)
{
    for (double &x : v)
        x *= factor;
    return v;
}

// Deterministic "iterations": a smooth wobble around base, no two alike.
std::vector<double> iterations(int n, double base, double wobble, double phase = 0)
{
    std::vector<double> v;
    for (int i = 0; i < n; ++i)
        v.push_back(base * (1 + wobble * std::sin(0.37 * i + phase)) + 1e-6 * i);
    return v;
}

std::string text(const Verdict &v) { return v.text().toStdString(); }

const std::vector<double> kQuiet{10.0, 10.1, 9.9, 10.05, 9.95};

} // namespace

TEST(VerdictRuns, IdenticalSamplesAreNoChange)
{
    const auto v = ml::compareRuns(rounds(kQuiet), rounds(kQuiet));
    ASSERT_TRUE(v.ok()) << v.errorMessage().toStdString();
    EXPECT_EQ(v->kind, Verdict::NoChange) << text(v.value());
    EXPECT_DOUBLE_EQ(v->ratio, 1.0);
    EXPECT_DOUBLE_EQ(v->p, 1.0);
    EXPECT_EQ(v->method, QStringLiteral("asymptotic")); // every value tied with its twin
    EXPECT_TRUE(v->text().startsWith(QStringLiteral("no change: ratio 1.00 (95% CI "))) << text(v.value());
}

TEST(VerdictRuns, FourVersusFourIsNotEnoughData)
{
    // Even a huge, perfectly separated slowdown: 4 vs 4 can never give p < 0.01.
    const std::vector<double> a{10.0, 10.1, 9.9, 10.05};
    const auto v = ml::compareRuns(rounds(a), rounds(scaled(a, 2.0)));
    ASSERT_TRUE(v.ok());
    EXPECT_EQ(v->kind, Verdict::NotEnoughData);
    EXPECT_EQ(v->shortfall, Verdict::Shortfall::TooFewSamples);
    EXPECT_TRUE(std::isnan(v->p));
    EXPECT_NEAR(v->ratio, 2.0, 1e-12); // the numbers are still there
    EXPECT_EQ(text(v.value()),
              "not enough data: 4 vs 4 rounds cannot reach p < 0.01 (the smallest possible p is "
              "0.029); ratio 2.00");
}

TEST(VerdictRuns, ClearSlowdownIsSlowerWithItsNumbers)
{
    const auto v = ml::compareRuns(rounds(kQuiet), rounds(scaled(kQuiet, 1.18)));
    ASSERT_TRUE(v.ok());
    EXPECT_EQ(v->kind, Verdict::Slower) << text(v.value());
    EXPECT_EQ(v->method, QStringLiteral("exact"));
    EXPECT_NEAR(v->p, 2.0 / 252, 1e-12);
    EXPECT_NEAR(v->ratio, 1.18, 1e-12);
    EXPECT_GT(v->ciLow, 1.02);
    EXPECT_DOUBLE_EQ(v->band, 0.02);
    EXPECT_FALSE(v->bandWidened);
    const QRegularExpression format(
            QStringLiteral(R"(^1\.18x slower \(95% CI 1\.1\d-1\.[12]\d\), p = 0\.008, 5 vs 5 rounds, band 2\.0%$)"));
    EXPECT_TRUE(format.match(v->text()).hasMatch()) << text(v.value());
}

TEST(VerdictRuns, SpeedUpIsStatedAsFactorWithInvertedInterval)
{
    const auto v = ml::compareRuns(rounds(kQuiet), rounds(scaled(kQuiet, 0.8)));
    ASSERT_TRUE(v.ok());
    EXPECT_EQ(v->kind, Verdict::Faster) << text(v.value());
    EXPECT_LT(v->ciHigh, 1 / 1.02);
    const QRegularExpression format(
            QStringLiteral(R"(^1\.25x faster \(95% CI (\d\.\d\d)-(\d\.\d\d)\), p = 0\.008, 5 vs 5 rounds, band 2\.0%$)"));
    const auto m = format.match(v->text());
    ASSERT_TRUE(m.hasMatch()) << text(v.value());
    EXPECT_NEAR(m.captured(1).toDouble(), 1 / v->ciHigh, 0.006);
    EXPECT_NEAR(m.captured(2).toDouble(), 1 / v->ciLow, 0.006);
    EXPECT_LE(m.captured(1).toDouble(), 1.25);
    EXPECT_GE(m.captured(2).toDouble(), 1.25);
}

TEST(VerdictRuns, SignificantOnePercentIsWithinNoise)
{
    const std::vector<double> a{10.00, 10.01, 10.02, 10.005, 10.015};
    const std::vector<double> b{10.10, 10.11, 10.12, 10.105, 10.115};
    const auto v = ml::compareRuns(rounds(a), rounds(b));
    ASSERT_TRUE(v.ok());
    EXPECT_LT(v->p, 0.01);
    EXPECT_EQ(v->kind, Verdict::WithinNoise) << text(v.value());
    EXPECT_TRUE(v->text().startsWith(QStringLiteral("within noise: ratio 1.01 (95% CI "))) << text(v.value());
}

TEST(VerdictRuns, NoisyRunWidensItsOwnBand)
{
    // A's rounds spread 7.4% (1.4826 * MAD 0.5 / median 10); B is quiet and 10% slower,
    // every round of B above every round of A, so the test is significant.
    const std::vector<double> noisy{9.0, 9.5, 10.0, 10.5, 10.6};
    const std::vector<double> quiet{10.8, 10.9, 11.0, 11.1, 11.2};
    const auto v = ml::compareRuns(rounds(noisy), rounds(quiet));
    ASSERT_TRUE(v.ok());
    EXPECT_NEAR(v->band, 1.4826 * 0.5 / 10, 1e-12);
    EXPECT_TRUE(v->bandWidened);
    EXPECT_LT(v->p, 0.01);
    EXPECT_EQ(v->kind, Verdict::WithinNoise) << text(v.value());
    EXPECT_TRUE(v->text().endsWith(QStringLiteral(", 5 vs 5 rounds, band 7.4% (widened to the runs' own spread)")))
            << text(v.value());

    // The same shift between quiet runs is outside a 2% band.
    const auto calm = ml::compareRuns(rounds(scaled(quiet, 1 / 1.1)), rounds(quiet));
    ASSERT_TRUE(calm.ok());
    EXPECT_EQ(calm->kind, Verdict::Slower) << text(calm.value());
}

TEST(VerdictRuns, SingleRoundUsesIterationsAndSaysDriftWasNotMeasured)
{
    SampleSet a, b, c;
    a.roundMedians = {10.0};
    a.iterations = iterations(200, 10.0, 0.01);
    b.roundMedians = {11.0};
    b.iterations = iterations(200, 11.0, 0.01, 1.0);
    c.iterations = iterations(200, 10.3, 0.01, 2.0); // imported: no rounds at all, 3% slower

    const auto slower = ml::compareRuns(a, b);
    ASSERT_TRUE(slower.ok());
    EXPECT_TRUE(slower->singleRound);
    EXPECT_EQ(slower->nA, 200);
    EXPECT_EQ(slower->nB, 200);
    EXPECT_EQ(slower->method, QStringLiteral("asymptotic"));
    EXPECT_DOUBLE_EQ(slower->band, 0.05);
    EXPECT_EQ(slower->kind, Verdict::Slower) << text(slower.value());
    EXPECT_TRUE(slower->text().contains(QStringLiteral(", 200 vs 200 iterations, band 5.0%"))) << text(slower.value());
    EXPECT_TRUE(slower->text().endsWith(QStringLiteral("; single round: session-to-session drift was not measured")))
            << text(slower.value());

    // 3% is significant over 200 iterations, yet inside the single-round band of 5%.
    const auto small = ml::compareRuns(a, c);
    ASSERT_TRUE(small.ok());
    EXPECT_LT(small->p, 1e-6);
    EXPECT_EQ(small->kind, Verdict::WithinNoise) << text(small.value());
    EXPECT_TRUE(small->singleRound);

    // A multi-round run against a single-round one: both fall back to iterations.
    SampleSet many = a;
    many.roundMedians = kQuiet;
    EXPECT_TRUE(ml::noiseBand(many, b).singleRound);
    EXPECT_FALSE(ml::noiseBand(many, many).singleRound);
}

TEST(VerdictRuns, P99NeedsAThousandIterations)
{
    SampleSet a = rounds(kQuiet), b = rounds(scaled(kQuiet, 1.18));
    a.iterations = iterations(999, 10.0, 0.05);
    b.iterations = iterations(1500, 12.0, 0.05, 0.5);
    const auto few = ml::compareP99(a, b);
    ASSERT_TRUE(few.ok());
    EXPECT_EQ(few->kind, Verdict::NotEnoughData);
    EXPECT_EQ(few->shortfall, Verdict::Shortfall::TooFewIterations);
    EXPECT_NEAR(few->ratio, 1.2, 0.01); // shown, without a verdict
    EXPECT_TRUE(std::isnan(few->ciLow));
    EXPECT_TRUE(few->text().startsWith(QStringLiteral("p99 not compared: needs 1,000 iterations in each run, "
                                                      "has 999 vs 1500")))
            << text(few.value());

    a.iterations = iterations(1000, 10.0, 0.05);
    const auto enough = ml::compareP99(a, b);
    ASSERT_TRUE(enough.ok());
    EXPECT_EQ(enough->kind, Verdict::Slower) << text(enough.value());
    EXPECT_EQ(enough->method, QStringLiteral("bootstrap"));
    EXPECT_TRUE(std::isnan(enough->p));
    EXPECT_TRUE(enough->text().startsWith(QStringLiteral("p99 1.20x slower (95% CI "))) << text(enough.value());
    EXPECT_TRUE(enough->text().endsWith(QStringLiteral(", 1000 vs 1500 iterations, band 2.0%"))) << text(enough.value());

    const auto same = ml::compareP99(a, a);
    ASSERT_TRUE(same.ok());
    EXPECT_EQ(same->kind, Verdict::NoChange) << text(same.value());
}

TEST(VerdictRuns, JsonRoundTrip)
{
    const auto v = ml::compareRuns(rounds(kQuiet), rounds(scaled(kQuiet, 1.18)));
    ASSERT_TRUE(v.ok());
    const QByteArray json = QJsonDocument(v->toJson()).toJson();
    const Verdict back = Verdict::fromJson(QJsonDocument::fromJson(json).object());
    EXPECT_EQ(back.kind, v->kind);
    EXPECT_EQ(back.text(), v->text());
    EXPECT_DOUBLE_EQ(back.ciLow, v->ciLow);
    EXPECT_EQ(back.method, v->method);
    EXPECT_TRUE(std::isnan(back.q)); // never set: left out of the JSON, read back as NaN
    EXPECT_FALSE(v->toJson().contains(QStringLiteral("q")));
    EXPECT_EQ(v->toJson().value(QStringLiteral("kind")).toString(), QStringLiteral("slower"));
}

TEST(VerdictRuns, BadSamplesAreErrors)
{
    const auto v = ml::compareRuns(rounds(kQuiet), rounds({10.0, -1.0, 10.0, 10.0, 10.0}));
    ASSERT_FALSE(v.ok());
    EXPECT_EQ(v.errorMessage(),
              QStringLiteral("candidate run: round 2 has a latency of -1 ms; "
                             "a latency must be positive and finite"));
    const auto empty = ml::compareRuns(SampleSet{}, rounds(kQuiet));
    ASSERT_TRUE(empty.ok());
    EXPECT_EQ(empty->kind, Verdict::NotEnoughData);
    EXPECT_EQ(empty->shortfall, Verdict::Shortfall::NoSamples);
}
