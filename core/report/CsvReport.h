// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Report.h"

#include <QString>

namespace ml {

// CSV (RFC 4180, CRLF line ends, a header row) of the per-layer rows: for one run, its
// layers; for a comparison, each candidate's layer deltas against the baseline. Text cells
// are neutralised against spreadsheet formulas (escape::csvText); numbers are plain.
class CsvReport {
public:
    static QString write(const Report &report);
};

} // namespace ml
