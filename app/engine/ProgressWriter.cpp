// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProgressWriter.h"

#include "ChildProgress.h"

#include <cstdio>

namespace ml {

void ProgressWriter::stage(const QString &name, qint64 total)
{
    m_stage = name;
    m_total = total;
    update(0, true);
}

void ProgressWriter::update(qint64 current, bool force)
{
    const auto now = std::chrono::steady_clock::now();
    if (!force && now - m_last < std::chrono::milliseconds(50))
        return;
    m_last = now;
    const QByteArray line = ml::ChildProgress{m_stage, current, m_total}.encode();
    std::fwrite(line.constData(), 1, static_cast<std::size_t>(line.size()), stdout);
    std::fflush(stdout);
}

} // namespace ml
