// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <chrono>

namespace ml {

// Writes the child's progress lines (ml::ChildProgress) to stdout. Iteration updates are
// throttled to one per 50 ms so that reporting costs the measured loop nothing noticeable;
// a stage's first and last report always go out.
class ProgressWriter {
public:
    void stage(const QString &name, qint64 total = 0);
    void update(qint64 current, bool force = false);

private:
    QString m_stage;
    qint64 m_total = 0;
    std::chrono::steady_clock::time_point m_last{};
};

} // namespace ml
