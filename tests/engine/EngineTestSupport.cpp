// SPDX-License-Identifier: GPL-3.0-or-later
#include "EngineTestSupport.h"

#include "OnnxModel.h"
#include "RunSession.h"

#include <gtest/gtest.h>

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
    ml::RunSession session;
    QEventLoop loop;
    QObject::connect(&session, &ml::RunSession::finished, &loop, [&](quint64, std::shared_ptr<const ml::SessionRun> r) {
        outcome.result = r->result;
        loop.quit();
    });
    QObject::connect(&session, &ml::RunSession::failed, &loop, [&](quint64, const ml::Error &e) {
        outcome.error = e.message;
        outcome.code = e.code;
        loop.quit();
    });
    QObject::connect(&session, &ml::RunSession::progress, &loop,
                     [&](quint64, const QString &stage, qint64 current, qint64 total) {
                         if (outcome.stages.isEmpty() || outcome.stages.last() != stage)
                             outcome.stages << stage;
                         (void)current;
                         outcome.totals[stage] = total;
                     });
    QTimer::singleShot(timeoutMs, &loop, [&] {
        outcome.error = QStringLiteral("test timeout");
        loop.quit();
    });
    // Like the CLI: outputs only where the settings ask for them.
    session.start(ml::RunRequest{settings, nullptr, {}, false, false});
    loop.exec();
    return outcome;
}

ml::EngineSettings planned(const ml::EngineSettings &settings)
{
    auto model = ml::OnnxModel::open(settings.modelPath);
    EXPECT_TRUE(model.ok()) << model.errorMessage().toStdString();
    if (!model)
        return settings;
    auto s = ml::RunSession::plan(model.value()->proto().graph(), settings);
    EXPECT_TRUE(s.ok()) << s.errorMessage().toStdString();
    return s ? s.value() : settings;
}

} // namespace enginetest
