// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// For the engine and run-panel tests: whether a child process is still alive.

#include <QByteArray>
#include <QFile>
#include <QString>

#include <csignal>
#include <sys/types.h>

namespace mltest {

// A zombie still answers kill(0); its state in /proc says it is gone.
inline bool processExists(qint64 pid)
{
    if (::kill(static_cast<pid_t>(pid), 0) != 0)
        return false;
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return false;
    const QByteArray text = stat.readAll();
    const qsizetype close = text.lastIndexOf(')');
    return close < 0 || text.mid(close + 2, 1) != "Z";
}

} // namespace mltest
