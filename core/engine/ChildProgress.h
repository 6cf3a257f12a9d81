// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace ml {

// One progress report of an engine child: a JSON line on its stdout,
// {"stage":"measuring","current":12,"total":100}. `total` 0: not known in advance. While
// measuring by duration, current and total are milliseconds.
struct ChildProgress {
    QString stage;
    qint64 current = 0;
    qint64 total = 0;

    // Stage names the ONNX Runtime child and the supervisor use.
    static QString preparing();
    static QString building();
    static QString firstRun();
    static QString warmup();
    static QString measuring();
    static QString profiling();
    static QString reading();

    QByteArray encode() const; // one line, '\n' included
    static std::optional<ChildProgress> decode(const QByteArray &line);
};

} // namespace ml
