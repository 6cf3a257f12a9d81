// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EngineBackend.h"
#include "OutputComparison.h"
#include "PlannedInput.h"
#include "RunResult.h"

#include <QString>

#include <vector>

namespace ml {

// The text `modellens-cli profile` prints for people.
class ProfileReport {
public:
    static QString plan(const std::vector<PlannedInput> &inputs);
    // `roundLine` (the round medians of a run in rounds, or empty) goes beside the statistics.
    static QString result(const RunResult &result, int topRows, const QString &roundLine = QString());
    static QString comparison(const std::vector<OutputDifference> &differences, double atol, double rtol);
    static QString availability(const QString &name, const BackendAvailability &availability);
};

} // namespace ml
