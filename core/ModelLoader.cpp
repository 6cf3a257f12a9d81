// SPDX-License-Identifier: GPL-3.0-or-later
#include "ModelLoader.h"

#include <QFutureWatcher>
#include <QtConcurrent>

namespace ml {
namespace {
using LoadResult = Result<std::shared_ptr<const LoadedModel>>;
} // namespace

ModelLoader::ModelLoader(QObject *parent) : QObject(parent) {}

int ModelLoader::load(const QString &path)
{
    const int job = ++m_lastJob;
    m_current = job;
    setPending(job);

    auto *watcher = new QFutureWatcher<LoadResult>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, job, path] {
        watcher->deleteLater();
        if (job != m_current)
            return; // stale: another file was opened (or the load cancelled) meanwhile
        LoadResult result = watcher->result();
        m_current = 0;
        setPending(0);
        if (result)
            Q_EMIT loaded(job, std::move(result).value());
        else
            Q_EMIT failed(job, path, result.errorMessage());
    });
    watcher->setFuture(QtConcurrent::run(loadModel, path));
    return job;
}

void ModelLoader::cancel()
{
    m_current = 0;
    setPending(0);
}

void ModelLoader::setPending(int job)
{
    const bool wasBusy = m_pending != 0;
    m_pending = job;
    if (wasBusy != (job != 0))
        Q_EMIT busyChanged(job != 0);
}

} // namespace ml
