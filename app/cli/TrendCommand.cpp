// SPDX-License-Identifier: GPL-3.0-or-later
// modellens-cli trend: the series of a model and their regressions (core/history/Trend.h).
#include "TrendCommand.h"

#include "HistoryStore.h"
#include "Trend.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace ml {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("cli", text); }

QString ms(double v) { return QString::number(v, 'f', 3); }

QString verdictCell(const std::optional<Verdict> &v)
{
    if (!v)
        return u"-"_s;
    if (v->kind == Verdict::Faster || v->kind == Verdict::Slower)
        return u"%1 %2x"_s.arg(v->kindText(), QString::number(v->kind == Verdict::Slower ? v->ratio : 1 / v->ratio, 'f', 2));
    return v->kindText();
}

} // namespace

int runTrend(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            tr("The series of a model (one machine, one set of settings each), oldest run first: each run against "
               "the previous run of its series and against the series' baseline; a slower verdict marks a regression."));
    parser.addHelpOption();
    parser.addOption({u"db"_s,
                      tr("The history database (default: $MODELLENS_DB, the setting, then history.sqlite in the data folder)."),
                      u"file"_s});
    const QCommandLineOption json(u"json"_s, tr("Print one JSON array, one object per series."));
    parser.addOption(json);
    parser.addPositionalArgument(u"model"_s, tr("The model: its path, or part of its name."));
    QTextStream out(stdout), err(stderr);
    const QString usage = tr("usage: modellens-cli trend MODEL [--db F] [--json]");
    if (!parser.parse(arguments)) {
        err << parser.errorText() << '\n' << usage << '\n';
        return 2;
    }
    if (parser.isSet(u"help"_s)) {
        out << parser.helpText();
        return 0;
    }
    if (parser.positionalArguments().size() != 1) {
        err << usage << '\n';
        return 2;
    }
    const QString model = parser.positionalArguments().first();
    auto store = HistoryStore::open(HistoryStore::resolvePath(parser.value(u"db"_s)));
    if (!store) {
        err << store.errorMessage() << '\n';
        return 2;
    }
    RunFilter filter;
    filter.model = model;
    filter.status = RunStatus::Completed;
    filter.limit = 0;
    filter.descending = false;
    auto runs = store.value()->listRounds(filter);
    if (!runs) {
        err << runs.errorMessage() << '\n';
        return 2;
    }
    if (runs->empty()) {
        err << tr("no completed runs of a model matching \"%1\" in %2").arg(model, store.value()->path()) << '\n';
        return 2;
    }
    auto trend = buildTrend(runs.value());
    if (!trend) {
        err << trend.errorMessage() << '\n';
        return 2;
    }
    if (parser.isSet(json)) {
        QJsonArray all;
        for (const TrendSeries &s : trend.value())
            all.append(s.toJson());
        out << QString::fromUtf8(QJsonDocument(all).toJson(QJsonDocument::Indented));
        return 0;
    }
    bool first = true;
    for (const TrendSeries &s : trend.value()) {
        if (!first)
            out << '\n';
        first = false;
        out << tr("series: %1  machine %2  settings %3  %4 %5 %6\n")
                        .arg(s.modelName.isEmpty() ? u"-"_s : s.modelName, s.machineFingerprint.left(8), s.settingsHash.left(8),
                             s.backend, s.provider, s.precision);
        out << (s.baselineId.isEmpty() ? tr("baseline: none (set one with modellens-cli baseline NAME RUN)\n")
                                       : tr("baseline: %1 (%2)\n").arg(s.baselineId, s.baselineNames.join(u", "_s)));
        out << tr("%1 runs, %2 regressions\n").arg(s.points.size()).arg(s.regressions());
        out << u"  %1 %2 %3 %4 %5 %6  %7  %8\n"_s.arg(tr("run"), -9)
                        .arg(tr("started"), -17)
                        .arg(tr("version"), -9)
                        .arg(tr("median ms"), 10)
                        .arg(tr("p99 ms"), 10)
                        .arg(tr("vs previous"), -18)
                        .arg(tr("vs baseline"), -18)
                        .arg(QString());
        for (const TrendPoint &p : s.points) {
            const QString version = p.run.versionLabel.isEmpty() ? p.run.versionSha256.left(8) : p.run.versionLabel.left(8);
            QString mark;
            if (p.regression)
                mark = tr("REGRESSION");
            if (!p.run.baselines.isEmpty())
                mark += u" [%1]"_s.arg(p.run.baselines.join(u", "_s));
            out << u"  %1 %2 %3 %4 %5 %6  %7  %8\n"_s.arg(p.run.id, -9)
                            .arg(p.run.startedAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s), -17)
                            .arg(version.isEmpty() ? u"-"_s : version, -9)
                            .arg(ms(p.roundMedianMs), 10)
                            .arg(ms(p.run.p99Ms), 10)
                            .arg(verdictCell(p.vsPrevious), -18)
                            .arg(verdictCell(p.vsBaseline), -18)
                            .arg(mark.trimmed());
        }
        for (const TrendPoint &p : s.points) {
            if (!p.regression)
                continue;
            const bool prev = p.vsPrevious && p.vsPrevious->kind == Verdict::Slower;
            out << tr("regression at %1: %2\n")
                            .arg(p.run.id,
                                 prev ? tr("against %1: %2").arg(p.previousId, p.vsPrevious->text())
                                      : tr("against the baseline %1: %2").arg(s.baselineId, p.vsBaseline->text()));
        }
    }
    return 0;
}

} // namespace ml
