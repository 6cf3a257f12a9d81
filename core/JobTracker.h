// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QtConcurrent>

#include <atomic>
#include <exception>
#include <memory>
#include <new>
#include <type_traits>
#include <utility>

namespace ml {

// A job's view of whether it is still wanted: a pool job may poll it to stop early. Cheap to
// copy; valid on any thread, also after the tracker is gone (then it says cancelled).
class JobToken {
public:
    JobToken() = default;
    bool cancelled() const { return !m_current || m_current->load() != m_job; }
    quint64 id() const { return m_job; }

private:
    friend class JobTracker;
    JobToken(std::shared_ptr<std::atomic<quint64>> current, quint64 job) : m_current(std::move(current)), m_job(job) {}
    std::shared_ptr<std::atomic<quint64>> m_current;
    quint64 m_job = 0;
};

template<typename T>
struct IsResult : std::false_type {};
template<typename T>
struct IsResult<Result<T>> : std::true_type {};

// One kind of background job of one owner (a tab's analysis, a panel's layout, a run), as
// hotspot's JobTracker keeps them: every start() gets a new id and supersedes the job before
// it; only the current job's result is delivered, on the owner's (the context's) thread, and
// never after the owner is gone. An older job runs to its end (parsing and layout cannot be
// interrupted) unless it polls its JobToken; its result is dropped.
//
// Thread contract: start(), cancel() and the deliveries belong to the context's thread; ids,
// isCurrent() and tokens work from any thread (the current id is atomic). A job's work runs
// on the global thread pool and must touch nothing but what it captured.
//
// Exceptions stop at the job boundary: for work that returns a Result, an exception becomes
// its error (std::bad_alloc as OutOfMemory); other work must not throw.
class JobTracker {
public:
    explicit JobTracker(QObject *context) : m_context(context) {}
    ~JobTracker() { m_current->store(0); } // results on their way are dropped; tokens say cancelled
    JobTracker(const JobTracker &) = delete;
    JobTracker &operator=(const JobTracker &) = delete;

    // A new current id, for a job that runs by other means (the engine worker): its signals
    // carry the id, and isCurrent() tells whether they still count.
    quint64 begin()
    {
        const quint64 job = m_issued.fetch_add(1) + 1;
        m_current->store(job);
        m_running = true;
        return job;
    }
    // The current job goes on by other means after its pool step delivered (a run's engine
    // after its preparation).
    void resume(quint64 job)
    {
        if (isCurrent(job))
            m_running = true;
    }
    // That job delivered or failed: no longer running (its id stays current until the next).
    void end(quint64 job)
    {
        if (isCurrent(job))
            m_running = false;
    }
    // No job is current any more: whatever is on its way is dropped.
    void cancel()
    {
        m_current->store(0);
        m_running = false;
    }

    bool isCurrent(quint64 job) const { return job != 0 && m_current->load() == job; }
    quint64 current() const { return m_current->load(); }
    bool isRunning() const { return m_running; }
    JobToken token(quint64 job) const { return JobToken(m_current, job); }

    // Runs work() (or work(JobToken)) on the global thread pool, then deliver(job, result) on
    // the context's thread if the job is still current. Returns the job's id.
    template<typename Work, typename Deliver>
    quint64 start(Work work, Deliver deliver)
    {
        const quint64 job = begin();
        const JobToken token = this->token(job);
        auto task = [work = std::move(work), token]() mutable { return runGuarded(work, token); };
        using T = decltype(task());
        auto *watcher = new QFutureWatcher<T>(m_context);
        QObject::connect(watcher, &QFutureWatcherBase::finished, m_context,
                         [watcher, token, current = m_current, running = &m_running, deliver = std::move(deliver)]() mutable {
                             watcher->deleteLater();
                             // The tracker lives as long as its context, and this lambda runs
                             // only while the context (the watcher's parent) lives.
                             if (token.cancelled())
                                 return;
                             *running = false;
                             deliver(token.id(), watcher->result());
                         });
        watcher->setFuture(QtConcurrent::run(std::move(task)));
        return job;
    }

    // A second pool task of the current job `job` (a quick preview beside the real work):
    // deliver(job, result) on the context's thread while `job` is still current. It neither
    // starts a job nor ends one.
    template<typename Work, typename Deliver>
    void attach(quint64 job, Work work, Deliver deliver)
    {
        const JobToken token = this->token(job);
        auto task = [work = std::move(work), token]() mutable { return runGuarded(work, token); };
        using T = decltype(task());
        auto *watcher = new QFutureWatcher<T>(m_context);
        QObject::connect(watcher, &QFutureWatcherBase::finished, m_context,
                         [watcher, token, deliver = std::move(deliver)]() mutable {
                             watcher->deleteLater();
                             if (!token.cancelled())
                                 deliver(token.id(), watcher->result());
                         });
        watcher->setFuture(QtConcurrent::run(std::move(task)));
    }

private:
    template<typename Work>
    static auto invoke(Work &work, const JobToken &token)
    {
        if constexpr (std::is_invocable_v<Work &, const JobToken &>)
            return work(token);
        else
            return work();
    }

    template<typename Work>
    static auto runGuarded(Work &work, const JobToken &token) -> decltype(invoke(work, token))
    {
        using T = decltype(invoke(work, token));
        if constexpr (IsResult<T>::value) {
            try {
                return invoke(work, token);
            } catch (const std::bad_alloc &) {
                return makeError(QCoreApplication::translate("ml::JobTracker", "out of memory"), ErrorCode::OutOfMemory);
            } catch (const std::exception &e) {
                return makeError(QString::fromLocal8Bit(e.what()));
            }
        } else {
            return invoke(work, token);
        }
    }

    QObject *m_context;
    std::shared_ptr<std::atomic<quint64>> m_current = std::make_shared<std::atomic<quint64>>(0);
    std::atomic<quint64> m_issued{0};
    bool m_running = false;
};

} // namespace ml
