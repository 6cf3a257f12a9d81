// SPDX-License-Identifier: GPL-3.0-or-later
#include "JobTracker.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QSemaphore>
#include <QThread>
#include <QThreadPool>
#include <QTimer>

#include <gtest/gtest.h>

#include <memory>
#include <new>
#include <stdexcept>
#include <vector>

using ml::JobToken;
using ml::JobTracker;
using ml::Result;

namespace {

// Runs the event loop until `done` or two seconds have passed.
void spinUntil(const std::function<bool()> &done)
{
    QElapsedTimer timer;
    timer.start();
    while (!done() && timer.elapsed() < 2000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
}

} // namespace

TEST(JobTracker, DeliversTheCurrentJobOnTheContextThread)
{
    QObject context;
    JobTracker tracker(&context);
    QThread *deliveredOn = nullptr;
    int value = 0;
    const quint64 job = tracker.start([] { return 42; },
                                      [&](quint64 id, int v) {
                                          EXPECT_EQ(id, 1u);
                                          deliveredOn = QThread::currentThread();
                                          value = v;
                                      });
    EXPECT_EQ(job, 1u);
    EXPECT_TRUE(tracker.isRunning());
    spinUntil([&] { return value != 0; });
    EXPECT_EQ(value, 42);
    EXPECT_EQ(deliveredOn, QThread::currentThread());
    EXPECT_FALSE(tracker.isRunning());
}

TEST(JobTracker, DropsTheResultOfASupersededJob)
{
    QObject context;
    JobTracker tracker(&context);
    QSemaphore release;
    std::vector<int> delivered;
    tracker.start(
            [&release] {
                release.acquire(); // finishes only after the second job was started
                return 1;
            },
            [&](quint64, int v) { delivered.push_back(v); });
    tracker.start([] { return 2; }, [&](quint64, int v) { delivered.push_back(v); });
    release.release();
    spinUntil([&] { return !delivered.empty(); });
    QThreadPool::globalInstance()->waitForDone(2000); // the first job too: it holds `release`
    QCoreApplication::processEvents();
    EXPECT_EQ(delivered, std::vector<int>{2});
}

TEST(JobTracker, CancelDropsTheResultAndTheTokenSaysSo)
{
    QObject context;
    JobTracker tracker(&context);
    QSemaphore started, release;
    bool delivered = false;
    bool sawCancel = false;
    const quint64 job = tracker.start(
            [&](const JobToken &token) {
                started.release();
                release.acquire();
                sawCancel = token.cancelled();
                return 7;
            },
            [&](quint64, int) { delivered = true; });
    started.acquire();
    EXPECT_FALSE(tracker.token(job).cancelled());
    tracker.cancel();
    EXPECT_TRUE(tracker.token(job).cancelled());
    EXPECT_FALSE(tracker.isRunning());
    release.release();
    QThreadPool::globalInstance()->waitForDone(2000);
    QCoreApplication::processEvents();
    EXPECT_TRUE(sawCancel);
    EXPECT_FALSE(delivered);
}

TEST(JobTracker, NothingIsDeliveredOnceTheContextIsGone)
{
    auto context = std::make_unique<QObject>();
    auto tracker = std::make_unique<JobTracker>(context.get());
    QSemaphore release;
    bool delivered = false;
    tracker->start(
            [&release] {
                release.acquire();
                return 1;
            },
            [&](quint64, int) { delivered = true; });
    tracker.reset();
    context.reset();
    release.release();
    QThreadPool::globalInstance()->waitForDone(2000);
    QCoreApplication::processEvents();
    EXPECT_FALSE(delivered);
}

TEST(JobTracker, ExceptionsStopAtTheJobBoundary)
{
    QObject context;
    JobTracker tracker(&context);
    std::vector<Result<int>> results;
    tracker.start([]() -> Result<int> { throw std::runtime_error("broken"); },
                  [&](quint64, Result<int> r) { results.push_back(std::move(r)); });
    spinUntil([&] { return !results.empty(); });
    ASSERT_EQ(results.size(), 1u);
    EXPECT_FALSE(results[0].ok());
    EXPECT_EQ(results[0].errorMessage(), QStringLiteral("broken"));

    results.clear();
    tracker.start([]() -> Result<int> { throw std::bad_alloc(); },
                  [&](quint64, Result<int> r) { results.push_back(std::move(r)); });
    spinUntil([&] { return !results.empty(); });
    ASSERT_EQ(results.size(), 1u);
    EXPECT_EQ(results[0].errorCode(), ml::ErrorCode::OutOfMemory);
}

TEST(JobTracker, JobsStartedByOtherMeansAreTrackedByTheirIds)
{
    QObject context;
    JobTracker tracker(&context);
    const quint64 a = tracker.begin();
    const quint64 b = tracker.begin();
    EXPECT_FALSE(tracker.isCurrent(a));
    EXPECT_TRUE(tracker.isCurrent(b));
    EXPECT_FALSE(tracker.isCurrent(0));
    tracker.end(a); // a stale job ending changes nothing
    EXPECT_TRUE(tracker.isRunning());
    tracker.end(b);
    EXPECT_FALSE(tracker.isRunning());
}

TEST(Result, ErrorsCarryTheirCode)
{
    Result<int> cancelled = ml::makeError(QStringLiteral("stopped"), ml::ErrorCode::Cancelled);
    EXPECT_TRUE(cancelled.cancelled());
    EXPECT_EQ(cancelled.errorCode(), ml::ErrorCode::Cancelled);
    Result<void> plain = ml::makeError(QStringLiteral("bad"));
    EXPECT_FALSE(plain.cancelled());
    EXPECT_EQ(plain.errorCode(), ml::ErrorCode::Failed);
    const ml::Error wrapped = ml::withContext(QStringLiteral("saving: "), cancelled.error());
    EXPECT_EQ(wrapped.message, QStringLiteral("saving: stopped"));
    EXPECT_TRUE(wrapped.cancelled());
}
