// SPDX-License-Identifier: GPL-3.0-or-later
#include "ModelLoader.h"

namespace ml {

ModelLoader::ModelLoader(QObject *parent) : QObject(parent) {}

quint64 ModelLoader::load(const QString &path)
{
    const bool wasBusy = isBusy();
    const quint64 job = m_jobs.start([path] { return loadModel(path); },
                                     [this, path](quint64 job, Result<std::shared_ptr<const LoadedModel>> result) {
                                         Q_EMIT busyChanged(false);
                                         if (result)
                                             Q_EMIT loaded(job, std::move(result).value());
                                         else
                                             Q_EMIT failed(job, path, result.errorMessage());
                                     });
    if (!wasBusy)
        Q_EMIT busyChanged(true);
    return job;
}

void ModelLoader::cancel()
{
    const bool wasBusy = isBusy();
    m_jobs.cancel();
    if (wasBusy)
        Q_EMIT busyChanged(false);
}

} // namespace ml
