// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LoadedModel.h"

#include <QObject>
#include <QString>

#include <memory>

namespace ml {

// Opens and analyzes models off the GUI thread (QtConcurrent, global pool), one job at a
// time as far as the caller can see: each load() gets a new job id, and only the result of
// the latest job is delivered. Older jobs run to their end (parsing cannot be interrupted)
// and their results are dropped. Lives on the GUI thread; signals arrive there.
class ModelLoader : public QObject {
    Q_OBJECT
public:
    explicit ModelLoader(QObject *parent = nullptr);

    // Starts loading `path`; returns the job's id. Supersedes any job still running.
    int load(const QString &path);
    // Drops the result of the running job, if any.
    void cancel();

    bool isBusy() const { return m_pending != 0; }
    int currentJob() const { return m_current; }

Q_SIGNALS:
    void loaded(int job, std::shared_ptr<const ml::LoadedModel> model);
    void failed(int job, const QString &path, const QString &message);
    void busyChanged(bool busy);

private:
    void setPending(int job);

    int m_lastJob = 0;
    int m_current = 0; // the job whose result is wanted; 0 for none
    int m_pending = 0; // the wanted job while it runs; 0 when idle
};

} // namespace ml
