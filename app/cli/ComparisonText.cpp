// SPDX-License-Identifier: GPL-3.0-or-later
#include "ComparisonText.h"

#include <QCoreApplication>
#include <QStringList>

#include <cmath>

using namespace Qt::StringLiterals;

namespace ml {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("cli", text); }

QString runLine(const RunSummary &s)
{
    QString version = s.versionLabel.isEmpty() ? s.versionSha256.left(8) : s.versionLabel;
    return u"%1  %2  %3  %4 %5"_s.arg(s.id, s.startedAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s),
                                      s.modelName.isEmpty() ? u"-"_s : s.modelName, version.isEmpty() ? u"-"_s : version,
                                      s.provider);
}

QString medians(const std::vector<double> &values)
{
    QStringList out;
    for (double v : values)
        out << QString::number(v, 'f', 3);
    return out.join(u' ');
}

QString layerLine(const LayerDelta &d)
{
    const double deltaUs = d.delta() * 1000;
    QString verdict;
    switch (d.presence) {
    case LayerDelta::Presence::Added:
        verdict = tr("only in B");
        break;
    case LayerDelta::Presence::Removed:
        verdict = tr("only in A");
        break;
    case LayerDelta::Presence::Both:
        verdict = d.verdict ? d.verdict->text() : QString();
        break;
    }
    return u"  %1 %2 %3  %4  %5  %6\n"_s.arg(QString::number(d.a, 'f', 4), 10)
            .arg(QString::number(d.b, 'f', 4), 10)
            .arg((deltaUs >= 0 ? u"+"_s : QString()) + QString::number(deltaUs, 'f', 1), 10)
            .arg(d.opType.left(16), -16)
            .arg(d.node)
            .arg(verdict);
}

bool changed(const LayerDelta &d)
{
    if (d.presence != LayerDelta::Presence::Both)
        return true;
    return d.verdict && (d.verdict->kind == Verdict::Faster || d.verdict->kind == Verdict::Slower);
}

} // namespace

QString comparisonText(const ComparisonReport &r, int topLayers)
{
    QString out;
    out += tr("A (baseline):  %1\n").arg(runLine(r.a));
    out += tr("B (candidate): %1\n").arg(runLine(r.b));
    if (r.differences.empty()) {
        out += tr("same model version, machine, engine and settings\n");
    } else {
        out += tr("differences (read these before the numbers):\n");
        for (const RunDifference &d : r.differences)
            out += u"  %1: %2 -> %3\n"_s.arg(d.what, d.a, d.b);
    }
    out += tr("round medians ms: A %1 | B %2\n").arg(medians(r.roundMediansA), medians(r.roundMediansB));
    out += tr("median: %1 -> %2 ms: %3\n")
                   .arg(QString::number(r.median.a, 'f', 3), QString::number(r.median.b, 'f', 3), r.median.text());
    out += tr("p99:    %1 -> %2 ms: %3\n").arg(QString::number(r.p99.a, 'f', 3), QString::number(r.p99.b, 'f', 3), r.p99.text());
    if (r.layers.empty())
        return out;

    int judged = 0, tested = 0, tooFew = 0;
    for (const LayerDelta &d : r.layers) {
        judged += changed(d) ? 1 : 0;
        tested += d.verdict && d.verdict->shortfall == Verdict::Shortfall::None ? 1 : 0;
        tooFew += d.verdict && d.verdict->shortfall == Verdict::Shortfall::TooFewSamples ? 1 : 0;
    }
    const QString header = u"  %1 %2 %3  %4  %5  %6\n"_s.arg(tr("A ms"), 10)
                                   .arg(tr("B ms"), 10)
                                   .arg(tr("delta us"), 10)
                                   .arg(tr("op"), -16)
                                   .arg(tr("node"))
                                   .arg(tr("verdict"));
    if (judged > 0) {
        out += tr("\nlayers that changed (%1 of %2, largest first; Benjamini-Hochberg across %3 tested layers):\n")
                       .arg(judged)
                       .arg(r.layers.size())
                       .arg(tested);
        out += header;
        for (const LayerDelta &d : r.layers)
            if (changed(d))
                out += layerLine(d);
        return out;
    }
    const int rows = topLayers > 0 ? std::min<int>(topLayers, int(r.layers.size())) : int(r.layers.size());
    out += tested > 0    ? tr("\nno layer changed beyond its noise (%1 tested); the largest deltas:\n").arg(tested)
            : tooFew > 0 ? tr("\nlayers: too few rounds for a verdict; the largest deltas:\n")
                         : tr("\nlayers: averages only, no verdict; the largest deltas:\n");
    out += header;
    for (int i = 0; i < rows; ++i)
        out += layerLine(r.layers[std::size_t(i)]);
    if (rows < int(r.layers.size()))
        out += tr("  ... %1 more layers (--top 0 shows all)\n").arg(int(r.layers.size()) - rows);
    return out;
}

} // namespace ml
