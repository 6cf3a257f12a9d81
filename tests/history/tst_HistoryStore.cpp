// SPDX-License-Identifier: GPL-3.0-or-later
// Recording, loading, listing and changing runs, on real SQLite files.
#include "HistorySql.h"
#include "HistoryStore.h"
#include "HistoryTestSupport.h"
#include "RunSettingsKey.h"

#include <QSqlDatabase>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace ml;
using namespace Qt::StringLiterals;

namespace {

class HistoryStoreTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        auto opened = HistoryStore::open(dir.filePath(u"history.sqlite"_s));
        ASSERT_TRUE(opened) << opened.errorMessage().toStdString();
        store = std::move(opened.value());
    }
    QString record(RunRecord rec)
    {
        auto id = store->recordRun(rec);
        EXPECT_TRUE(id) << id.errorMessage().toStdString();
        return id ? id.value() : QString();
    }
    RunRecord completed(int iterations, int layers, double baseMs, unsigned seed, const QString &model = QString())
    {
        RunRecord rec;
        rec.result = test::syntheticResult(iterations, layers, baseMs, seed);
        rec.modelPath = model;
        rec.durationMs = 1234;
        return rec;
    }
    QTemporaryDir dir;
    std::unique_ptr<HistoryStore> store;
};

TEST_F(HistoryStoreTest, StoresAndLoadsARunExactly)
{
    ML_REQUIRE_MODEL(model, "squeezenet1_0.onnx");
    RunRecord rec = completed(1000, 200, 3.5, 7, model);
    rec.tags << u"nightly"_s << u"cpu"_s;
    rec.note = u"first try"_s;
    rec.startedAt = QDateTime::fromString(u"2026-03-01T10:00:00.250Z"_s, Qt::ISODateWithMs);
    const QString id = record(rec);
    ASSERT_EQ(id.size(), 8);
    EXPECT_TRUE(QRegularExpression(u"^[0-9a-f]{8}$"_s).match(id).hasMatch());

    auto loaded = store->loadRun(id);
    ASSERT_TRUE(loaded) << loaded.errorMessage().toStdString();
    const StoredRun &run = loaded.value();
    EXPECT_EQ(run.summary.id, id);
    EXPECT_EQ(run.summary.startedAt, rec.startedAt);
    EXPECT_EQ(run.summary.status, RunStatus::Completed);
    EXPECT_EQ(run.summary.modelName, u"squeezenet1_0.onnx"_s);
    EXPECT_EQ(run.summary.backend, u"onnxruntime"_s);
    EXPECT_EQ(run.summary.provider, u"CPUExecutionProvider"_s);
    EXPECT_EQ(run.summary.tags, (QStringList{u"cpu"_s, u"nightly"_s}));
    EXPECT_EQ(run.summary.note, u"first try"_s);
    EXPECT_EQ(run.summary.iterations, 1000);
    EXPECT_EQ(run.summary.layerCount, 200);
    EXPECT_DOUBLE_EQ(run.summary.durationMs, 1234);
    // Every iteration back, bit for bit, in order.
    ASSERT_EQ(run.result.latenciesMs.size(), rec.result->latenciesMs.size());
    for (std::size_t i = 0; i < rec.result->latenciesMs.size(); ++i)
        ASSERT_EQ(run.result.latenciesMs[i], rec.result->latenciesMs[i]) << i;
    EXPECT_DOUBLE_EQ(run.result.latency.mean, rec.result->latency.mean);
    EXPECT_DOUBLE_EQ(run.result.latency.p99, rec.result->latency.p99);
    EXPECT_DOUBLE_EQ(run.result.buildMs, rec.result->buildMs);
    EXPECT_EQ(run.result.peakRssBytes, rec.result->peakRssBytes);
    ASSERT_TRUE(run.result.layers);
    ASSERT_EQ(run.result.layers->layers.size(), 200u);
    for (std::size_t i = 0; i < 200; ++i) {
        const auto &a = run.result.layers->layers[i], &b = rec.result->layers->layers[i];
        EXPECT_EQ(a.node, b.node);
        EXPECT_EQ(a.opType, b.opType);
        EXPECT_EQ(a.kernels, b.kernels);
        EXPECT_DOUBLE_EQ(a.meanMs, b.meanMs);
        EXPECT_DOUBLE_EQ(a.share, b.share);
    }
    EXPECT_EQ(run.result.layers->opTypes.size(), rec.result->layers->opTypes.size());
    ASSERT_EQ(run.rounds.size(), 1u);
    EXPECT_EQ(run.rounds[0].latenciesMs.size(), 1000u);
    // The settings lost the job's temporary folders and the model's path.
    EXPECT_FALSE(run.settings.contains(u"work_dir"_s));
    EXPECT_FALSE(run.settings.contains(u"model"_s));
    EXPECT_EQ(run.settings.value(u"intra_op_threads"_s).toInt(), 2);
    EXPECT_FALSE(run.machine.value(u"kernel"_s).toString().isEmpty());
    EXPECT_EQ(run.machine.value(u"onnxruntime"_s).toString(), u"1.30.0"_s);
}

TEST_F(HistoryStoreTest, SettingsHashIgnoresTemporaryPaths)
{
    const QString a = record(completed(10, 0, 1.0, 1));
    const QString b = record(completed(10, 0, 1.0, 2)); // other work_dir and result paths
    RunRecord other = completed(10, 0, 1.0, 3);
    other.result->settings.insert(u"intra_op_threads"_s, 4);
    const QString c = record(other);
    const auto ra = store->loadRun(a), rb = store->loadRun(b), rc = store->loadRun(c);
    ASSERT_TRUE(ra && rb && rc);
    EXPECT_EQ(ra->summary.settingsHash, rb->summary.settingsHash);
    EXPECT_NE(ra->summary.settingsHash, rc->summary.settingsHash);
    EXPECT_EQ(ra->summary.machineFingerprint, rc->summary.machineFingerprint);
    const RunSettingsKey key = RunSettingsKey::from(QJsonObject{
            {u"inputs"_s,
             QJsonArray{QJsonObject{{u"source"_s, QJsonObject{{u"kind"_s, u"file"_s}, {u"file"_s, u"/tmp/abc/in.npy"_s}}}}}}});
    EXPECT_EQ(
            key.canonical.value(u"inputs"_s).toArray().at(0).toObject().value(u"source"_s).toObject().value(u"file"_s).toString(),
            u"<tmp>/in.npy"_s);
}

TEST_F(HistoryStoreTest, FailedAndCancelledRunsKeepTheirReason)
{
    RunRecord failed;
    failed.status = RunStatus::Failed;
    failed.failureReason = u"the engine ran out of memory"_s;
    failed.settings = QJsonObject{{u"backend"_s, u"trtexec"_s}, {u"precisions"_s, QJsonArray{u"fp16"_s}}};
    const QString f = record(failed);
    RunRecord cancelled;
    cancelled.status = RunStatus::Cancelled;
    cancelled.failureReason = u"cancelled by the user"_s;
    const QString c = record(cancelled);
    RunRecord incomplete; // completed, but no result: refused
    EXPECT_FALSE(store->recordRun(incomplete));

    auto rf = store->loadRun(f);
    ASSERT_TRUE(rf) << rf.errorMessage().toStdString();
    EXPECT_EQ(rf->summary.status, RunStatus::Failed);
    EXPECT_EQ(rf->summary.failureReason, u"the engine ran out of memory"_s);
    EXPECT_EQ(rf->summary.backend, u"tensorrt"_s);
    EXPECT_EQ(rf->summary.precision, u"fp16"_s);
    RunFilter onlyFailed;
    onlyFailed.status = RunStatus::Failed;
    auto list = store->listRuns(onlyFailed);
    ASSERT_TRUE(list);
    ASSERT_EQ(list->size(), 1u);
    EXPECT_EQ(list->front().id, f);
    onlyFailed.status = RunStatus::Cancelled;
    EXPECT_EQ(store->countRuns(onlyFailed).value(), 1);
    EXPECT_EQ(store->listRuns(onlyFailed)->front().id, c);
}

TEST_F(HistoryStoreTest, RoundsAndPerRoundLayerMeans)
{
    RunRecord rec = completed(30, 4, 2.0, 5);
    for (int r = 0; r < 3; ++r) {
        RunRound round;
        round.latenciesMs.assign(rec.result->latenciesMs.begin() + r * 10, rec.result->latenciesMs.begin() + (r + 1) * 10);
        for (int l = 0; l < 4; ++l)
            round.layerMeansMs.push_back(0.1 * (r + 1) + 0.01 * l);
        rec.rounds.push_back(round);
    }
    auto run = store->loadRun(record(rec));
    ASSERT_TRUE(run) << run.errorMessage().toStdString();
    EXPECT_EQ(run->summary.rounds, 3);
    ASSERT_EQ(run->rounds.size(), 3u);
    for (int r = 0; r < 3; ++r) {
        ASSERT_EQ(run->rounds[r].latenciesMs.size(), 10u);
        EXPECT_EQ(run->rounds[r].latenciesMs[0], rec.rounds[r].latenciesMs[0]);
        ASSERT_EQ(run->rounds[r].layerMeansMs.size(), 4u);
        EXPECT_DOUBLE_EQ(run->rounds[r].layerMeansMs[3], rec.rounds[r].layerMeansMs[3]);
    }
    EXPECT_EQ(run->result.latenciesMs.size(), 30u);
}

TEST_F(HistoryStoreTest, NamesRunsByIdPrefixLastAndLastN)
{
    QStringList ids;
    for (int i = 0; i < 5; ++i) {
        RunRecord rec = completed(5, 0, 1.0 + i, unsigned(i));
        rec.startedAt = QDateTime::fromMSecsSinceEpoch(1700000000000LL + i * 60000, Qt::UTC);
        ids << record(rec);
    }
    EXPECT_EQ(store->resolveRun(u"last"_s).value(), ids[4]);
    EXPECT_EQ(store->resolveRun(u"last~0"_s).value(), ids[4]);
    EXPECT_EQ(store->resolveRun(u"last~1"_s).value(), ids[3]);
    EXPECT_EQ(store->resolveRun(u"LAST~4"_s).value(), ids[0]);
    EXPECT_FALSE(store->resolveRun(u"last~5"_s));
    EXPECT_EQ(store->resolveRun(ids[2]).value(), ids[2]);
    EXPECT_EQ(store->resolveRun(ids[2].toUpper()).value(), ids[2]);
    // The shortest prefix that is unique among the five.
    for (int n = 4; n <= 8; ++n) {
        int matches = 0;
        for (const QString &id : ids)
            matches += id.startsWith(ids[1].left(n));
        if (matches == 1) {
            EXPECT_EQ(store->resolveRun(ids[1].left(n)).value(), ids[1]);
            break;
        }
    }
    EXPECT_FALSE(store->resolveRun(u"abc"_s)) << "too short";
    EXPECT_FALSE(store->resolveRun(u"zzzzzzzz"_s));
    auto none = store->resolveRun(u"ffffffff"_s == ids[0] ? u"fffffffe"_s : u"ffffffff"_s);
    ASSERT_FALSE(none);
    EXPECT_TRUE(none.errorMessage().contains(store->path()));
}

TEST_F(HistoryStoreTest, ResolvesAnAmbiguousPrefixWithAMessage)
{
    // Ids are random: write two runs whose ids share a prefix by renaming them.
    const QString a = record(completed(5, 0, 1.0, 1));
    const QString b = record(completed(5, 0, 1.0, 2));
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw-ambiguous"_s);
        raw.setDatabaseName(store->path());
        ASSERT_TRUE(raw.open());
        ASSERT_TRUE(HistorySql(raw).exec(u"UPDATE runs SET run_id = ? WHERE run_id = ?"_s, {u"abcd1111"_s, a}));
        ASSERT_TRUE(HistorySql(raw).exec(u"UPDATE runs SET run_id = ? WHERE run_id = ?"_s, {u"abcd2222"_s, b}));
        raw.close();
    }
    QSqlDatabase::removeDatabase(u"raw-ambiguous"_s);
    auto r = store->resolveRun(u"abcd"_s);
    ASSERT_FALSE(r);
    EXPECT_TRUE(r.errorMessage().contains(u"ambiguous"_s)) << r.errorMessage().toStdString();
    EXPECT_EQ(store->resolveRun(u"abcd2"_s).value(), u"abcd2222"_s);
}

TEST_F(HistoryStoreTest, FiltersSortsAndPages)
{
    ML_REQUIRE_MODEL(squeeze, "squeezenet1_0.onnx");
    ML_REQUIRE_MODEL(conv, "conv_dynhw.onnx");
    const qint64 t0 = 1750000000000LL;
    QStringList ids;
    for (int i = 0; i < 12; ++i) {
        RunRecord rec = completed(20, 0, 1.0 + i, unsigned(i), i % 2 ? squeeze : conv);
        rec.startedAt = QDateTime::fromMSecsSinceEpoch(t0 + i * 3600000LL, Qt::UTC);
        if (i % 3 == 0)
            rec.tags << u"release"_s;
        if (i == 11) {
            rec.result->backend = u"tensorrt"_s;
            rec.result->settings.insert(u"backend"_s, u"trtexec"_s);
        }
        ids << record(rec);
    }
    RunFilter all;
    EXPECT_EQ(store->countRuns(all).value(), 12);
    auto newest = store->listRuns(all);
    ASSERT_TRUE(newest);
    EXPECT_EQ(newest->front().id, ids[11]);
    EXPECT_EQ(newest->back().id, ids[0]);

    RunFilter byModel;
    byModel.model = squeeze;
    EXPECT_EQ(store->countRuns(byModel).value(), 6);
    byModel.model = u"conv_dyn"_s; // a part of the name
    EXPECT_EQ(store->countRuns(byModel).value(), 6);

    RunFilter byTag;
    byTag.tag = u"release"_s;
    EXPECT_EQ(store->countRuns(byTag).value(), 4);

    RunFilter byBackend;
    byBackend.backend = u"tensorrt"_s;
    ASSERT_EQ(store->listRuns(byBackend)->size(), 1u);
    EXPECT_EQ(store->listRuns(byBackend)->front().id, ids[11]);

    RunFilter byDate;
    byDate.since = QDateTime::fromMSecsSinceEpoch(t0 + 5 * 3600000LL, Qt::UTC);
    byDate.until = QDateTime::fromMSecsSinceEpoch(t0 + 8 * 3600000LL, Qt::UTC);
    EXPECT_EQ(store->countRuns(byDate).value(), 3); // 5, 6, 7

    RunFilter byVersion;
    byVersion.version = store->loadRun(ids[1])->summary.versionSha256.left(10);
    EXPECT_EQ(store->countRuns(byVersion).value(), 6);

    RunFilter byMachine;
    byMachine.machine = store->loadRun(ids[0])->summary.machineFingerprint.left(8);
    EXPECT_EQ(store->countRuns(byMachine).value(), 11); // the TensorRT run names no ORT version

    RunFilter bySettings;
    bySettings.settingsHash = store->loadRun(ids[0])->summary.settingsHash;
    EXPECT_GE(store->countRuns(bySettings).value(), 1);

    RunFilter slowestFirst;
    slowestFirst.sort = RunFilter::Sort::Mean;
    slowestFirst.limit = 3;
    auto slow = store->listRuns(slowestFirst);
    ASSERT_EQ(slow->size(), 3u);
    EXPECT_EQ(slow->at(0).id, ids[11]);
    EXPECT_GE(slow->at(0).meanMs, slow->at(1).meanMs);
    slowestFirst.offset = 3;
    EXPECT_EQ(store->listRuns(slowestFirst)->at(0).id, ids[8]);

    RunFilter oldestFirst;
    oldestFirst.descending = false;
    oldestFirst.limit = 2;
    EXPECT_EQ(store->listRuns(oldestFirst)->at(0).id, ids[0]);
}

TEST_F(HistoryStoreTest, TagsNotesBaselinesAndDeletion)
{
    ML_REQUIRE_MODEL(model, "conv_dynhw.onnx");
    const QString a = record(completed(10, 3, 1.0, 1, model));
    const QString b = record(completed(10, 3, 1.0, 2, model));
    ASSERT_TRUE(store->addTags(a, {u"v2.1"_s, u"fp32"_s}));
    ASSERT_TRUE(store->addTags(a, {u"fp32"_s})); // twice is once
    EXPECT_EQ(store->loadRun(a)->summary.tags, (QStringList{u"fp32"_s, u"v2.1"_s}));
    ASSERT_TRUE(store->removeTags(a, {u"fp32"_s}));
    EXPECT_EQ(store->loadRun(a)->summary.tags, QStringList{u"v2.1"_s});
    EXPECT_EQ(store->tags().value(), QStringList{u"v2.1"_s});
    ASSERT_TRUE(store->setNote(b, u"after the fix"_s));
    EXPECT_EQ(store->loadRun(b)->summary.note, u"after the fix"_s);

    ASSERT_TRUE(store->setBaseline(u"main"_s, a));
    RunFilter main;
    main.baseline = u"main"_s;
    EXPECT_EQ(store->listRuns(main)->front().id, a);
    ASSERT_TRUE(store->setBaseline(u"main"_s, b)); // moves: one per model lineage
    EXPECT_EQ(store->countRuns(main).value(), 1);
    EXPECT_EQ(store->listRuns(main)->front().id, b);
    EXPECT_EQ(store->loadRun(b)->summary.baselines, QStringList{u"main"_s});
    EXPECT_EQ(store->baselineNames().value(), QStringList{u"main"_s});

    RunRecord modelless = completed(3, 0, 1.0, 9);
    EXPECT_FALSE(store->setBaseline(u"main"_s, record(modelless))) << "a run without a model has no lineage";

    ASSERT_TRUE(store->deleteRun(b));
    EXPECT_FALSE(store->loadRun(b));
    EXPECT_EQ(store->countRuns(main).value(), 0);
    auto check = store->integrityCheck();
    ASSERT_TRUE(check);
    EXPECT_EQ(check.value(), u"ok"_s);
}

TEST_F(HistoryStoreTest, ASecondStoreOnTheSameFileSeesTheRuns)
{
    const QString id = record(completed(10, 0, 1.0, 1));
    auto other = HistoryStore::open(store->path());
    ASSERT_TRUE(other);
    EXPECT_EQ(other.value()->resolveRun(u"last"_s).value(), id);
    EXPECT_EQ(other.value()->schemaVersion(), store->schemaVersion());
}

} // namespace
