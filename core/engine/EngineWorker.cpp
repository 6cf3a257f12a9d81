// SPDX-License-Identifier: GPL-3.0-or-later
#include "EngineWorker.h"

namespace ml {

EngineWorker::EngineWorker(QObject *parent) : QObject(parent), m_supervisor(new EngineSupervisor)
{
    m_thread.setObjectName(QStringLiteral("engine supervisor"));
    m_supervisor->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_supervisor, &QObject::deleteLater);
    connect(m_supervisor, &EngineSupervisor::jobStarted, this, &EngineWorker::jobStarted);
    connect(m_supervisor, &EngineSupervisor::progress, this, &EngineWorker::progress);
    connect(m_supervisor, &EngineSupervisor::finished, this, &EngineWorker::finished);
    connect(m_supervisor, &EngineSupervisor::failed, this, &EngineWorker::failed);
    connect(m_supervisor, &EngineSupervisor::childStarted, this, &EngineWorker::childStarted);
    m_thread.start();
}

EngineWorker::~EngineWorker()
{
    m_supervisor->cancel();
    m_thread.quit();
    m_thread.wait();
}

quint64 EngineWorker::start(const EngineSettings &settings)
{
    const quint64 job = m_supervisor->reserveJob();
    EngineSupervisor *supervisor = m_supervisor;
    QMetaObject::invokeMethod(
            supervisor, [supervisor, settings, job] { supervisor->start(settings, job); }, Qt::QueuedConnection);
    return job;
}

void EngineWorker::cancel() { m_supervisor->cancel(); }
qint64 EngineWorker::childPid() const { return m_supervisor->childPid(); }
bool EngineWorker::busy() const { return m_supervisor->busy(); }

} // namespace ml
