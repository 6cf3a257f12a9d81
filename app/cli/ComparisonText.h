// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ComparisonReport.h"

#include <QString>

namespace ml {

// The text `compare` and `ab` print for one comparison: the differences first, then the
// end-to-end verdicts, then the layers that changed (largest first; at most `topLayers`
// rows of those without a verdict of faster or slower, 0: all).
QString comparisonText(const ComparisonReport &report, int topLayers);

} // namespace ml
