// SPDX-License-Identifier: GPL-3.0-or-later
// The run session without Widgets, against the real engine child: a replaced job's result is
// dropped, a cancel is reported by its code wherever it comes, a run's folder lives until the
// session lets the run go, and the output comparison pairs the last two runs.
#include "EngineSupervisor.h"
#include "EngineTestSupport.h"
#include "HistoryStore.h"
#include "RunSession.h"

#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <gtest/gtest.h>

using enginetest::quickSettings;

namespace {

struct Events {
    QStringList log; // "started 1", "finished 2", "failed 1 Cancelled"
    std::vector<std::shared_ptr<const ml::SessionRun>> runs;
    std::vector<ml::Error> errors;
};

const char *codeName(ml::ErrorCode code)
{
    switch (code) {
    case ml::ErrorCode::Cancelled:
        return "Cancelled";
    case ml::ErrorCode::InvalidModel:
        return "InvalidModel";
    case ml::ErrorCode::InvalidSettings:
        return "InvalidSettings";
    case ml::ErrorCode::Io:
        return "Io";
    default:
        return "other";
    }
}

// Records what the session says until `ends` jobs have ended (or a minute has passed).
void record(ml::RunSession &session, Events &events, int ends, const std::function<void()> &startJobs,
            const std::function<void(quint64, const QString &)> &onProgress = {})
{
    QEventLoop loop;
    int ended = 0;
    auto end = [&] {
        if (++ended == ends)
            loop.quit();
    };
    QObject::connect(&session, &ml::RunSession::started, &loop,
                     [&](quint64 job) { events.log << QStringLiteral("started %1").arg(job); });
    QObject::connect(&session, &ml::RunSession::finished, &loop, [&](quint64 job, std::shared_ptr<const ml::SessionRun> run) {
        events.log << QStringLiteral("finished %1").arg(job);
        events.runs.push_back(run);
        end();
    });
    QObject::connect(&session, &ml::RunSession::failed, &loop, [&](quint64 job, const ml::Error &e) {
        events.log << QStringLiteral("failed %1 %2").arg(job).arg(QString::fromLatin1(codeName(e.code)));
        events.errors.push_back(e);
        end();
    });
    if (onProgress)
        QObject::connect(&session, &ml::RunSession::progress, &loop,
                         [&](quint64 job, const QString &stage, qint64, qint64) { onProgress(job, stage); });
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    QTimer::singleShot(0, &loop, startJobs);
    loop.exec();
    QObject::disconnect(&session, nullptr, &loop, nullptr);
}

ml::RunRequest request(const QString &model, bool saveOutputs = true)
{
    auto s = quickSettings(model);
    s.shapes[QStringLiteral("input0")] = {1, 3, 32, 32};
    return ml::RunRequest{s, nullptr, {}, false, saveOutputs};
}

ml::RunRequest longRequest(const QString &model)
{
    auto r = request(model);
    r.settings.durationSeconds = 60;
    return r;
}

} // namespace

TEST(RunSession, ANewStartDropsTheReplacedJob)
{
    REQUIRE_SHARED_MODEL(model, "conv_dynhw.onnx");
    ml::RunSession session;
    Events events;
    bool replaced = false;
    quint64 second = 0;
    record(
            session, events, 2, [&] { session.start(longRequest(model)); },
            [&](quint64, const QString &stage) {
                if (stage == QStringLiteral("measuring") && !replaced) {
                    replaced = true;
                    second = session.start(request(model));
                }
            });
    ASSERT_TRUE(replaced);
    // The replaced job ends at once, cancelled; nothing of it comes afterwards.
    EXPECT_EQ(events.log,
              (QStringList{QStringLiteral("started 1"), QStringLiteral("failed 1 Cancelled"),
                           QStringLiteral("started %1").arg(second), QStringLiteral("finished %1").arg(second)}));
    ASSERT_EQ(events.runs.size(), 1u);
    EXPECT_EQ(events.runs[0]->job, second);
    EXPECT_EQ(session.runs().size(), 1u);
    EXPECT_FALSE(session.isRunning());
}

TEST(RunSession, CancelIsReportedByItsCodeWhileRunning)
{
    REQUIRE_SHARED_MODEL(model, "conv_dynhw.onnx");
    ml::RunSession session;
    Events events;
    qint64 pid = 0;
    record(
            session, events, 1, [&] { session.start(longRequest(model)); },
            [&](quint64, const QString &stage) {
                if (stage == QStringLiteral("measuring") && pid == 0) {
                    pid = session.childPid();
                    session.cancel();
                }
            });
    ASSERT_EQ(events.errors.size(), 1u);
    EXPECT_TRUE(events.errors[0].cancelled()) << events.errors[0].message.toStdString();
    EXPECT_TRUE(events.runs.empty());
    ASSERT_GT(pid, 0);
    EXPECT_FALSE(enginetest::processExists(pid));
    EXPECT_TRUE(session.runs().empty()) << "a cancelled run is not kept";
}

TEST(RunSession, CancelWhilePreparingIsReportedTheSameWay)
{
    REQUIRE_SHARED_MODEL(model, "conv_dynhw.onnx");
    ml::RunSession session;
    Events events;
    auto r = request(model);
    // A model copy that takes a while to write, as an edited tab's does.
    r.writeModel = [model]() -> ml::Result<QString> {
        QThread::msleep(300);
        return model;
    };
    record(session, events, 1, [&] {
        session.start(r);
        session.cancel();
    });
    ASSERT_EQ(events.errors.size(), 1u);
    EXPECT_EQ(events.errors[0].code, ml::ErrorCode::Cancelled);
    EXPECT_EQ(events.errors[0].message, ml::EngineSupervisor::cancelledError().message);
    // Nothing of the cancelled job arrives later.
    QEventLoop wait;
    QTimer::singleShot(600, &wait, &QEventLoop::quit);
    wait.exec();
    EXPECT_EQ(events.log.size(), 2);
}

TEST(RunSession, ErrorsCarryTheirKind)
{
    REQUIRE_SHARED_MODEL(model, "conv_dynhw.onnx");
    ml::RunSession session;
    Events events;
    auto badShape = request(model);
    badShape.settings.shapes[QStringLiteral("input0")] = {1, 3};
    auto missing = request(QStringLiteral("/nonexistent/model.onnx"));
    record(session, events, 1, [&] { session.start(badShape); });
    record(session, events, 1, [&] { session.start(missing); });
    ASSERT_EQ(events.errors.size(), 2u);
    EXPECT_EQ(events.errors[0].code, ml::ErrorCode::InvalidSettings) << events.errors[0].message.toStdString();
    EXPECT_EQ(events.errors[1].code, ml::ErrorCode::InvalidModel) << events.errors[1].message.toStdString();
    EXPECT_TRUE(events.errors[1].message.contains(QStringLiteral("/nonexistent/model.onnx")));
}

TEST(RunSession, ARunsFolderLivesUntilTheSessionLetsItGo)
{
    REQUIRE_SHARED_MODEL(model, "conv_dynhw.onnx");
    QString root;
    {
        ml::RunSession session;
        Events events;
        auto keep = request(model);
        keep.keepOptimizedGraph = true;
        record(session, events, 1, [&] { session.start(keep); });
        ASSERT_EQ(events.runs.size(), 1u) << (events.errors.empty() ? "" : events.errors[0].message.toStdString());
        const auto first = events.runs[0];
        root = session.runsFolder();
        EXPECT_TRUE(first->folder.startsWith(root));
        EXPECT_TRUE(QFileInfo::exists(QDir(first->outputsDir()).filePath(QStringLiteral("outputs.json"))));
        EXPECT_TRUE(QFileInfo::exists(first->result->optimizedModelPath));
        EXPECT_TRUE(QFileInfo(first->result->optimizedModelPath).path() == first->folder);

        record(session, events, 1, [&] { session.start(request(model)); });
        EXPECT_TRUE(QFileInfo::exists(first->folder)) << "kept while it is one of the two last runs";
        const ml::OutputPairing pairing = session.outputPairing();
        EXPECT_TRUE(pairing.comparable()) << pairing.notComparable.toStdString();
        auto differences = ml::RunSession::compareOutputs(pairing, 1e-5, 1e-4);
        ASSERT_TRUE(differences.ok()) << differences.errorMessage().toStdString();
        ASSERT_FALSE(differences->empty());
        EXPECT_TRUE(ml::OutputComparison::allPass(differences.value())) << "the same settings, the same outputs";

        record(session, events, 1, [&] { session.start(request(model)); });
        EXPECT_FALSE(QFileInfo::exists(first->folder)) << "let go with the third run";
        ASSERT_EQ(session.runs().size(), 2u);
        const QString second = session.runs().front()->folder;
        EXPECT_TRUE(QFileInfo::exists(second));
        session.releaseRuns();
        EXPECT_FALSE(QFileInfo::exists(second));
        EXPECT_TRUE(session.runs().empty());
        EXPECT_TRUE(QFileInfo::exists(root)) << "the temporary folder goes with the session";
    }
    EXPECT_FALSE(root.isEmpty());
    EXPECT_FALSE(QFileInfo::exists(root));
}

TEST(RunSession, RunsGoWhereTheSettingSays)
{
    REQUIRE_SHARED_MODEL(model, "conv_dynhw.onnx");
    QTemporaryDir dir;
    ml::RunSession session;
    session.setRunsFolder(dir.path());
    Events events;
    record(session, events, 1, [&] { session.start(request(model)); });
    ASSERT_EQ(events.runs.size(), 1u);
    EXPECT_EQ(QFileInfo(events.runs[0]->folder).path(), dir.path());
    EXPECT_TRUE(QFileInfo::exists(events.runs[0]->outputsDir()));
}

TEST(RunSession, OutputsOfDifferentInputsAreNotCompared)
{
    REQUIRE_SHARED_MODEL(model, "conv_dynhw.onnx");
    ml::RunSession session;
    Events events;
    auto other = request(model);
    other.settings.shapes[QStringLiteral("input0")] = {1, 3, 48, 48};
    record(session, events, 1, [&] { session.start(request(model)); });
    EXPECT_FALSE(session.outputPairing().comparable()) << "one run: nothing to compare yet";
    record(session, events, 1, [&] { session.start(other); });
    const auto pairing = session.outputPairing();
    EXPECT_FALSE(pairing.comparable());
    EXPECT_TRUE(pairing.notComparable.contains(QStringLiteral("1x3x48x48"))) << pairing.notComparable.toStdString();
}

TEST(RunSession, EveryRunThatEndsIsStoredInTheHistory)
{
    REQUIRE_SHARED_MODEL(model, "conv_dynhw.onnx");
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("history.sqlite"));
    ml::RunSession session;
    session.setHistory(db);
    std::map<quint64, QString> ids;
    QObject::connect(&session, &ml::RunSession::recorded, [&](quint64 job, const QString &id) { ids[job] = id; });
    QObject::connect(&session, &ml::RunSession::recordFailed,
                     [&](quint64, const ml::Error &e) { ADD_FAILURE() << e.message.toStdString(); });
    Events events;
    auto bad = request(model);
    bad.settings.shapes[QStringLiteral("input0")] = {1, 3};
    record(session, events, 1, [&] { session.start(request(model)); });
    record(session, events, 1, [&] { session.start(bad); });
    record(session, events, 1, [&] {
        session.start(longRequest(model));
        session.cancel();
    });
    session.waitForHistory();
    ASSERT_EQ(ids.size(), 3u);

    auto store = ml::HistoryStore::open(db);
    ASSERT_TRUE(store.ok()) << store.errorMessage().toStdString();
    auto completed = store.value()->loadRun(ids.begin()->second);
    ASSERT_TRUE(completed.ok()) << completed.errorMessage().toStdString();
    EXPECT_EQ(completed->summary.status, ml::RunStatus::Completed);
    EXPECT_EQ(completed->summary.iterations, 3);
    EXPECT_EQ(completed->result.latenciesMs.size(), 3u);
    EXPECT_EQ(completed->summary.modelPath, QFileInfo(model).absoluteFilePath());
    auto failed = store.value()->loadRun(std::next(ids.begin())->second);
    ASSERT_TRUE(failed.ok());
    EXPECT_EQ(failed->summary.status, ml::RunStatus::Failed);
    EXPECT_FALSE(failed->summary.failureReason.isEmpty());
    auto cancelled = store.value()->loadRun(std::prev(ids.end())->second);
    ASSERT_TRUE(cancelled.ok());
    EXPECT_EQ(cancelled->summary.status, ml::RunStatus::Cancelled);
}
