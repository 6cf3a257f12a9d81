// SPDX-License-Identifier: GPL-3.0-or-later
#include "SvgChart.h"

#include "ReportEscape.h"

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace ml {
namespace {

QString n1(double v) { return QString::number(v, 'f', 1); }

QString header(int width, int height, const QString &title)
{
    return u"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" width=\"%1\" height=\"%2\" viewBox=\"0 0 %1 %2\" "
           "role=\"img\" font-family=\"sans-serif\" font-size=\"11\"><title>%3</title>"
           "<text x=\"4\" y=\"15\" font-size=\"13\" font-weight=\"bold\">%3</text>"_s.arg(width)
                   .arg(height)
                   .arg(escape::html(title));
}

QString text(double x, double y, const QString &s, const QString &anchor = u"start"_s, const QString &extra = QString())
{
    return u"<text x=\"%1\" y=\"%2\" text-anchor=\"%3\"%4>%5</text>"_s.arg(n1(x), n1(y), anchor, extra, escape::html(s));
}

// A label cut to `chars` characters, keeping its end (node names differ at the end).
QString shorten(const QString &s, int chars) { return s.size() <= chars ? s : QChar(0x2026) + s.right(chars - 1); }

} // namespace

QString SvgChart::number(double v)
{
    if (!std::isfinite(v))
        return u"-"_s;
    const double a = std::abs(v);
    if (a >= 1000)
        return QString::number(v, 'f', 0);
    if (a >= 10)
        return QString::number(v, 'f', 1);
    if (a >= 1)
        return QString::number(v, 'f', 2);
    if (a >= 0.01)
        return QString::number(v, 'f', 3);
    return a == 0 ? u"0"_s : QString::number(v, 'g', 3);
}

QString SvgChart::histogram(const QString &title, const std::vector<double> &edges, const std::vector<Series> &series,
                            const QString &xLabel, int width)
{
    const int height = 240;
    const double left = 48, right = 12, top = 28, bottom = 44;
    const double plotW = width - left - right, plotH = height - top - bottom;
    QString s = header(width, height, title);
    const std::size_t bins = edges.size() > 1 ? edges.size() - 1 : 0;
    double maxCount = 0;
    for (const auto &ser : series)
        for (double v : ser.values)
            maxCount = std::max(maxCount, v);
    if (bins == 0 || series.empty() || maxCount <= 0) {
        s += text(left, top + 20, u"no data"_s);
        return s + u"</svg>"_s;
    }
    // Axes and the count scale.
    s += u"<path d=\"M%1,%2 V%3 H%4\" stroke=\"#444\" fill=\"none\"/>"_s.arg(n1(left), n1(top), n1(top + plotH),
                                                                             n1(left + plotW));
    s += text(left - 4, top + 8, QString::number(maxCount, 'g', 6), u"end"_s);
    s += text(left - 4, top + plotH, u"0"_s, u"end"_s);
    const double binW = plotW / double(bins);
    const double barW = binW / double(series.size());
    for (std::size_t k = 0; k < series.size(); ++k) {
        const auto &ser = series[k];
        for (std::size_t i = 0; i < bins && i < ser.values.size(); ++i) {
            const double h = ser.values[i] / maxCount * plotH;
            if (h <= 0)
                continue;
            s += u"<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" fill=\"%5\"><title>%6</title></rect>"_s.arg(
                    n1(left + double(i) * binW + double(k) * barW), n1(top + plotH - h), n1(std::max(0.5, barW - 0.5)), n1(h),
                    ser.color,
                    escape::html(
                            u"%1: %2 in %3-%4"_s.arg(ser.name, number(ser.values[i]), number(edges[i]), number(edges[i + 1]))));
        }
    }
    // Five edge labels along the x axis.
    for (int t = 0; t <= 4; ++t) {
        const std::size_t i = bins * std::size_t(t) / 4;
        s += text(left + double(i) * binW, top + plotH + 14, number(edges[i]),
                  t == 0           ? u"start"_s
                          : t == 4 ? u"end"_s
                                   : u"middle"_s);
    }
    s += text(left + plotW / 2, height - 8, xLabel, u"middle"_s);
    // Legend.
    double lx = left + plotW;
    for (auto it = series.rbegin(); it != series.rend(); ++it) {
        const double w = 16 + 6.5 * double(it->name.size());
        lx -= w + 8;
        s += u"<rect x=\"%1\" y=\"6\" width=\"10\" height=\"10\" fill=\"%2\"/>"_s.arg(n1(lx), it->color);
        s += text(lx + 14, 15, it->name);
    }
    return s + u"</svg>"_s;
}

QString SvgChart::bars(const QString &title, const std::vector<Bar> &bars, const QString &unit, int width)
{
    const double rowH = 18, top = 28, labelW = 230, valueW = 120;
    const int height = int(top + rowH * double(std::max<std::size_t>(1, bars.size())) + 10);
    QString s = header(width, height, title);
    if (bars.empty()) {
        s += text(4, top + 14, u"no data"_s);
        return s + u"</svg>"_s;
    }
    double maxPos = 0, maxNeg = 0;
    for (const Bar &b : bars) {
        if (std::isfinite(b.value)) {
            maxPos = std::max(maxPos, b.value);
            maxNeg = std::max(maxNeg, -b.value);
        }
    }
    const double plotW = width - labelW - valueW;
    const double span = std::max(1e-12, maxPos + maxNeg);
    const double zero = labelW + plotW * maxNeg / span;
    s += u"<path d=\"M%1,%2 V%3\" stroke=\"#444\"/>"_s.arg(n1(zero), n1(top - 2), n1(top + rowH * double(bars.size())));
    for (std::size_t i = 0; i < bars.size(); ++i) {
        const Bar &b = bars[i];
        const double y = top + rowH * double(i);
        const double v = std::isfinite(b.value) ? b.value : 0;
        const double w = std::abs(v) / span * plotW;
        const double x = v >= 0 ? zero : zero - w;
        const QString color = !b.color.isEmpty() ? b.color : v >= 0 ? u"#4c78a8"_s : u"#f58518"_s;
        s += text(labelW - 6, y + 13, shorten(b.label, 34), u"end"_s);
        s += u"<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" fill=\"%5\"><title>%6</title></rect>"_s.arg(
                n1(x), n1(y + 3), n1(std::max(0.5, w)), n1(rowH - 5), color,
                escape::html(b.label + u": "_s + number(b.value) + u' ' + unit));
        const QString value = number(b.value) + u' ' + unit + (b.note.isEmpty() ? QString() : u"  "_s + b.note);
        s += text(v >= 0 ? x + w + 4 : zero + 4, y + 13, value);
    }
    return s + u"</svg>"_s;
}

QString SvgChart::trend(const QString &title, const std::vector<Point> &points, const QString &unit, int width)
{
    const int height = 220;
    const double left = 56, right = 16, top = 28, bottom = 36;
    const double plotW = width - left - right, plotH = height - top - bottom;
    QString s = header(width, height, title);
    double lo = INFINITY, hi = -INFINITY;
    for (const Point &p : points)
        if (std::isfinite(p.value)) {
            lo = std::min(lo, p.value);
            hi = std::max(hi, p.value);
        }
    if (points.empty() || !std::isfinite(lo)) {
        s += text(left, top + 20, u"no data"_s);
        return s + u"</svg>"_s;
    }
    // Some room above and below, and never a flat zero span.
    const double pad = std::max((hi - lo) * 0.1, std::max(std::abs(hi) * 0.02, 1e-9));
    lo = std::max(0.0, lo - pad);
    hi += pad;
    const auto xOf = [&](std::size_t i) {
        return points.size() == 1 ? left + plotW / 2 : left + plotW * double(i) / double(points.size() - 1);
    };
    const auto yOf = [&](double v) { return top + plotH - (v - lo) / (hi - lo) * plotH; };
    s += u"<path d=\"M%1,%2 V%3 H%4\" stroke=\"#444\" fill=\"none\"/>"_s.arg(n1(left), n1(top), n1(top + plotH),
                                                                             n1(left + plotW));
    s += text(left - 4, top + 8, number(hi) + u' ' + unit, u"end"_s);
    s += text(left - 4, top + plotH, number(lo) + u' ' + unit, u"end"_s);
    QString line;
    for (std::size_t i = 0; i < points.size(); ++i)
        if (std::isfinite(points[i].value))
            line += (line.isEmpty() ? u"M"_s : u" L"_s) + n1(xOf(i)) + u',' + n1(yOf(points[i].value));
    s += u"<path d=\"%1\" stroke=\"#4c78a8\" stroke-width=\"1.5\" fill=\"none\"/>"_s.arg(line);
    for (std::size_t i = 0; i < points.size(); ++i) {
        const Point &p = points[i];
        if (!std::isfinite(p.value))
            continue;
        const QString tip = p.label + u": "_s + number(p.value) + u' ' + unit + (p.regression ? u" (regression)"_s : QString());
        if (p.highlighted)
            s += u"<circle cx=\"%1\" cy=\"%2\" r=\"7\" fill=\"none\" stroke=\"#222\" stroke-width=\"1.5\"/>"_s.arg(
                    n1(xOf(i)), n1(yOf(p.value)));
        s += u"<circle class=\"%1\" cx=\"%2\" cy=\"%3\" r=\"%4\" fill=\"%5\"><title>%6</title></circle>"_s.arg(
                p.regression ? u"regression"_s : u"point"_s, n1(xOf(i)), n1(yOf(p.value)), p.regression ? u"5"_s : u"3.5"_s,
                p.regression ? u"#e45756"_s : u"#4c78a8"_s, escape::html(tip));
    }
    s += text(left, height - 10, u"oldest"_s);
    s += text(left + plotW, height - 10, u"newest"_s, u"end"_s);
    s += text(left + plotW / 2, height - 10,
              u"%1 runs; red: a regression (slower than the run before or the baseline)"_s.arg(points.size()), u"middle"_s);
    return s + u"</svg>"_s;
}

} // namespace ml
