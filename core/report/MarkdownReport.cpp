// SPDX-License-Identifier: GPL-3.0-or-later
#include "MarkdownReport.h"

#include "ReportEscape.h"
#include "SvgChart.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ml {
namespace {

using escape::markdown;

QString ms(double v) { return SvgChart::number(v); }

QString row(const QStringList &cells) { return u"| "_s + cells.join(u" | "_s) + u" |\n"_s; }

QString trimmedNote(std::size_t shown, std::size_t total, const QString &what)
{
    if (shown >= total)
        return QString();
    return u"\n_Trimmed: showing the top %1 of %2 %3; the CSV or JSON report has all of them._\n"_s.arg(shown).arg(total).arg(
            what);
}

QString runLine(const ReportRun &r)
{
    const RunSummary &s = r.run.summary;
    QString line = u"`%1` %2 %3, %4"_s.arg(s.id, markdown(s.backend), markdown(s.backendVersion),
                                           markdown(s.provider.isEmpty() ? s.backend : s.provider));
    if (!s.tags.isEmpty())
        line += u", tags: "_s + markdown(s.tags.join(u", "_s));
    if (!s.note.isEmpty())
        line += u", note: "_s + markdown(s.note);
    return line;
}

} // namespace

QString MarkdownReport::write(const Report &report)
{
    // Fewer rows until it fits; a report without rows always does (its fields are short).
    for (int rows : {25, 15, 10, 5, 0}) {
        QString text = write(report, rows);
        if (text.size() < kMaxChars)
            return text;
    }
    return write(report, 0).left(kMaxChars - 64) + u"\n\n_Trimmed to 60,000 characters._\n"_s;
}

QString MarkdownReport::write(const Report &report, int rows)
{
    QString md;
    if (report.runs.empty())
        return md;
    const ReportRun &first = report.runs.front();
    md += u"### "_s + markdown(report.title()) + u"\n\n"_s;

    // The one-line verdict.
    if (report.isComparison()) {
        for (const ReportComparison &c : report.comparisons)
            md += u"**Verdict:** "_s + markdown(c.headline()) + u"\n\n"_s;
    } else {
        const RunSummary &s = first.run.summary;
        md += u"**Latency:** median %1 ms, p90 %2 ms, p99 %3 ms over %4 iterations in %5 round(s)\n\n"_s
                      .arg(ms(s.medianMs), ms(s.p90Ms), ms(s.p99Ms))
                      .arg(s.iterations)
                      .arg(s.rounds);
    }
    const QString model = first.model.fileName.isEmpty() ? first.run.summary.modelName : first.model.fileName;
    md += u"Model: "_s + markdown(model.isEmpty() ? u"(none stored)"_s : model);
    if (first.model.nodeCount > 0)
        md += u", %1 nodes"_s.arg(first.model.nodeCount);
    if (!first.model.sha256.isEmpty())
        md += u", sha256 `%1`"_s.arg(first.model.sha256.left(12));
    md += u"\n\n"_s;

    md += row({u"run"_s, u"p50 ms"_s, u"p90 ms"_s, u"p99 ms"_s, u"iterations"_s, u"rounds"_s, u"details"_s});
    md += u"| --- | ---: | ---: | ---: | ---: | ---: | --- |\n"_s;
    for (const ReportRun &r : report.runs) {
        const RunSummary &s = r.run.summary;
        md += row({u"`"_s + s.id + u'`', ms(s.medianMs), ms(s.p90Ms), ms(s.p99Ms), QString::number(s.iterations),
                   QString::number(s.rounds), runLine(r)});
    }
    md += u'\n';

    const std::size_t limit = std::size_t(std::max(0, rows));
    if (report.isComparison()) {
        for (const ReportComparison &c : report.comparisons) {
            // What differs comes before the numbers: a "slower" from another machine is no regression.
            md += u"#### What differs, `%1` against `%2`\n\n"_s.arg(c.candidateId, c.baselineId);
            if (c.differences.empty()) {
                md += u"Same model version, engine, settings and machine.\n\n"_s;
            } else {
                const std::size_t diffLimit = std::max<std::size_t>(limit, 5);
                md += row({u"kind"_s, u"what"_s, u"`%1`"_s.arg(c.baselineId), u"`%1`"_s.arg(c.candidateId)});
                md += u"| --- | --- | --- | --- |\n"_s;
                for (std::size_t i = 0; i < c.differences.size() && i < diffLimit; ++i) {
                    const RunDifference &d = c.differences[i];
                    md += row(
                            {RunDifference::kindId(d.kind), markdown(d.what), markdown(d.a.left(200)), markdown(d.b.left(200))});
                }
                md += trimmedNote(std::min(diffLimit, c.differences.size()), c.differences.size(), u"differences"_s) + u'\n';
            }
            if (c.p99())
                md += u"p99 of `%1` against `%2`: "_s.arg(c.candidateId, c.baselineId) + markdown(c.p99()->text()) + u"\n\n"_s;
            md += u"#### Top layer deltas, `%1` against `%2`\n\n"_s.arg(c.candidateId, c.baselineId);
            const std::vector<LayerDelta> &layers = c.layers();
            if (layers.empty()) {
                md += c.error.isEmpty() ? u"No per-layer times in both runs.\n\n"_s
                                        : u"No layer comparison: "_s + markdown(c.error) + u"\n\n"_s;
            } else if (limit > 0) {
                md += row({u"layer"_s, u"op"_s, u"A ms"_s, u"B ms"_s, u"delta ms"_s, u"verdict"_s});
                md += u"| --- | --- | ---: | ---: | ---: | --- |\n"_s;
                for (std::size_t i = 0; i < layers.size() && i < limit; ++i) {
                    const LayerDelta &l = layers[i];
                    const QString verdict = l.presence == LayerDelta::Presence::Added ? u"added"_s
                            : l.presence == LayerDelta::Presence::Removed             ? u"removed"_s
                            : l.verdict                                               ? l.verdict->kindText()
                                                                                      : QString();
                    md += row({markdown(l.node), markdown(l.opType), ms(l.a), ms(l.b),
                               (l.delta() > 0 ? u"+"_s : QString()) + ms(l.delta()), markdown(verdict)});
                }
            }
            md += trimmedNote(std::min(limit, layers.size()), layers.size(), u"layer deltas"_s) + u'\n';
        }
    } else if (first.run.result.layers && !first.run.result.layers->layers.empty()) {
        const auto &layers = first.run.result.layers->layers;
        md += u"#### Top layers\n\n"_s;
        if (limit > 0) {
            md += row({u"layer"_s, u"op"_s, u"mean ms"_s, u"share"_s});
            md += u"| --- | --- | ---: | ---: |\n"_s;
            for (std::size_t i = 0; i < layers.size() && i < limit; ++i)
                md += row({markdown(layers[i].node), markdown(layers[i].opType), ms(layers[i].meanMs),
                           QString::number(layers[i].share * 100, 'f', 1) + u'%'});
        }
        md += trimmedNote(std::min(limit, layers.size()), layers.size(), u"layers"_s) + u'\n';
    }
    if (report.trend) {
        QStringList regressions;
        for (const TrendPoint &p : report.trend->points)
            if (p.regression)
                regressions << u"`"_s + p.run.id + u'`';
        const TrendPoint &oldest = report.trend->points.front(), &latest = report.trend->points.back();
        md += u"**Trend:** %1 runs of this model on this machine with these settings, median %2 ms (first) to %3 ms (latest); "_s
                        .arg(report.trend->points.size())
                        .arg(ms(oldest.roundMedianMs), ms(latest.roundMedianMs))
                + (regressions.isEmpty() ? u"no regression."_s : u"regressions at "_s + regressions.join(u", "_s) + u'.')
                + u"\n\n"_s;
    }
    md += u"_Made by "_s + markdown(report.generator) + u", "_s + report.generatedAt.toString(Qt::ISODate) + u"._\n"_s;
    return md;
}

} // namespace ml
