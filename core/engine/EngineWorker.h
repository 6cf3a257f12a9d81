// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EngineSupervisor.h"

#include <QObject>
#include <QThread>

namespace ml {

// An EngineSupervisor in a thread of its own; RunSession holds one. start() and cancel()
// return at once; the signals arrive in the owner's thread, queued, each with the id of the
// job it belongs to. The result is immutable and may be kept or shared across threads.
class EngineWorker : public QObject {
    Q_OBJECT
public:
    explicit EngineWorker(QObject *parent = nullptr);
    ~EngineWorker() override; // cancels a running job and waits for the thread

    // Returns the job's id (see EngineSupervisor::jobStarted).
    quint64 start(const EngineSettings &settings);
    void cancel();
    qint64 childPid() const;
    bool busy() const;

Q_SIGNALS:
    void jobStarted(quint64 job);
    void progress(quint64 job, const QString &stage, qint64 current, qint64 total);
    void finished(quint64 job, std::shared_ptr<const ml::RunResult> result);
    void failed(quint64 job, const ml::Error &error);
    void childStarted(quint64 job, qint64 pid);

private:
    QThread m_thread;
    EngineSupervisor *m_supervisor; // lives in m_thread, deleted with it
};

} // namespace ml
