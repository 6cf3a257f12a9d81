// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "JobTracker.h"
#include "LoadedModel.h"

#include <QObject>
#include <QString>

#include <memory>

namespace ml {

// Opens and analyzes models off the GUI thread (loadModel() as a JobTracker job on the
// global pool), one job at a time as far as the caller can see: each load() gets a new job
// id, and only the result of the latest job is delivered. Older jobs run to their end
// (parsing cannot be interrupted) and their results are dropped. Lives on the GUI thread;
// signals arrive there, each with the id load() returned.
class ModelLoader : public QObject {
    Q_OBJECT
public:
    explicit ModelLoader(QObject *parent = nullptr);

    // Starts loading `path`; returns the job's id. Supersedes any job still running.
    quint64 load(const QString &path);
    // Drops the result of the running job, if any.
    void cancel();

    bool isBusy() const { return m_jobs.isRunning(); }
    quint64 currentJob() const { return m_jobs.isRunning() ? m_jobs.current() : 0; }

Q_SIGNALS:
    void loaded(quint64 job, std::shared_ptr<const ml::LoadedModel> model);
    void failed(quint64 job, const QString &path, const QString &message);
    void busyChanged(bool busy);

private:
    JobTracker m_jobs{this};
};

} // namespace ml
