// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Runs a command-line program of ModelLens (modellens-cli) as a child process for a test,
// with its run history in a database of the test's own (never the user's).

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace mltest {

struct CliRun {
    int code = -1; // the exit status; -1 when it crashed or did not finish in time
    QString out, err;
};

// Any program (a tool a test checks output with, such as Chromium), killed after `timeoutMs`.
inline CliRun runProgram(const QString &program, const QStringList &args, int timeoutMs = 120000,
                         const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(program, args);
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

inline CliRun runCli(const QString &program, const QStringList &args, const QString &database, int timeoutMs = 120000)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("MODELLENS_DB"), database);
    return runProgram(program, args, timeoutMs, env);
}

} // namespace mltest
