// SPDX-License-Identifier: GPL-3.0-or-later
#include "HtmlReport.h"

#include "GraphHeat.h"
#include "JsonReport.h"
#include "LatencyHistogram.h"
#include "ReportEscape.h"
#include "SvgChart.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <onnx/onnx_pb.h>

#include <algorithm>
#include <cmath>
#include <set>

using namespace Qt::StringLiterals;

namespace ml {

const char HtmlReport::kContentSecurityPolicy[] =
        "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:";

namespace {

using escape::html;

const QString kColors[] = {u"#4c78a8"_s, u"#f58518"_s, u"#54a24b"_s, u"#b279a2"_s, u"#e45756"_s, u"#72b7b2"_s};

QString ms(double v) { return SvgChart::number(v); }
QString td(const QString &escaped, const QString &sortValue = QString())
{
    if (sortValue.isEmpty())
        return u"<td>"_s + escaped + u"</td>"_s;
    return u"<td class=\"n\" data-v=\""_s + sortValue + u"\">"_s + escaped + u"</td>"_s;
}
QString tdNum(double v) { return td(ms(v), std::isfinite(v) ? QString::number(v, 'g', 10) : u"0"_s); }
QString th(const QString &text) { return u"<th>"_s + html(text) + u"</th>"_s; }
QString kv(const QString &key, const QString &value)
{
    return u"<tr><th>"_s + html(key) + u"</th><td>"_s + html(value) + u"</td></tr>\n"_s;
}

const char kStyle[] = R"(body{font-family:system-ui,sans-serif;margin:24px auto;max-width:1240px;color:#222;padding:0 12px}
h1{font-size:1.4em}h2{font-size:1.15em;margin-top:1.6em;border-bottom:1px solid #ddd}
table{border-collapse:collapse;margin:8px 0;font-size:13px}td,th{border:1px solid #ddd;padding:3px 7px;text-align:left;vertical-align:top}
td.n{text-align:right;font-variant-numeric:tabular-nums}th{background:#f4f4f4}table.sortable th{cursor:pointer}
.verdict{font-size:1.05em;padding:8px 12px;border-left:5px solid #888;background:#f7f7f7}
.slower{border-color:#e45756}.faster{border-color:#54a24b}.note{color:#555;font-style:italic}
.wrap{overflow:auto;max-height:900px;border:1px solid #eee}code{font-size:12px}svg.chart{display:block;margin:10px 0}
)";

// Sorts a table by the clicked column: numbers by data-v, text otherwise.
const char kScript[] = R"(document.querySelectorAll('table.sortable').forEach(function(t){
t.querySelectorAll('th').forEach(function(h,i){h.addEventListener('click',function(){
var b=t.tBodies[0],r=Array.prototype.slice.call(b.rows),d=h.dataset.d==='1'?-1:1;h.dataset.d=d===1?'1':'0';
r.sort(function(x,y){var a=x.cells[i],c=y.cells[i];var p=a.dataset.v,q=c.dataset.v;
if(p!==undefined&&q!==undefined)return d*(parseFloat(p)-parseFloat(q));return d*a.textContent.localeCompare(c.textContent);});
r.forEach(function(e){b.appendChild(e);});});});});
)";

QString runsTable(const Report &report)
{
    QString s = u"<table id=\"runs\"><thead><tr>"_s;
    for (const char *h : {"run", "started (UTC)", "model", "backend", "provider", "iterations", "rounds", "p50 ms", "p90 ms",
                          "p99 ms", "mean ms", "cv", "tags", "note"})
        s += th(QString::fromLatin1(h));
    s += u"</tr></thead><tbody>\n"_s;
    for (const ReportRun &r : report.runs) {
        const RunSummary &x = r.run.summary;
        s += u"<tr>"_s + td(u"<code>"_s + html(x.id) + u"</code>"_s) + td(html(x.startedAt.toString(Qt::ISODate)))
                + td(html(x.modelName)) + td(html(x.backend + u' ' + x.backendVersion)) + td(html(x.provider))
                + td(QString::number(x.iterations), QString::number(x.iterations))
                + td(QString::number(x.rounds), QString::number(x.rounds)) + tdNum(x.medianMs) + tdNum(x.p90Ms) + tdNum(x.p99Ms)
                + tdNum(x.meanMs) + td(QString::number(x.cv * 100, 'f', 2) + u'%') + td(html(x.tags.join(u", "_s)))
                + td(html(x.note)) + u"</tr>\n"_s;
    }
    return s + u"</tbody></table>\n"_s;
}

QString modelSection(const ReportModel &m)
{
    QString s = u"<h2>Model</h2>\n<table id=\"model\">\n"_s;
    s += kv(u"name"_s, m.name) + kv(u"file"_s, m.fileName) + kv(u"sha256"_s, m.sha256);
    if (!m.label.isEmpty())
        s += kv(u"label"_s, m.label);
    s += kv(u"producer"_s, m.producer);
    if (m.nodeCount > 0)
        s += kv(u"nodes"_s, QString::number(m.nodeCount));
    if (m.sizeBytes > 0)
        s += kv(u"size"_s, QString::number(double(m.sizeBytes) / 1e6, 'f', 2) + u" MB"_s);
    QStringList opsets;
    for (auto it = m.opsets.begin(); it != m.opsets.end(); ++it)
        opsets << it.key() + u' ' + QString::number(it.value().toInt());
    if (!opsets.isEmpty())
        s += kv(u"opsets"_s, opsets.join(u", "_s));
    if (!m.inputs.isEmpty())
        s += kv(u"inputs"_s, m.inputs.mid(0, 20).join(u"; "_s));
    if (!m.outputs.isEmpty())
        s += kv(u"outputs"_s, m.outputs.mid(0, 20).join(u"; "_s));
    if (!m.docString.isEmpty())
        s += kv(u"doc string"_s, m.docString.left(2000));
    for (std::size_t i = 0; i < m.metadata.size() && i < 20; ++i)
        s += kv(m.metadata[i].first, m.metadata[i].second.left(500));
    if (!m.graphStored)
        s += kv(u"graph"_s, u"not stored with this run (no picture, no operator counts)"_s);
    return s + u"</table>\n"_s;
}

QString jsonTable(const QString &id, const QJsonObject &o)
{
    QString s = u"<table id=\""_s + id + u"\">\n"_s;
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QJsonValue v = it.value();
        QString text = v.isString() ? v.toString()
                : v.isDouble()      ? QString::number(v.toDouble())
                : v.isBool()        ? (v.toBool() ? u"true"_s : u"false"_s)
                : v.isArray()       ? QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact))
                                    : QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
        s += kv(it.key(), text.left(1000));
    }
    return s + u"</table>\n"_s;
}

QString differencesTable(const ReportComparison &c)
{
    if (c.differences.empty())
        return u"<p>Same model version, engine, settings and machine.</p>\n"_s;
    QString s = u"<table class=\"differences\"><thead><tr>"_s + th(u"kind"_s) + th(u"what"_s) + th(c.baselineId)
            + th(c.candidateId) + u"</tr></thead><tbody>\n"_s;
    for (const RunDifference &d : c.differences)
        s += u"<tr>"_s + td(html(RunDifference::kindId(d.kind))) + td(html(d.what)) + td(html(d.a.left(1000)))
                + td(html(d.b.left(1000))) + u"</tr>\n"_s;
    return s + u"</tbody></table>\n"_s;
}

// One histogram of every run's iterations over shared bins.
QString latencyChart(const Report &report)
{
    std::vector<double> pooled;
    for (const ReportRun &r : report.runs)
        pooled.insert(pooled.end(), r.run.result.latenciesMs.begin(), r.run.result.latenciesMs.end());
    const LatencyHistogram bins = LatencyHistogram::of(pooled);
    std::vector<SvgChart::Series> series;
    for (std::size_t k = 0; k < report.runs.size(); ++k) {
        SvgChart::Series s{report.runs[k].run.summary.id, kColors[k % 6], std::vector<double>(bins.counts.size(), 0.0)};
        for (double v : report.runs[k].run.result.latenciesMs) {
            const auto it = std::upper_bound(bins.edges.begin(), bins.edges.end(), v);
            const std::size_t i = std::min<std::size_t>(bins.counts.size() - 1,
                                                        std::size_t(std::max<std::ptrdiff_t>(0, it - bins.edges.begin() - 1)));
            if (!bins.counts.empty())
                s.values[i] += 1;
        }
        series.push_back(std::move(s));
    }
    return SvgChart::histogram(u"Latency distribution (iterations)"_s, bins.edges, series, u"latency, ms"_s);
}

QString singleRunCharts(const ReportRun &r)
{
    QString s;
    if (!r.run.result.layers || r.run.result.layers->layers.empty())
        return s;
    const LayerReport &layers = *r.run.result.layers;
    std::vector<SvgChart::Bar> top;
    for (std::size_t i = 0; i < layers.layers.size() && i < 20; ++i)
        top.push_back({layers.layers[i].node, layers.layers[i].meanMs, QString(),
                       QString::number(layers.layers[i].share * 100, 'f', 1) + u'%'});
    s += SvgChart::bars(u"Slowest layers (mean per run)"_s, top, u"ms"_s);
    std::vector<SvgChart::Bar> ops;
    for (std::size_t i = 0; i < layers.opTypes.size() && i < 20; ++i)
        ops.push_back({layers.opTypes[i].opType, layers.opTypes[i].meanMs, u"#54a24b"_s,
                       u"%1%, %2 nodes"_s.arg(layers.opTypes[i].share * 100, 0, 'f', 1).arg(layers.opTypes[i].nodes)});
    s += SvgChart::bars(u"Time by operator type"_s, ops, u"ms"_s);
    return s;
}

QString comparisonCharts(const ReportComparison &c)
{
    std::vector<SvgChart::Bar> top;
    std::map<QString, double> byOp;
    for (std::size_t i = 0; i < c.layers().size(); ++i) {
        const LayerDelta &l = c.layers()[i];
        byOp[l.opType] += l.delta();
        if (i < 20) {
            const QString note = l.verdict                      ? l.verdict->kindText()
                    : l.presence == LayerDelta::Presence::Added ? u"added"_s
                                                                : u"removed"_s;
            top.push_back({l.node, l.delta(), l.delta() > 0 ? u"#e45756"_s : u"#54a24b"_s, note});
        }
    }
    if (top.empty())
        return QString();
    std::vector<std::pair<QString, double>> ops(byOp.begin(), byOp.end());
    std::sort(ops.begin(), ops.end(), [](const auto &x, const auto &y) { return std::abs(x.second) > std::abs(y.second); });
    std::vector<SvgChart::Bar> opBars;
    for (std::size_t i = 0; i < ops.size() && i < 20; ++i)
        opBars.push_back({ops[i].first, ops[i].second, ops[i].second > 0 ? u"#e45756"_s : u"#54a24b"_s, QString()});
    return SvgChart::bars(u"Largest layer changes, %1 against %2 (B - A)"_s.arg(c.candidateId, c.baselineId), top, u"ms"_s)
            + SvgChart::bars(u"Change by operator type (B - A)"_s, opBars, u"ms"_s);
}

// The run's series over time: the median of its round medians, regressions marked.
QString trendSection(const Report &report)
{
    if (!report.trend)
        return QString();
    const TrendSeries &t = *report.trend;
    std::set<QString> shown;
    for (const ReportRun &r : report.runs)
        shown.insert(r.run.summary.id);
    std::vector<SvgChart::Point> points;
    QStringList regressions;
    for (const TrendPoint &p : t.points) {
        points.push_back({p.run.id + u' ' + p.run.startedAt.toString(Qt::ISODate), p.roundMedianMs, p.regression,
                          shown.count(p.run.id) > 0});
        if (p.regression)
            regressions << p.run.id;
    }
    QString s = u"<h2>Trend</h2>\n<p class=\"note\" id=\"trend-note\">"_s
            + html(u"%1 completed runs of %2 on this machine with these settings (%3 %4), oldest first; each compared "
                   "with the run before it and with the baseline by the rule of the verdict above. "_s.arg(t.points.size())
                           .arg(t.modelName, t.backend, t.provider))
            + html(regressions.isEmpty() ? u"No regression."_s : u"Regressions at: "_s + regressions.join(u", "_s) + u'.')
            + u"</p>\n"_s;
    return s + SvgChart::trend(u"Median latency of each run (median of its round medians)"_s, points, u"ms"_s);
}

QString trimNote(std::size_t shown, std::size_t total)
{
    return shown < total
            ? u"<p class=\"note\">Showing the top %1 of %2 layers; the CSV and JSON reports have all of them.</p>\n"_s.arg(shown)
                      .arg(total)
            : QString();
}

QString layerTable(const ReportRun &r)
{
    const auto &rows = r.run.result.layers->layers;
    const std::size_t n = std::min<std::size_t>(rows.size(), HtmlReport::kMaxLayerRows);
    QString s = trimNote(n, rows.size());
    s += u"<div class=\"wrap\"><table class=\"sortable layers\"><thead><tr>"_s;
    for (const char *h : {"#", "node", "op", "mean ms", "median ms", "share", "calls/run", "kernels"})
        s += th(QString::fromLatin1(h));
    s += u"</tr></thead><tbody>\n"_s;
    for (std::size_t i = 0; i < n; ++i) {
        const LayerTiming &l = rows[i];
        s += u"<tr>"_s + td(QString::number(i + 1), QString::number(i + 1)) + td(html(l.node)) + td(html(l.opType))
                + tdNum(l.meanMs) + tdNum(l.medianMs)
                + td(QString::number(l.share * 100, 'f', 2) + u'%', QString::number(l.share)) + tdNum(l.callsPerRun)
                + td(html(l.kernels.mid(0, 4).join(u", "_s))) + u"</tr>\n"_s;
    }
    return s + u"</tbody></table></div>\n"_s;
}

QString deltaTable(const ReportComparison &c)
{
    const std::size_t n = std::min<std::size_t>(c.layers().size(), HtmlReport::kMaxLayerRows);
    QString s = trimNote(n, c.layers().size());
    s += u"<div class=\"wrap\"><table class=\"sortable layers\"><thead><tr>"_s;
    for (const char *h : {"node", "op", "A ms", "B ms", "delta ms", "ratio", "95% CI", "q", "verdict"})
        s += th(QString::fromLatin1(h));
    s += u"</tr></thead><tbody>\n"_s;
    for (std::size_t i = 0; i < n; ++i) {
        const LayerDelta &l = c.layers()[i];
        const Verdict *v = l.verdict ? &*l.verdict : nullptr;
        const QString verdict = v ? v->kindText() : l.presence == LayerDelta::Presence::Added ? u"added"_s : u"removed"_s;
        s += u"<tr>"_s + td(html(l.node)) + td(html(l.opType)) + tdNum(l.a) + tdNum(l.b) + tdNum(l.delta())
                + (v ? tdNum(v->ratio) : td(QString()))
                + td(v && std::isfinite(v->ciLow) ? QString(ms(v->ciLow) + u"-"_s + ms(v->ciHigh)) : QString())
                + (v && std::isfinite(v->q) ? tdNum(v->q) : td(QString())) + td(html(verdict)) + u"</tr>\n"_s;
    }
    return s + u"</tbody></table></div>\n"_s;
}

QString graphSection(const Report &report)
{
    const ReportRun &shown = report.isComparison() ? report.runs[1] : report.runs.front();
    const ReportRun &withGraph = shown.graph ? shown : report.runs.front();
    if (!withGraph.graph)
        return u"<h2>Graph</h2>\n<p class=\"note\">No graph is stored with this run.</p>\n"_s;
    std::map<QString, double> heat;
    GraphHeatOptions options;
    if (report.isComparison()) {
        options.signedHeat = true;
        for (const LayerDelta &l : report.comparisons.front().layers())
            heat[l.node] = l.delta();
    } else if (shown.run.result.layers) {
        for (const LayerTiming &l : shown.run.result.layers->layers)
            if (l.graph.isEmpty())
                heat[l.node] += l.meanMs;
    }
    auto picture = graphHeatPicture(*withGraph.graph, heat, options);
    if (!picture)
        return u"<h2>Graph</h2>\n<p class=\"note\">No picture of the graph: "_s + html(picture.errorMessage()) + u"</p>\n"_s;
    return u"<h2>Graph</h2>\n<p class=\"note\" id=\"graph-note\">"_s + html(picture->note) + u"</p>\n<div class=\"wrap\">"_s
            + picture->svg + u"</div>\n"_s;
}

// What the page shows as data: runs' summaries and the verdicts, without iterations or
// layer rows (the JSON report has those).
QByteArray pageData(const Report &report)
{
    QJsonArray runs;
    for (const ReportRun &r : report.runs)
        runs.append(QJsonObject{{u"summary"_s, r.run.summary.toJson()}, {u"model"_s, JsonReport::modelJson(r.model)}});
    QJsonArray comparisons;
    for (const ReportComparison &c : report.comparisons) {
        QJsonObject o = JsonReport::comparisonJson(c);
        o.remove(u"layers"_s);
        comparisons.append(o);
    }
    const QJsonObject o{{u"format"_s, u"modellens-report"_s},
                        {u"version"_s, 1},
                        {u"title"_s, report.title()},
                        {u"runs"_s, runs},
                        {u"comparisons"_s, comparisons}};
    return escape::jsonForScript(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

QString HtmlReport::write(const Report &report)
{
    QString s;
    s += u"<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"_s;
    s += u"<meta http-equiv=\"Content-Security-Policy\" content=\""_s + QString::fromLatin1(kContentSecurityPolicy) + u"\">\n"_s;
    s += u"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>"_s + html(report.title())
            + u"</title>\n<style>"_s + QString::fromLatin1(kStyle) + u"</style>\n</head>\n<body>\n"_s;
    s += u"<h1>"_s + html(report.title()) + u"</h1>\n<p class=\"note\">Made by "_s + html(report.generator) + u" on "_s
            + html(report.generatedAt.toString(Qt::ISODate)) + u" from the run history.</p>\n"_s;
    if (report.runs.empty())
        return s + u"</body></html>\n"_s;

    if (report.isComparison()) {
        s += u"<h2>Verdict</h2>\n"_s;
        for (const ReportComparison &c : report.comparisons) {
            const QString kind = c.median() ? Verdict::kindId(c.median()->kind) : u"none"_s;
            s += u"<p class=\"verdict "_s + html(kind) + u"\">"_s + html(c.headline()) + u"</p>\n"_s;
            if (c.p99())
                s += u"<p>p99: "_s + html(c.p99()->text()) + u"</p>\n"_s;
        }
    }
    s += u"<h2>Runs</h2>\n"_s + runsTable(report);
    s += modelSection(report.runs.front().model);
    if (report.isComparison()) {
        for (const ReportComparison &c : report.comparisons)
            s += u"<h2>What differs: "_s + html(c.candidateId) + u" against "_s + html(c.baselineId) + u"</h2>\n"_s
                    + differencesTable(c);
    } else {
        s += u"<h2>Settings</h2>\n"_s + jsonTable(u"settings"_s, report.runs.front().run.settings);
        s += u"<h2>Machine</h2>\n"_s + jsonTable(u"machine"_s, report.runs.front().run.machine);
    }

    s += u"<h2>Charts</h2>\n"_s + latencyChart(report);
    if (report.isComparison()) {
        for (const ReportComparison &c : report.comparisons)
            s += comparisonCharts(c);
    } else {
        s += singleRunCharts(report.runs.front());
    }

    s += trendSection(report);
    s += u"<h2>Layers</h2>\n"_s;
    if (report.isComparison()) {
        for (const ReportComparison &c : report.comparisons) {
            s += u"<h3>"_s + html(c.candidateId) + u" against "_s + html(c.baselineId) + u"</h3>\n"_s;
            s += c.layers().empty() ? u"<p class=\"note\">No per-layer times in both runs.</p>\n"_s : deltaTable(c);
        }
    } else if (report.runs.front().run.result.layers && !report.runs.front().run.result.layers->layers.empty()) {
        s += layerTable(report.runs.front());
    } else {
        s += u"<p class=\"note\">This run has no per-layer times.</p>\n"_s;
    }
    s += graphSection(report);
    s += u"<script type=\"application/json\" id=\"modellens-data\">"_s + QString::fromUtf8(pageData(report))
            + u"</script>\n<script>"_s + QString::fromLatin1(kScript) + u"</script>\n</body>\n</html>\n"_s;
    return s;
}

} // namespace ml
