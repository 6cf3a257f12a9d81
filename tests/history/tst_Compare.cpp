// SPDX-License-Identifier: GPL-3.0-or-later
// Comparisons of stored runs (ComparisonReport, Trend) and `modellens-cli compare` / `trend`
// on runs recorded into a temporary SQLite file: constructed runs with known differences, so
// every verdict is deterministic.
#include "ComparisonReport.h"
#include "HistoryStore.h"
#include "HistoryTestSupport.h"
#include "RunRounds.h"
#include "Trend.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <cmath>

#include "CliRun.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace ml;

namespace {

using Cli = mltest::CliRun;

Cli cli(const QString &db, const QStringList &args) { return mltest::runCli(QStringLiteral(MODELLENS_CLI), args, db); }

// A run of `rounds` rounds around `baseMs` (2% noise; each round drifts by up to 1%), with
// `layers` layers of which the first is `slowLayer` times slower, merged by mergeRounds as
// the run session merges its rounds.
RunRecord rounded(const QString &model, double baseMs, int rounds, unsigned seed, int layers = 0, double slowLayer = 1.0)
{
    std::vector<std::shared_ptr<const RunResult>> parts;
    for (int k = 0; k < rounds; ++k) {
        const double drift = 0.005 * (int((unsigned(k) * 7 + seed) % 3) - 1); // -0.5%, 0, +0.5%
        RunResult r = test::syntheticResult(40, layers, baseMs * (1.0 + drift), seed * 31 + unsigned(k));
        if (r.layers && slowLayer != 1.0) {
            for (LayerTiming &l : r.layers->layers)
                if (l.node == u"/block0/Conv")
                    l.meanMs *= slowLayer;
        }
        parts.push_back(std::make_shared<const RunResult>(std::move(r)));
    }
    EngineSettings full;
    full.modelPath = model;
    full.iterations = 40 * rounds;
    full.intraOpThreads = 2;
    full.rounds = rounds;
    full.perLayer = layers > 0;
    RoundedResult merged = mergeRounds(parts, full);
    RunRecord rec;
    rec.result = merged.result;
    rec.rounds = merged.rounds;
    rec.modelPath = model;
    rec.durationMs = 1000;
    return rec;
}

class CompareTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        db = dir.filePath(u"h.sqlite"_s);
        model = dir.filePath(u"model.onnx"_s);
        const QString source = test::sharedModel(u"conv_dynhw.onnx"_s);
        if (source.isEmpty())
            GTEST_SKIP() << "shared model conv_dynhw.onnx not found";
        ASSERT_TRUE(QFile::copy(source, model));
        auto opened = HistoryStore::open(db);
        ASSERT_TRUE(opened) << opened.errorMessage().toStdString();
        store = std::move(opened).value();
    }
    QString record(const RunRecord &r)
    {
        auto id = store->recordRun(r);
        EXPECT_TRUE(id) << id.errorMessage().toStdString();
        return id ? id.value() : QString();
    }
    QTemporaryDir dir;
    QString db, model;
    std::unique_ptr<HistoryStore> store;
};

TEST_F(CompareTest, RoundsAreStoredAndReadBack)
{
    const QString id = record(rounded(model, 10, 5, 1, 4));
    auto run = store->loadRun(id);
    ASSERT_TRUE(run);
    ASSERT_EQ(run->rounds.size(), 5u);
    EXPECT_EQ(run->summary.rounds, 5);
    EXPECT_EQ(run->summary.iterations, 200);
    for (const RunRound &r : run->rounds) {
        EXPECT_EQ(r.latenciesMs.size(), 40u);
        EXPECT_EQ(r.layerMeansMs.size(), 4u);
    }
    const LayerSampleMap layers = layerSamplesOf(run.value());
    ASSERT_EQ(layers.size(), 4u);
    EXPECT_EQ(layers.at(u"/block0/Conv"_s).roundMeans.size(), 5u);
    EXPECT_EQ(samplesOf(run.value()).roundMedians.size(), 5u);
}

TEST_F(CompareTest, ARunAgainstItselfIsNoChange)
{
    const QString id = record(rounded(model, 10, 5, 1, 4));
    auto run = store->loadRun(id);
    ASSERT_TRUE(run);
    auto report = compareStoredRuns(run.value(), run.value());
    ASSERT_TRUE(report) << report.errorMessage().toStdString();
    EXPECT_TRUE(report->differences.empty());
    EXPECT_EQ(report->median.kind, Verdict::NoChange) << report->median.text().toStdString();
    EXPECT_FALSE(report->slower());
    for (const LayerDelta &d : report->layers)
        EXPECT_EQ(d.verdict->kind, Verdict::NoChange) << d.node.toStdString();
}

TEST_F(CompareTest, SlowerCandidateAndTheSlowLayerFirst)
{
    const QString a = record(rounded(model, 10, 5, 1, 6));
    const QString b = record(rounded(model, 12, 5, 2, 6, 3.0));
    auto ra = store->loadRun(a), rb = store->loadRun(b);
    ASSERT_TRUE(ra && rb);
    auto report = compareStoredRuns(ra.value(), rb.value());
    ASSERT_TRUE(report) << report.errorMessage().toStdString();
    EXPECT_EQ(report->median.kind, Verdict::Slower) << report->median.text().toStdString();
    EXPECT_NEAR(report->median.ratio, 1.2, 0.02);
    EXPECT_TRUE(report->median.text().startsWith(u"1.20x slower (95% CI "_s)) << report->median.text().toStdString();
    EXPECT_TRUE(report->median.text().contains(u"5 vs 5 rounds"_s));
    ASSERT_FALSE(report->layers.empty());
    EXPECT_EQ(report->layers.front().node, u"/block0/Conv"_s) << "the largest delta first";
    EXPECT_EQ(report->layers.front().verdict->kind, Verdict::Slower);

    // The CLI: exit 3 with --fail-on slower, 0 without, 0 the other way round (faster).
    Cli gate = cli(db, {u"compare"_s, a, b, u"--fail-on"_s, u"slower"_s});
    EXPECT_EQ(gate.code, 3) << gate.err.toStdString();
    EXPECT_TRUE(gate.out.contains(u"1.20x slower (95% CI"_s)) << gate.out.toStdString();
    EXPECT_TRUE(gate.out.contains(u"/block0/Conv"_s)) << gate.out.toStdString();
    EXPECT_EQ(cli(db, {u"compare"_s, a, b}).code, 0);
    Cli faster = cli(db, {u"compare"_s, b, a, u"--fail-on"_s, u"slower"_s, u"--json"_s});
    EXPECT_EQ(faster.code, 0) << faster.err.toStdString();
    const QJsonArray json = QJsonDocument::fromJson(faster.out.toUtf8()).array();
    ASSERT_EQ(json.size(), 1);
    EXPECT_EQ(json.at(0)[u"median"_s][u"kind"_s].toString(), u"faster"_s);
    EXPECT_FALSE(json.at(0)[u"slower"_s].toBool());
    EXPECT_EQ(json.at(0)[u"a"_s][u"round_medians_ms"_s].toArray().size(), 5);
}

TEST_F(CompareTest, ModelVersionDifferenceComesFirst)
{
    const QString a = record(rounded(model, 10, 5, 1));
    // The same lineage (same path), another version: other bytes.
    ASSERT_TRUE(QFile::remove(model));
    const QString other = test::sharedModel(u"squeezenet1_0.onnx"_s);
    if (other.isEmpty())
        GTEST_SKIP() << "shared model squeezenet1_0.onnx not found";
    ASSERT_TRUE(QFile::copy(other, model));
    RunRecord second = rounded(model, 10, 5, 3);
    second.result->settings.insert(u"intra_op_threads"_s, 1);
    const QString b = record(second);
    Cli c = cli(db, {u"compare"_s, a, b, u"--json"_s});
    ASSERT_EQ(c.code, 0) << c.err.toStdString();
    const QJsonArray diffs = QJsonDocument::fromJson(c.out.toUtf8()).array().at(0)[u"differences"_s].toArray();
    ASSERT_GE(diffs.size(), 2);
    EXPECT_EQ(diffs.at(0)[u"kind"_s].toString(), u"modelVersion"_s);
    EXPECT_EQ(diffs.at(1)[u"what"_s].toString(), u"setting intra_op_threads"_s);
    Cli text = cli(db, {u"compare"_s, a, b});
    const qsizetype version = text.out.indexOf(u"model version:"_s), verdict = text.out.indexOf(u"median:"_s);
    EXPECT_GE(version, 0) << text.out.toStdString();
    EXPECT_LT(version, verdict) << "differences before any number";
}

TEST_F(CompareTest, BadRunsAreNamed)
{
    const QString a = record(rounded(model, 10, 5, 1));
    Cli unknown = cli(db, {u"compare"_s, a, u"zzzzzzzz"_s});
    EXPECT_EQ(unknown.code, 2);
    EXPECT_TRUE(unknown.err.contains(u"zzzzzzzz"_s)) << unknown.err.toStdString();
    RunRecord failed;
    failed.status = RunStatus::Failed;
    failed.failureReason = u"the engine crashed"_s;
    failed.modelPath = model;
    const QString f = record(failed);
    Cli bad = cli(db, {u"compare"_s, a, f, u"--fail-on"_s, u"slower"_s});
    EXPECT_EQ(bad.code, 2);
    EXPECT_TRUE(bad.err.contains(f) && bad.err.contains(u"the engine crashed"_s)) << bad.err.toStdString();
    EXPECT_EQ(cli(db, {u"compare"_s, a}).code, 2) << "one run is nothing to compare";
    EXPECT_EQ(cli(db, {u"compare"_s, a, a, u"--fail-on"_s, u"faster"_s}).code, 2);
    Cli none = cli(db, {u"trend"_s, u"no-such-model"_s});
    EXPECT_EQ(none.code, 2);
    EXPECT_TRUE(none.err.contains(u"no-such-model"_s)) << none.err.toStdString();
}

TEST_F(CompareTest, SingleRoundRunsSayDriftWasNotMeasured)
{
    const QString a = record(rounded(model, 10, 1, 1));
    const QString b = record(rounded(model, 10, 1, 2));
    auto report = compareStoredRuns(store->loadRun(a).value(), store->loadRun(b).value());
    ASSERT_TRUE(report);
    EXPECT_TRUE(report->median.singleRound);
    EXPECT_TRUE(report->median.text().contains(u"session-to-session drift was not measured"_s))
            << report->median.text().toStdString();
}

TEST_F(CompareTest, TrendMarksTheRegression)
{
    QStringList ids;
    const double base[] = {10, 10.02, 9.98, 12, 12.01};
    for (unsigned i = 0; i < 5; ++i) {
        RunRecord r = rounded(model, base[i], 5, i + 1);
        r.startedAt = QDateTime::currentDateTimeUtc().addSecs(-3600 + 60 * i);
        ids << record(r);
    }
    ASSERT_TRUE(store->setBaseline(u"main"_s, ids[0]));
    // Another series of the same model (other settings): judged on its own.
    RunRecord other = rounded(model, 20, 5, 9);
    other.result->settings.insert(u"intra_op_threads"_s, 1);
    record(other);

    RunFilter f;
    f.limit = 0;
    auto runs = store->listRounds(f);
    ASSERT_TRUE(runs);
    auto trend = buildTrend(runs.value());
    ASSERT_TRUE(trend) << trend.errorMessage().toStdString();
    ASSERT_EQ(trend->size(), 2u);
    const TrendSeries &s = trend->at(0).points.size() == 5 ? trend->at(0) : trend->at(1);
    ASSERT_EQ(s.points.size(), 5u);
    EXPECT_EQ(s.baselineId, ids[0]);
    EXPECT_FALSE(s.points[1].regression);
    EXPECT_FALSE(s.points[2].regression);
    EXPECT_TRUE(s.points[3].regression) << s.points[3].vsPrevious->text().toStdString();
    EXPECT_EQ(s.points[3].vsPrevious->kind, Verdict::Slower);
    EXPECT_EQ(s.points[4].vsPrevious->kind, Verdict::NoChange);
    EXPECT_TRUE(s.points[4].regression) << "still slower than the baseline";
    EXPECT_EQ(s.regressions(), 2);

    Cli c = cli(db, {u"trend"_s, u"model.onnx"_s, u"--json"_s});
    ASSERT_EQ(c.code, 0) << c.err.toStdString();
    const QJsonArray series = QJsonDocument::fromJson(c.out.toUtf8()).array();
    ASSERT_EQ(series.size(), 2);
    int regressions = 0;
    for (const auto &v : series)
        regressions += v[u"regressions"_s].toInt();
    EXPECT_EQ(regressions, 2);
    Cli text = cli(db, {u"trend"_s, u"model.onnx"_s});
    EXPECT_TRUE(text.out.contains(u"regression at %1"_s.arg(ids[3]))) << text.out.toStdString();
}

// In a trend the interval is bootstrapped only where it decides the verdict: a significant
// difference inside the band is "within noise" without one (runs of one round, whose many
// iterations make a 1% drift significant), one outside it gets its interval.
TEST(Trend, IntervalsOnlyWhereTheyDecide)
{
    std::vector<StoredRounds> runs(3);
    const double base[] = {10.0, 10.1, 12.0};
    for (int i = 0; i < 3; ++i) {
        RunSummary &s = runs[i].summary;
        s.id = u"run%1"_s.arg(i);
        s.modelId = 1;
        s.iterations = 400;
        s.startedAt = QDateTime::fromSecsSinceEpoch(1000 + i, Qt::UTC);
        const RunResult r = test::syntheticResult(400, 0, base[i], unsigned(i + 1));
        runs[i].rounds.push_back(r.latenciesMs); // one round: the iterations are the samples
    }
    auto trend = buildTrend(runs);
    ASSERT_TRUE(trend) << trend.errorMessage().toStdString();
    ASSERT_EQ(trend->size(), 1u);
    const auto &points = trend->front().points;
    ASSERT_EQ(points.size(), 3u);
    const Verdict &drift = *points[1].vsPrevious, &step = *points[2].vsPrevious;
    EXPECT_LT(drift.p, 0.01) << "1% over 400 iterations is significant";
    EXPECT_EQ(drift.kind, Verdict::WithinNoise) << drift.text().toStdString();
    EXPECT_TRUE(std::isnan(drift.ciLow));
    EXPECT_TRUE(drift.text().startsWith(u"within noise: ratio 1.01, p < 0.001"_s)) << drift.text().toStdString();
    EXPECT_EQ(step.kind, Verdict::Slower) << step.text().toStdString();
    EXPECT_TRUE(step.text().contains(u"(95% CI "_s)) << step.text().toStdString();
    EXPECT_TRUE(points[2].regression);
    EXPECT_FALSE(points[1].regression);
}

} // namespace
