// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QString>

#include <optional>

namespace ml {

// Time remaining of a stage that reports "current of total" (run iterations, measured
// milliseconds): the rate since the stage's first report, projected to its end. No estimate
// before the stage has run for a moment (the first reports are noisy) nor for a stage of
// unknown length: then the caller shows a plain busy indicator instead of a guess.
class RemainingTime {
    Q_DECLARE_TR_FUNCTIONS(ml::RemainingTime)
public:
    static constexpr qint64 MinimumElapsedMs = 500;

    void reset();
    // A report at `nowMs` (a monotonic clock; tests pass their own). Returns the
    // milliseconds left, when they can be estimated.
    std::optional<qint64> update(const QString &stage, qint64 current, qint64 total, qint64 nowMs);
    std::optional<qint64> update(const QString &stage, qint64 current, qint64 total);
    // "about 12 s left", "about 3 min left".
    static QString describe(qint64 ms);

private:
    QElapsedTimer m_clock;
    QString m_stage;
    qint64 m_startMs = 0;
    qint64 m_startCurrent = 0;
};

} // namespace ml
