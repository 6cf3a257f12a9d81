// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <vector>

namespace ml {

// A small writer of SVG charts for reports: histograms (one or several series over the same
// bins) and horizontal bar charts (signed values grow left and right from zero). Qt Charts
// needs Widgets, so the GUI keeps it; reports draw with this, as inline <svg> elements that
// need no script, font file or image. Labels are escaped here; titles and labels may be any
// text. Sizes are in CSS pixels; every chart is `width` wide and as tall as it needs.
class SvgChart {
public:
    struct Series {
        QString name;
        QString color; // "#1f77b4"
        std::vector<double> values;
    };
    struct Bar {
        QString label;
        double value = 0;
        QString color; // empty: blue for >= 0, orange for < 0
        QString note;  // shown after the value ("+12%")
    };

    // Bins from edges[i] to edges[i + 1]; each series has one value (count) per bin. Several
    // series are drawn side by side within each bin, with a legend.
    static QString histogram(const QString &title, const std::vector<double> &edges, const std::vector<Series> &series,
                             const QString &xLabel, int width = 720);

    // One row per bar, label at the left, value (with `unit`) at the bar's end.
    static QString bars(const QString &title, const std::vector<Bar> &bars, const QString &unit, int width = 720);

    // A trend: one point per run, oldest at the left, joined by a line; regressions in red,
    // the runs the report is about ringed.
    struct Point {
        QString label; // the run's id and date, in its tooltip
        double value = 0;
        bool regression = false;
        bool highlighted = false;
    };
    static QString trend(const QString &title, const std::vector<Point> &points, const QString &unit, int width = 720);

    // "1.25", "0.0123", "1234": a few significant digits for axis and value labels.
    static QString number(double value);
};

} // namespace ml
