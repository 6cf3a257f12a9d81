// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportComparison.h"

using namespace Qt::StringLiterals;

namespace ml {

ReportComparison compareForReport(const StoredRun &a, const StoredRun &b)
{
    ReportComparison c;
    c.baselineId = a.summary.id;
    c.candidateId = b.summary.id;
    c.differences = differencesOf(a, b);
    if (auto compared = compareStoredRuns(a, b))
        c.result = std::move(compared).value();
    else
        c.error = compared.errorMessage();
    return c;
}

const std::vector<LayerDelta> &ReportComparison::layers() const
{
    static const std::vector<LayerDelta> none;
    return result ? result->layers : none;
}

QString ReportComparison::headline() const
{
    if (!result)
        return u"%1 against %2: no verdict (%3)"_s.arg(candidateId, baselineId, error);
    return u"%1 against %2: %3 (median %4 ms vs %5 ms)"_s.arg(candidateId, baselineId, result->median.text())
            .arg(result->median.b, 0, 'f', 3)
            .arg(result->median.a, 0, 'f', 3);
}

} // namespace ml
