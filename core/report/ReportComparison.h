// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The comparison a report shows of a candidate run B against a baseline run A: the
// comparison `modellens-cli compare` and the comparison window make (compareStoredRuns in
// core/history/ComparisonReport.h: differences first, the verdicts on the median and p99,
// the layers), or, for runs that cannot be compared (one failed), what they differ in and
// why there is no verdict. The report writers read only this struct.

#include "ComparisonReport.h"
#include "LayerComparison.h"
#include "RunQuery.h"
#include "Verdict.h"

#include <QString>

#include <optional>
#include <vector>

namespace ml {

struct ReportComparison {
    QString baselineId, candidateId;
    std::vector<RunDifference> differences; // always, also without a verdict
    std::optional<ComparisonReport> result; // nullopt: `error` says why
    QString error;

    const Verdict *median() const { return result ? &result->median : nullptr; }
    const Verdict *p99() const { return result ? &result->p99 : nullptr; }
    const std::vector<LayerDelta> &layers() const;
    // The one-line verdict: "B against A: 1.18x slower (95% CI ...)" or why there is none.
    QString headline() const;
};

ReportComparison compareForReport(const StoredRun &a, const StoredRun &b);

} // namespace ml
