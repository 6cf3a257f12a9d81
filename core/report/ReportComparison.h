// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ComparisonReport.h"

// The comparison a report shows of a candidate run B against a baseline run A: what differs
// (model version, settings, machine), the verdicts on the median and p99, and the layers.
//
// A thin assembly of the public statistics of core/history (RunComparison.h,
// LayerComparison.h), kept apart so that it can be swapped for the history's own assembly
// of a whole comparison once that exists: the report writers read only this struct.

#include "LayerComparison.h"
#include "RunComparison.h"
#include "RunQuery.h"
#include "Verdict.h"

#include <QString>

#include <optional>
#include <vector>

namespace ml {

struct ReportDifference {
    QString what; // "settings", "machine", "model"
    QString key;  // "intra_op_threads"
    QString a, b; // the values as text; empty where a run lacks the key
};

struct ReportComparison {
    QString baselineId, candidateId;
    std::vector<ReportDifference> differences;
    std::optional<Verdict> median, p99;
    QString medianError, p99Error; // why a verdict is missing
    std::vector<LayerDelta> layers;
    QString layersError;

    // The one-line verdict: "B is 1.18x slower than A (95% CI ...)" or why there is none.
    QString headline() const;
};

// The samples of a stored run are ComparisonReport.h's samplesOf() and layerSamplesOf(),
// the ones `compare` judges with.

// `versionA` / `versionB` may be null (a run without a stored model).
ReportComparison compareStored(const StoredRun &a, const StoredVersion *versionA, const StoredRun &b,
                               const StoredVersion *versionB);

} // namespace ml
