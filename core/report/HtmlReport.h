// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Report.h"

#include <QString>

namespace ml {

// One self-contained HTML file: the runs and their statistics, the verdicts of a comparison,
// the model, the settings and machine (or what differs), inline SVG charts (SvgChart), the
// per-layer table, and a picture of the graph with the per-layer heat (GraphHeat). It carries
// kContentSecurityPolicy, so the browser itself proves that nothing is fetched; the small
// inline script only sorts tables (the page is complete without it), and the report's data
// rides along as JSON in a <script type="application/json"> element that no string can close.
class HtmlReport {
public:
    static const char kContentSecurityPolicy[];
    // Layer tables longer than this show their top rows and say so (a 100,000-layer table
    // would be tens of megabytes; the CSV and JSON reports have every row).
    static constexpr int kMaxLayerRows = 500;

    static QString write(const Report &report);
};

} // namespace ml
