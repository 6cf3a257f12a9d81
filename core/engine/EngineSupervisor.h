// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EngineBackend.h"
#include "EngineSettings.h"
#include "RunResult.h"

#include <QElapsedTimer>
#include <QObject>
#include <QProcess>

#include <atomic>
#include <memory>
#include <vector>

class QTemporaryDir;
class QTimer;

namespace ml {

// Runs one engine job at a time as child processes and reports on it. Lives in a worker
// thread (EngineWorker puts it there) and owns the QProcess, so nothing here blocks the GUI:
// start() writes the job's files into a temporary folder, runs the backend's steps one after
// the other, and reads their results. The inputs come planned (RunSession plans them once,
// from the model it already has); the supervisor never opens the model itself.
//
// Signals, each carrying the job's id: progress while it runs; then exactly one of finished
// (an immutable result) or failed (an Error whose code says what happened: Cancelled,
// Crashed, OutOfMemory, InvalidSettings, Io, or Failed with the engine's own message).
//
// cancel() may be called from any thread: it kills the child with SIGKILL at once (the
// process is gone within milliseconds; failed(job, Cancelled) follows when the event loop of
// the supervisor's thread sees it exit).
class EngineSupervisor : public QObject {
    Q_OBJECT
public:
    explicit EngineSupervisor(QObject *parent = nullptr);
    ~EngineSupervisor() override;

    // Cancels the running job and any job reserved before this call (any thread).
    void cancel();
    // A job id for start(); reserving first lets a cancel() that comes before the queued
    // start() runs still cancel it (any thread).
    quint64 reserveJob();
    qint64 childPid() const; // any thread; 0 when no child runs
    bool busy() const;       // any thread

    // The error failed() carries when a job was cancelled (code Cancelled).
    static Error cancelledError();
    // How a child that did not exit normally ended, in words ("killed by signal 9 (SIGKILL)").
    static QString describeCrash(int signal, qint64 peakRssBytes, qint64 memoryLimitBytes);

public Q_SLOTS:
    // A new start while a job runs cancels that job first (it reports failed).
    void start(const ml::EngineSettings &settings, quint64 job = 0);

Q_SIGNALS:
    // A replaced job's failed(old, Cancelled) comes before the new job's jobStarted.
    void jobStarted(quint64 job);
    void progress(quint64 job, const QString &stage, qint64 current, qint64 total);
    void finished(quint64 job, std::shared_ptr<const ml::RunResult> result);
    void failed(quint64 job, const ml::Error &error);
    void childStarted(quint64 job, qint64 pid);

private:
    void startStep();
    void onOutput();
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void onStartError(QProcess::ProcessError error);
    void samplePeak();
    void fail(Error error);
    void succeed();
    void cleanUp();

    std::unique_ptr<EngineBackend> m_backend;
    EngineSettings m_settings;
    std::vector<ChildStep> m_steps;
    std::vector<StepOutcome> m_outcomes;
    int m_step = -1;
    QProcess *m_process = nullptr;
    QTimer *m_sampler = nullptr;
    QByteArray m_lineBuffer;
    QElapsedTimer m_stepTimer;
    std::unique_ptr<QTemporaryDir> m_workDir;
    std::atomic<qint64> m_pid{0};
    bool cancelled() const { return m_job <= m_cancelUpTo.load(); }
    quint64 m_job = 0;
    std::atomic<quint64> m_issued{0};
    std::atomic<quint64> m_cancelUpTo{0};
    std::atomic<bool> m_busy{false};
};

} // namespace ml

Q_DECLARE_METATYPE(ml::EngineSettings)
Q_DECLARE_METATYPE(std::shared_ptr<const ml::RunResult>)
