// SPDX-License-Identifier: GPL-3.0-or-later
#include "EngineSupervisor.h"

#include "ChildProgress.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTimer>

#include <csignal>
#include <cstring>
#include <sys/prctl.h>
#include <sys/types.h>

using namespace Qt::StringLiterals;

namespace ml {
namespace {

QString tr(const char *text) { return QCoreApplication::translate("EngineSupervisor", text); }

constexpr qsizetype kMaxOutput = 8 << 20; // stdout kept per step (trtexec's console)
constexpr qsizetype kMaxErrors = 64 << 10;

// Peak resident memory of a running process (VmHWM), 0 when unknown.
qint64 peakRssOf(qint64 pid)
{
    QFile status(u"/proc/%1/status"_s.arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong() * 1024;
    return 0;
}

} // namespace

EngineSupervisor::EngineSupervisor(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<ml::EngineSettings>();
    qRegisterMetaType<std::shared_ptr<const ml::RunResult>>();
    qRegisterMetaType<ml::Error>();
}

EngineSupervisor::~EngineSupervisor()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->disconnect(this);
        m_process->kill();
        m_process->waitForFinished(2000);
    }
}

Error EngineSupervisor::cancelledError() { return makeError(tr("cancelled"), ErrorCode::Cancelled); }

quint64 EngineSupervisor::reserveJob() { return ++m_issued; }

void EngineSupervisor::cancel()
{
    m_cancelUpTo = m_issued.load();
    if (const qint64 pid = m_pid.load(); pid > 0)
        ::kill(static_cast<pid_t>(pid), SIGKILL);
}

qint64 EngineSupervisor::childPid() const { return m_pid.load(); }
bool EngineSupervisor::busy() const { return m_busy.load(); }

QString EngineSupervisor::describeCrash(int signal, qint64 peakRssBytes, qint64 memoryLimitBytes)
{
    const char *name = signal > 0 ? sigabbrev_np(signal) : nullptr;
    QString text =
            tr("the engine process was killed by signal %1 (SIG%2)").arg(signal).arg(name ? QString::fromLatin1(name) : u"?"_s);
    if (signal == SIGKILL)
        text += tr("; if nobody killed it, the system probably ran out of memory (the kernel's OOM killer "
                   "sends SIGKILL); peak memory seen: %1 MB")
                        .arg(peakRssBytes / 1e6, 0, 'f', 0);
    else if (signal == SIGSEGV || signal == SIGABRT || signal == SIGBUS || signal == SIGILL || signal == SIGFPE)
        text += tr(": the engine crashed");
    if (memoryLimitBytes > 0)
        text += tr(" (memory limit %1 MB)").arg(memoryLimitBytes / 1e6, 0, 'f', 0);
    return text;
}

void EngineSupervisor::start(const EngineSettings &settings, quint64 job)
{
    if (job == 0)
        job = reserveJob();
    if (m_busy) { // the old job reports "cancelled" from onFinished, delivered by the wait
        m_cancelUpTo = std::max(m_cancelUpTo.load(), m_job);
        if (const qint64 pid = m_pid.load(); pid > 0)
            ::kill(static_cast<pid_t>(pid), SIGKILL);
        if (m_process)
            m_process->waitForFinished(2000);
    }
    m_job = job;
    m_busy = true;
    Q_EMIT jobStarted(job);
    if (cancelled())
        return fail(cancelledError());
    m_settings = settings;
    m_steps.clear();
    m_outcomes.clear();
    m_step = -1;
    Q_EMIT progress(m_job, ChildProgress::preparing(), 0, 0);

    m_backend = EngineBackend::create(settings.backend);
    m_workDir = std::make_unique<QTemporaryDir>(QDir(QDir::tempPath()).filePath(u"modellens-engine-XXXXXX"_s));
    if (!m_workDir->isValid())
        return fail(makeError(tr("cannot create a temporary folder: %1").arg(m_workDir->errorString()), ErrorCode::Io));
    m_settings.workDir = m_workDir->path();
    auto steps = m_backend->plan(m_settings);
    if (!steps)
        return fail(steps.error());
    m_steps = steps.value();
    if (cancelled())
        return fail(cancelledError());
    m_step = 0;
    startStep();
}

void EngineSupervisor::startStep()
{
    if (!m_process) {
        m_process = new QProcess(this);
        connect(m_process, &QProcess::readyReadStandardOutput, this, &EngineSupervisor::onOutput);
        connect(m_process, &QProcess::readyReadStandardError, this, [this] {
            auto &errors = m_outcomes.back().errors;
            errors.append(m_process->readAllStandardError());
            if (errors.size() > kMaxErrors)
                errors = errors.right(kMaxErrors);
        });
        connect(m_process, &QProcess::finished, this, &EngineSupervisor::onFinished);
        connect(m_process, &QProcess::errorOccurred, this, &EngineSupervisor::onStartError);
        // The child dies with the thread that started it (a crashed or killed ModelLens leaves
        // no engine running); set between fork and exec, so it holds for trtexec too.
        m_process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
        m_sampler = new QTimer(this);
        m_sampler->setInterval(100);
        connect(m_sampler, &QTimer::timeout, this, &EngineSupervisor::samplePeak);
    }
    const ChildStep &step = m_steps[static_cast<std::size_t>(m_step)];
    m_outcomes.emplace_back();
    m_lineBuffer.clear();
    m_process->setProcessEnvironment(step.environment);
    m_process->setWorkingDirectory(m_settings.workDir);
    Q_EMIT progress(m_job, step.stage, 0, 0);
    m_stepTimer.start();
    m_process->start(step.program, step.arguments);
    if (!m_process->waitForStarted(10000))
        return; // errorOccurred reports it
    m_pid = m_process->processId();
    if (cancelled()) // cancel() came between the check in start() and the pid being known
        ::kill(static_cast<pid_t>(m_pid.load()), SIGKILL);
    m_sampler->start();
    Q_EMIT childStarted(m_job, m_pid);
}

void EngineSupervisor::samplePeak()
{
    if (const qint64 pid = m_pid.load(); pid > 0 && !m_outcomes.empty())
        m_outcomes.back().peakRssBytes = std::max(m_outcomes.back().peakRssBytes, peakRssOf(pid));
}

void EngineSupervisor::onOutput()
{
    const QByteArray chunk = m_process->readAllStandardOutput();
    auto &output = m_outcomes.back().output;
    if (output.size() < kMaxOutput)
        output.append(chunk.left(kMaxOutput - output.size()));
    m_lineBuffer.append(chunk);
    qsizetype newline;
    while ((newline = m_lineBuffer.indexOf('\n')) >= 0) {
        const QByteArray line = m_lineBuffer.left(newline);
        m_lineBuffer.remove(0, newline + 1);
        if (auto p = m_backend->progressFrom(m_steps[static_cast<std::size_t>(m_step)], line))
            Q_EMIT progress(m_job, p->stage, p->current, p->total);
    }
}

void EngineSupervisor::onStartError(QProcess::ProcessError error)
{
    if (error != QProcess::FailedToStart || !m_busy)
        return;
    m_pid = 0;
    fail(makeError(
            tr("%1 could not be started: %2").arg(m_steps[static_cast<std::size_t>(m_step)].program, m_process->errorString()),
            ErrorCode::Io));
}

void EngineSupervisor::onFinished(int exitCode, QProcess::ExitStatus status)
{
    samplePeak();
    m_sampler->stop();
    m_pid = 0;
    if (!m_busy)
        return;
    onOutput();
    m_outcomes.back().errors.append(m_process->readAllStandardError());
    m_outcomes.back().wallMs = static_cast<double>(m_stepTimer.nsecsElapsed()) / 1e6;
    if (cancelled())
        return fail(cancelledError());
    if (status == QProcess::CrashExit) { // Qt reports the terminating signal as the exit code
        // A SIGKILL nobody here sent is, as a rule, the kernel's OOM killer.
        const ErrorCode code = exitCode == SIGKILL ? ErrorCode::OutOfMemory : ErrorCode::Crashed;
        return fail(makeError(describeCrash(exitCode, m_outcomes.back().peakRssBytes, m_settings.memoryLimitBytes), code));
    }
    if (exitCode != 0)
        return fail(makeError(m_backend->failureMessage(m_steps[static_cast<std::size_t>(m_step)], exitCode, m_outcomes.back())));
    if (++m_step < static_cast<int>(m_steps.size()))
        return startStep();
    succeed();
}

void EngineSupervisor::succeed()
{
    Q_EMIT progress(m_job, ChildProgress::reading(), 0, 0);
    auto result = m_backend->collect(m_settings, m_outcomes);
    if (!result)
        return fail(result.error());
    if (cancelled())
        return fail(cancelledError());
    // Paths into the temporary folder would dangle once it is removed.
    if (result->profilePath.startsWith(m_settings.workDir))
        result->profilePath.clear();
    if (result->optimizedModelPath.startsWith(m_settings.workDir))
        result->optimizedModelPath.clear();
    result->settings = m_settings.toJson();
    result->settings.remove(u"work_dir"_s);
    result->settings.remove(u"result"_s);
    auto shared = std::make_shared<const RunResult>(std::move(result.value()));
    cleanUp();
    Q_EMIT finished(m_job, shared);
}

void EngineSupervisor::fail(Error error)
{
    cleanUp();
    Q_EMIT failed(m_job, error);
}

void EngineSupervisor::cleanUp()
{
    m_workDir.reset(); // removes the job's files
    m_busy = false;
}

} // namespace ml
