// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Report.h"

#include <QByteArray>
#include <QJsonObject>

namespace ml {

// JSON of everything a report shows, for other tools: each run (summary, settings, machine,
// model, the result with every iteration and layer row, the rounds) and each comparison
// (differences, verdicts, layer deltas). "format": "modellens-report", "version": 1.
class JsonReport {
public:
    static QJsonObject toJson(const Report &report);
    static QByteArray write(const Report &report); // indented
    static QJsonObject comparisonJson(const ReportComparison &comparison);
    static QJsonObject modelJson(const ReportModel &model);
};

} // namespace ml
