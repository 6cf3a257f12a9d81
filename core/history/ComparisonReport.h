// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LayerComparison.h"
#include "Result.h"
#include "RunComparison.h"
#include "RunQuery.h"
#include "Verdict.h"

#include <QJsonObject>
#include <QString>

#include <vector>

namespace ml {

// One thing two stored runs differ in besides their numbers, listed before any number so
// that nobody reads a "slower" without knowing it came from another machine.
struct RunDifference {
    enum class Kind { Model, ModelVersion, Machine, Engine, Settings };
    Kind kind = Kind::Settings;
    QString what; // "model version", "machine: cpu", "ONNX Runtime", "setting intra_op_threads"
    QString a, b; // the values in A (baseline) and B (candidate), as text
    QJsonObject toJson() const;
    static QString kindId(Kind kind); // "model", "modelVersion", "machine", "engine", "settings"
};

// Everything the comparison of a candidate run B with a baseline run A says, made by
// compareStoredRuns for `modellens-cli compare` and `ab`, the history view and reports:
// the differences first, then the end-to-end verdicts (median on the round medians, p99 on
// the iterations) and the layers, largest change first. A value; formatting is the caller's.
struct ComparisonReport {
    RunSummary a, b;
    std::vector<RunDifference> differences;
    Verdict median;
    Verdict p99;
    std::vector<LayerDelta> layers; // empty when neither run has per-layer times
    std::vector<double> roundMediansA, roundMediansB;

    // The median or the p99 verdict is Slower (what --fail-on slower gates on).
    bool slower() const;
    QJsonObject toJson() const;
};

// A stored run's samples: the median of each round, and every iteration.
SampleSet samplesOf(const StoredRun &run);
// A stored run's per-layer samples: each layer's mean in each round (one value per round;
// one value in all for a run of one round or a source with averages only), keyed by node
// name (prefixed "graph:" for a node inside a subgraph).
LayerSampleMap layerSamplesOf(const StoredRun &run);
// What A and B differ in: model lineage, model version, machine (field by field), engine
// versions, settings (key by key of the canonical settings), in that order.
std::vector<RunDifference> differencesOf(const StoredRun &a, const StoredRun &b);

// The whole comparison of B against A. An error, naming the run, for a run that did not
// complete or has no measured iterations. The bootstraps (p99, layers) run on the global
// thread pool; the call returns when the report is complete.
Result<ComparisonReport> compareStoredRuns(const StoredRun &a, const StoredRun &b, const VerdictOptions &options = {},
                                           const LayerOptions &layerOptions = {});

} // namespace ml
