// SPDX-License-Identifier: GPL-3.0-or-later
#include "EngineTestSupport.h"

#include "EngineWorker.h"

#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QTimer>

#include <csignal>
#include <sys/types.h>

namespace enginetest {

QString sharedModel(const QString &fileName)
{
    const QString path = QDir(QStringLiteral(MODELLENS_SHARED_MODELS)).filePath(fileName);
    return QFileInfo::exists(path) ? QDir::cleanPath(path) : QString();
}

QString fixture(const QString &relativePath) { return QDir(QStringLiteral(MODELLENS_ENGINE_FIXTURES)).filePath(relativePath); }

ml::EngineSettings quickSettings(const QString &model, int iterations)
{
    ml::EngineSettings s;
    s.modelPath = model;
    s.intraOpThreads = 1;
    s.spinning = false;
    s.warmupIterations = 1;
    s.iterations = iterations;
    return s;
}

JobOutcome runJob(const ml::EngineSettings &settings, int timeoutMs)
{
    JobOutcome outcome;
    ml::EngineWorker worker;
    QEventLoop loop;
    QObject::connect(&worker, &ml::EngineWorker::finished, &loop, [&](std::shared_ptr<const ml::RunResult> r) {
        outcome.result = std::move(r);
        loop.quit();
    });
    QObject::connect(&worker, &ml::EngineWorker::failed, &loop, [&](const QString &m) {
        outcome.error = m;
        loop.quit();
    });
    QObject::connect(&worker, &ml::EngineWorker::progress, &loop, [&](const QString &stage, qint64 current, qint64 total) {
        if (outcome.stages.isEmpty() || outcome.stages.last() != stage)
            outcome.stages << stage;
        (void)current;
        outcome.totals[stage] = total;
    });
    QTimer::singleShot(timeoutMs, &loop, [&] {
        outcome.error = QStringLiteral("test timeout");
        loop.quit();
    });
    worker.start(settings);
    loop.exec();
    return outcome;
}

} // namespace enginetest
