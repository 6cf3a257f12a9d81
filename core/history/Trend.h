// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "RunComparison.h"
#include "RunQuery.h"
#include "Verdict.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace ml {

// One run of a series, judged against the run before it in the series and against the
// series' baseline by the rule of compareRuns (its round medians, or its iterations for a
// run of one round). A "slower" verdict against either marks a regression at this run.
struct TrendPoint {
    RunSummary run;
    double roundMedianMs = 0; // median of the round medians: what the verdicts compare
    QString previousId;       // empty for the series' first run
    std::optional<Verdict> vsPrevious;
    std::optional<Verdict> vsBaseline; // none for the baseline itself, or without a baseline
    bool regression = false;
};

// A series: one model lineage on one machine with one set of settings (settings hash),
// oldest run first.
struct TrendSeries {
    qint64 modelId = 0;
    QString modelName, modelPath, machineFingerprint, settingsHash, backend, provider, precision;
    QString baselineId;        // the latest run of the series that is a named baseline; empty: none
    QStringList baselineNames; // its names
    std::vector<TrendPoint> points;

    int regressions() const;
    QJsonObject toJson() const;
};

struct TrendOptions {
    // The rule of compareRuns, with the interval bootstrapped only where it decides the
    // verdict (a significant difference with its ratio outside the band): a trend over 1,000
    // runs would otherwise spend its time on 2,000 bootstraps nobody reads, and seconds on
    // runs of one round, whose bootstraps go over every iteration (docs/BENCHMARKS.md).
    VerdictOptions verdict = [] {
        VerdictOptions o;
        o.intervalOnlyWhenSignificant = true;
        o.intervalOnlyOutsideBand = true;
        return o;
    }();
};

// Groups completed runs into series (runs of other statuses and runs without iterations are
// left out) and judges each run. `runs` in any order; series come ordered by model name,
// then machine, then settings hash; points by start time, then id. An error for a run whose
// samples are not latencies (compareRuns).
Result<std::vector<TrendSeries>> buildTrend(const std::vector<StoredRounds> &runs, const TrendOptions &options = {});

} // namespace ml
