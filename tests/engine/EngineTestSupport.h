// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ProcessExists.h"

#include "EngineSettings.h"
#include "Result.h"
#include "RunResult.h"

#include <QString>

#include <map>
#include <memory>
#include <ostream>

// Readable QStrings in GoogleTest's failure messages.
inline void PrintTo(const QString &s, std::ostream *os) { *os << '"' << s.toStdString() << '"'; }

namespace enginetest {

// The shared model's path, or empty when ../shared/models (or the file) is absent.
QString sharedModel(const QString &fileName);
QString fixture(const QString &relativePath);

// Quick settings for tests: one thread, few iterations.
ml::EngineSettings quickSettings(const QString &model, int iterations = 3);

// Runs a job through a RunSession (planning, the engine worker, the child) and waits (event
// loop) for its end.
struct JobOutcome {
    std::shared_ptr<const ml::RunResult> result;
    QString error;
    ml::ErrorCode code = ml::ErrorCode::Failed;
    QStringList stages;
    std::map<QString, qint64> totals; // last `total` reported per stage
};
JobOutcome runJob(const ml::EngineSettings &settings, int timeoutMs = 90000);
// The settings with their inputs planned (RunSession::plan on the model file), for tests that
// drive the EngineWorker directly; fails the test when the model cannot be planned.
ml::EngineSettings planned(const ml::EngineSettings &settings);

using mltest::processExists;

} // namespace enginetest

#define REQUIRE_SHARED_MODEL(var, name)                                                                                          \
    const QString var = enginetest::sharedModel(QStringLiteral(name));                                                           \
    if (var.isEmpty())                                                                                                           \
        GTEST_SKIP() << "../shared/models/" name " is absent: test skipped";
