// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EngineSupervisor.h"

#include <QObject>
#include <QThread>

namespace ml {

// What the GUI and the CLI hold: an EngineSupervisor in a thread of its own. start() and
// cancel() return at once; the signals arrive in the owner's thread, queued. The result is
// immutable and may be kept or shared across threads.
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
    void progress(const QString &stage, qint64 current, qint64 total);
    void finished(std::shared_ptr<const ml::RunResult> result);
    void failed(const QString &message);
    void childStarted(qint64 pid);

private:
    QThread m_thread;
    EngineSupervisor *m_supervisor; // lives in m_thread, deleted with it
};

} // namespace ml
