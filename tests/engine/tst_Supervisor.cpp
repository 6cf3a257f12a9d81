// SPDX-License-Identifier: GPL-3.0-or-later
// Isolation: cancel ends the child within a second; a child killed or crashing mid-run is
// reported with the reason and the next run works; a memory limit is reported as such.
#include "EngineTestSupport.h"
#include "EngineWorker.h"
#include "OrtBackend.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

#include <gtest/gtest.h>

#include <csignal>

using enginetest::quickSettings;

namespace {

// Starts a long run; once it measures, calls `act` with the child's pid, then waits for the end.
struct Interrupted {
    QString error;
    ml::ErrorCode code = ml::ErrorCode::Failed;
    bool finished = false;
    qint64 pid = 0;
    qint64 msFromActToEnd = -1;
};

Interrupted interrupt(ml::EngineWorker &worker, const ml::EngineSettings &settings, const std::function<void(qint64)> &act)
{
    Interrupted out;
    QEventLoop loop;
    QElapsedTimer sinceAct;
    bool acted = false;
    QObject::connect(&worker, &ml::EngineWorker::progress, &loop, [&](quint64, const QString &stage, qint64, qint64) {
        if (stage == QStringLiteral("measuring") && !acted) {
            acted = true;
            out.pid = worker.childPid();
            sinceAct.start();
            act(out.pid);
        }
    });
    QObject::connect(&worker, &ml::EngineWorker::failed, &loop, [&](quint64, const ml::Error &e) {
        out.error = e.message;
        out.code = e.code;
        out.msFromActToEnd = acted ? sinceAct.elapsed() : -1;
        loop.quit();
    });
    QObject::connect(&worker, &ml::EngineWorker::finished, &loop, [&] {
        out.finished = true;
        loop.quit();
    });
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    worker.start(enginetest::planned(settings));
    loop.exec();
    QObject::disconnect(&worker, nullptr, &loop, nullptr);
    return out;
}

ml::EngineSettings longRun(const QString &model)
{
    auto s = quickSettings(model);
    s.shapes[QStringLiteral("input0")] = {1, 3, 32, 32};
    s.durationSeconds = 60;
    return s;
}

} // namespace

TEST(Supervisor, CancelEndsTheChildWithinASecond)
{
    REQUIRE_SHARED_MODEL(model, "conv_dynhw.onnx");
    ml::EngineWorker worker;
    const auto out = interrupt(worker, longRun(model), [&](qint64) { worker.cancel(); });
    EXPECT_FALSE(out.finished);
    EXPECT_EQ(out.code, ml::ErrorCode::Cancelled);
    ASSERT_GT(out.pid, 0);
    EXPECT_GE(out.msFromActToEnd, 0);
    EXPECT_LT(out.msFromActToEnd, 1000) << "cancel is reported within a second";
    EXPECT_FALSE(enginetest::processExists(out.pid)) << "the child is gone";
    EXPECT_FALSE(worker.busy());
}

TEST(Supervisor, CancelBeforeTheQueuedStartRuns)
{
    REQUIRE_SHARED_MODEL(model, "conv_dynhw.onnx");
    ml::EngineWorker worker;
    QEventLoop loop;
    ml::Error error;
    bool started = false;
    QObject::connect(&worker, &ml::EngineWorker::failed, &loop, [&](quint64, const ml::Error &e) {
        error = e;
        loop.quit();
    });
    QObject::connect(&worker, &ml::EngineWorker::finished, &loop, &QEventLoop::quit);
    QObject::connect(&worker, &ml::EngineWorker::childStarted, &loop, [&] { started = true; });
    worker.start(enginetest::planned(longRun(model)));
    worker.cancel();
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    loop.exec();
    EXPECT_TRUE(error.cancelled()) << error.message.toStdString();
    EXPECT_FALSE(started);
}

TEST(Supervisor, KilledChildIsReportedAndTheNextRunWorks)
{
    REQUIRE_SHARED_MODEL(model, "conv_dynhw.onnx");
    ml::EngineWorker worker;
    const auto killed = interrupt(worker, longRun(model), [](qint64 pid) { ::kill(static_cast<pid_t>(pid), SIGKILL); });
    EXPECT_FALSE(killed.finished);
    EXPECT_TRUE(killed.error.contains(QStringLiteral("signal 9 (SIGKILL)"))) << killed.error.toStdString();
    EXPECT_TRUE(killed.error.contains(QStringLiteral("out of memory"))) << "names the likely cause";
    EXPECT_EQ(killed.code, ml::ErrorCode::OutOfMemory);

    auto again = quickSettings(model);
    again.shapes[QStringLiteral("input0")] = {1, 3, 32, 32};
    const auto next = interrupt(worker, again, [](qint64) {});
    EXPECT_TRUE(next.finished) << next.error.toStdString();
}

TEST(Supervisor, CrashIsReported)
{
    REQUIRE_SHARED_MODEL(model, "conv_dynhw.onnx");
    ml::EngineWorker worker;
    const auto crashed = interrupt(worker, longRun(model), [](qint64 pid) { ::kill(static_cast<pid_t>(pid), SIGSEGV); });
    EXPECT_TRUE(crashed.error.contains(QStringLiteral("SIGSEGV"))) << crashed.error.toStdString();
    EXPECT_TRUE(crashed.error.contains(QStringLiteral("crashed"))) << crashed.error.toStdString();
    EXPECT_EQ(crashed.code, ml::ErrorCode::Crashed);
}

TEST(Supervisor, ANewStartReplacesTheRunningJob)
{
    REQUIRE_SHARED_MODEL(model, "conv_dynhw.onnx");
    ml::EngineWorker worker;
    QStringList errors;
    int finished = 0;
    QEventLoop loop;
    QStringList events;
    QObject::connect(&worker, &ml::EngineWorker::jobStarted, &loop,
                     [&](quint64 job) { events << QStringLiteral("start %1").arg(job); });
    QObject::connect(&worker, &ml::EngineWorker::failed, &loop, [&](quint64 job, const ml::Error &e) {
        errors << e.message;
        events << QStringLiteral("%1 %2").arg(e.message).arg(job);
    });
    QObject::connect(&worker, &ml::EngineWorker::finished, &loop, [&](quint64 job) {
        ++finished;
        events << QStringLiteral("finished %1").arg(job);
        loop.quit();
    });
    auto quick = quickSettings(model);
    quick.shapes[QStringLiteral("input0")] = {1, 3, 32, 32};
    quick = enginetest::planned(quick);
    bool replaced = false;
    QObject::connect(&worker, &ml::EngineWorker::progress, &loop, [&](quint64, const QString &stage) {
        if (stage == QStringLiteral("measuring") && !replaced) {
            replaced = true;
            worker.start(quick);
        }
    });
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    const quint64 first = worker.start(enginetest::planned(longRun(model)));
    loop.exec();
    EXPECT_EQ(errors, QStringList{ml::EngineSupervisor::cancelledError().message});
    EXPECT_EQ(finished, 1);
    // Each signal names its job, and the replaced job's come before the new job starts.
    EXPECT_EQ(events,
              (QStringList{QStringLiteral("start %1").arg(first), QStringLiteral("cancelled %1").arg(first),
                           QStringLiteral("start %1").arg(first + 1), QStringLiteral("finished %1").arg(first + 1)}));
}

TEST(Supervisor, MemoryLimitIsReportedAsOutOfMemory)
{
    REQUIRE_SHARED_MODEL(model, "bert_like_encoder_2l_tied.onnx");
    auto s = quickSettings(model, 1);
    s.shapes[QStringLiteral("input0")] = {1, 4096, 768}; // 12 heads x 4096^2 attention: GBs
    s.memoryLimitBytes = 1'500'000'000;
    const auto out = enginetest::runJob(s);
    ASSERT_FALSE(out.result);
    EXPECT_TRUE(out.error.contains(QStringLiteral("out of memory"), Qt::CaseInsensitive)
                || out.error.contains(QStringLiteral("allocate"), Qt::CaseInsensitive))
            << out.error.toStdString();
}

TEST(Supervisor, MissingChildProgramSaysWhatIsMissing)
{
    const QByteArray saved = qgetenv("MODELLENS_ENGINE_DIR");
    qputenv("MODELLENS_ENGINE_DIR", "/nonexistent");
    const auto a = ml::OrtBackend().availability({});
    REQUIRE_SHARED_MODEL(model, "conv_dynhw.onnx");
    const auto out = enginetest::runJob(quickSettings(model));
    qputenv("MODELLENS_ENGINE_DIR", saved);
    EXPECT_FALSE(a.available);
    EXPECT_TRUE(a.missing.contains(QStringLiteral("modellens-engine-ort"))) << a.missing.toStdString();
    EXPECT_FALSE(out.result);
    EXPECT_TRUE(out.error.contains(QStringLiteral("MODELLENS_ENGINE_DIR"))) << out.error.toStdString();
}
