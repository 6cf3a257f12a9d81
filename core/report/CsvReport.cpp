// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvReport.h"

#include "ReportEscape.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace ml {
namespace {

using escape::csvNumber;
using escape::csvText;

QString line(const QStringList &cells) { return cells.join(u',') + u"\r\n"_s; }

QString presence(LayerDelta::Presence p)
{
    return p == LayerDelta::Presence::Added ? u"added"_s : p == LayerDelta::Presence::Removed ? u"removed"_s : u"both"_s;
}

} // namespace

QString CsvReport::write(const Report &report)
{
    QString out;
    if (!report.isComparison()) {
        out += line({u"run"_s, u"node"_s, u"graph"_s, u"op_type"_s, u"mean_ms"_s, u"median_ms"_s, u"share"_s, u"calls_per_run"_s,
                     u"mapped"_s, u"kernels"_s, u"fused_nodes"_s});
        for (const ReportRun &r : report.runs) {
            if (!r.run.result.layers)
                continue;
            for (const LayerTiming &l : r.run.result.layers->layers)
                out += line({csvText(r.run.summary.id), csvText(l.node), csvText(l.graph), csvText(l.opType), csvNumber(l.meanMs),
                             csvNumber(l.medianMs), csvNumber(l.share), csvNumber(l.callsPerRun, 3),
                             l.mapped ? u"true"_s : u"false"_s, csvText(l.kernels.join(u"; "_s)),
                             csvText(l.fusedNodes.join(u"; "_s))});
        }
        return out;
    }
    out += line({u"baseline"_s, u"candidate"_s, u"node"_s, u"op_type"_s, u"presence"_s, u"a_ms"_s, u"b_ms"_s, u"delta_ms"_s,
                 u"ratio"_s, u"ci_low"_s, u"ci_high"_s, u"p"_s, u"q"_s, u"verdict"_s});
    for (const ReportComparison &c : report.comparisons) {
        for (const LayerDelta &l : c.layers()) {
            const double nan = std::nan("");
            const Verdict *v = l.verdict ? &*l.verdict : nullptr;
            out += line({csvText(c.baselineId), csvText(c.candidateId), csvText(l.node), csvText(l.opType), presence(l.presence),
                         csvNumber(l.a), csvNumber(l.b), csvNumber(l.delta()), csvNumber(v ? v->ratio : nan, 4),
                         csvNumber(v ? v->ciLow : nan, 4), csvNumber(v ? v->ciHigh : nan, 4), csvNumber(v ? v->p : nan, 6),
                         csvNumber(v ? v->q : nan, 6), v ? Verdict::kindId(v->kind) : u""_s});
        }
    }
    return out;
}

} // namespace ml
