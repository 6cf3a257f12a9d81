// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProfileReport.h"

#include "ShapeSpec.h"
#include "TypeText.h"

#include <QCoreApplication>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace ml {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("cli", text); }
QString ms(double v) { return QString::number(v, 'f', v < 1 ? 4 : 3); }

} // namespace

QString ProfileReport::plan(const std::vector<PlannedInput> &inputs)
{
    QString out = tr("inputs (* = default value for a dynamic dimension; set with --shapes):\n");
    for (const auto &in : inputs) {
        QStringList dims;
        for (std::size_t i = 0; i < in.shape.size(); ++i)
            dims << QString::number(in.shape[i]) + (i < in.defaulted.size() && in.defaulted[i] ? u"*"_s : QString());
        out += u"  %1  %2[%3]  model: [%4]  values: %5\n"_s.arg(in.name, elementTypeName(in.dataType), dims.join(u'x'),
                                                                in.dimNames.join(u','), in.source.describe());
    }
    return out;
}

QString ProfileReport::result(const RunResult &r, int topRows, const QString &roundLine)
{
    const auto &l = r.latency;
    const QJsonObject s = r.settings;
    QString out;
    out += tr("backend: %1 %2").arg(r.backend, r.backendVersion);
    if (r.backend == u"onnxruntime")
        out += tr(" (%1, optimization %2, %3 intra-op threads)")
                       .arg(r.providers.join(u", "_s), s.value(u"optimization_level"_s).toString())
                       .arg(s.value(u"intra_op_threads"_s).toInt() == 0
                                    ? tr("default")
                                    : QString::number(s.value(u"intra_op_threads"_s).toInt()));
    out += u'\n';
    out += tr("build: %1 ms   first run: %2\n")
                   .arg(ms(r.buildMs), r.firstRunMs < 0 ? tr("not reported") : ms(r.firstRunMs) + u" ms"_s);
    out += tr("measured: %1 iterations in %2 s after %3 warm-up\n")
                   .arg(r.iterations)
                   .arg(r.measuredSeconds, 0, 'f', 3)
                   .arg(r.warmupIterations);
    out += tr("latency ms: min %1  median %2  mean %3  p90 %4  p95 %5  p99 %6  max %7\n")
                   .arg(ms(l.min), ms(l.median), ms(l.mean), ms(l.p90), ms(l.p95), ms(l.p99), ms(l.max));
    out += tr("stddev %1 ms  cv %2%  throughput %3/s  peak memory %4 MB\n")
                   .arg(ms(l.stddev))
                   .arg(l.cv * 100, 0, 'f', 2)
                   .arg(r.throughputPerS, 0, 'f', 2)
                   .arg(r.peakRssBytes / 1e6, 0, 'f', 1);
    out += roundLine;
    for (const auto &[name, stats] : r.extraTimes)
        out += tr("%1 ms: median %2  mean %3\n").arg(name, ms(stats.median), ms(stats.mean));
    for (const QString &w : r.warnings)
        out += tr("warning: %1\n").arg(w);
    if (!r.optimizedModelPath.isEmpty())
        out += tr("optimized graph: %1\n").arg(r.optimizedModelPath);
    if (!r.layers)
        return out;
    const LayerReport &p = *r.layers;
    out += tr("\nper layer (%1 profiled runs; mean ms per run):\n").arg(p.runs);
    out += u"  %1 %2 %3 %4  %5\n"_s.arg(tr("mean"), 9)
                   .arg(tr("median"), 9)
                   .arg(tr("share"), 7)
                   .arg(tr("op"), -18)
                   .arg(tr("node"));
    int shown = 0;
    for (const auto &row : p.layers) {
        if (topRows > 0 && ++shown > topRows) {
            out += tr("  ... %1 more rows (--top 0 shows all)\n").arg(p.layers.size() - topRows);
            break;
        }
        QString node = row.graph.isEmpty() ? row.node : row.graph + u" / "_s + row.node;
        if (!row.fusedNodes.isEmpty())
            node += tr("  (+ %1)").arg(row.fusedNodes.join(u", "_s));
        if (!row.mapped)
            node += tr("  [not in the model]");
        out += u"  %1 %2 %3% %4  %5\n"_s.arg(ms(row.meanMs), 9)
                       .arg(ms(row.medianMs), 9)
                       .arg(row.share * 100, 6, 'f', 2)
                       .arg(row.opType, -18)
                       .arg(node);
    }
    out += tr("\nby operator:\n");
    for (const auto &t : p.opTypes)
        out += u"  %1 %2% %3  (%4 nodes)\n"_s.arg(ms(t.meanMs), 9).arg(t.share * 100, 6, 'f', 2).arg(t.opType, -18).arg(t.nodes);
    out += tr("\nsum of layers %1 ms, end-to-end %2 ms (same runs), gap %3 ms\n")
                   .arg(ms(p.layerSumMs), ms(p.endToEndMs), ms(p.gapMs()));
    if (!p.removedNodes.isEmpty())
        out += tr("%1 model nodes ran as no kernel of their own (folded into constants or eliminated)\n")
                       .arg(p.removedNodes.size());
    for (const QString &n : p.notes)
        out += tr("note: %1\n").arg(n);
    return out;
}

QString ProfileReport::comparison(const std::vector<OutputDifference> &differences, double atol, double rtol)
{
    QString out = tr("\noutputs compared (|a-b| <= %1 + %2*|b|):\n").arg(atol).arg(rtol);
    for (const auto &d : differences) {
        if (!d.problem.isEmpty())
            out += tr("  %1: %2\n").arg(d.name, d.problem);
        else
            out += tr("  %1: max abs %2, max rel %3, %4 of %5 outside: %6\n")
                           .arg(d.name)
                           .arg(d.maxAbs, 0, 'g', 4)
                           .arg(d.maxRel, 0, 'g', 4)
                           .arg(d.mismatches)
                           .arg(d.elements)
                           .arg(d.pass ? tr("pass") : tr("FAIL"));
    }
    return out;
}

QString ProfileReport::availability(const QString &name, const BackendAvailability &a)
{
    if (!a.available)
        return tr("%1: not available: %2\n").arg(name, a.missing);
    QString out = tr("%1: %2 %3\n").arg(name, a.program, a.version);
    if (!a.providers.isEmpty())
        out += tr("  execution providers: %1\n").arg(a.providers.join(u", "_s));
    for (const auto &[provider, missing] : a.unavailableProviders)
        out += tr("  %1: not available: %2\n").arg(provider, missing);
    return out;
}

} // namespace ml
