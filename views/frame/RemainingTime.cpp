// SPDX-License-Identifier: GPL-3.0-or-later
#include "RemainingTime.h"

#include <algorithm>

#include <cmath>

namespace ml {

void RemainingTime::reset() { m_stage.clear(); }

std::optional<qint64> RemainingTime::update(const QString &stage, qint64 current, qint64 total)
{
    if (!m_clock.isValid())
        m_clock.start();
    return update(stage, current, total, m_clock.elapsed());
}

std::optional<qint64> RemainingTime::update(const QString &stage, qint64 current, qint64 total, qint64 nowMs)
{
    if (stage != m_stage || current < m_startCurrent) {
        m_stage = stage;
        m_startMs = nowMs;
        m_startCurrent = current;
        return std::nullopt;
    }
    const qint64 elapsed = nowMs - m_startMs;
    const qint64 done = current - m_startCurrent;
    if (total <= 0 || elapsed < MinimumElapsedMs || done <= 0)
        return std::nullopt;
    const double rate = double(done) / double(elapsed); // units per ms
    return static_cast<qint64>(std::llround(double(std::max<qint64>(total - current, 0)) / rate));
}

QString RemainingTime::describe(qint64 ms)
{
    // Computed apart from the tr() calls: lupdate's parser hangs on template arguments in them.
    const int seconds = static_cast<int>(std::max((ms + 999) / 1000, qint64(1)));
    const int minutes = (seconds + 30) / 60;
    if (seconds < 90)
        return tr("about %n s left", nullptr, seconds);
    return tr("about %n min left", nullptr, minutes);
}

} // namespace ml
