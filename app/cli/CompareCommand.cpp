// SPDX-License-Identifier: GPL-3.0-or-later
// modellens-cli compare and ab: verdicts on stored runs (core/history/ComparisonReport.h).
#include "CompareCommand.h"

#include "AbSession.h"
#include "ComparisonReport.h"
#include "ComparisonText.h"
#include "HistoryStore.h"
#include "OnnxModel.h"
#include "ProfileOptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace ml {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("cli", text); }

// Compares every run after the first with the first, prints, and returns the exit code:
// 3 when asked to fail on a slower verdict and one is, else 0; 2 on an error.
int compareAndPrint(const HistoryStore &store, const QStringList &references, bool json, bool failOnSlower, int top)
{
    QTextStream out(stdout), err(stderr);
    std::vector<StoredRun> runs;
    for (const QString &ref : references) {
        auto run = store.loadRun(ref);
        if (!run) {
            err << run.errorMessage() << '\n';
            return 2;
        }
        runs.push_back(std::move(run).value());
    }
    QJsonArray all;
    bool slower = false;
    for (std::size_t i = 1; i < runs.size(); ++i) {
        // A layer the test finds unchanged needs no interval: 200 layers stay well under 200 ms.
        LayerOptions layers;
        layers.intervalOnlyWhenSignificant = true;
        auto report = compareStoredRuns(runs.front(), runs[i], VerdictOptions(), layers);
        if (!report) {
            err << report.errorMessage() << '\n';
            return 2;
        }
        slower = slower || report->slower();
        if (json) {
            all.append(report->toJson());
        } else {
            if (i > 1)
                out << '\n';
            out << comparisonText(report.value(), top);
        }
    }
    if (json)
        out << QString::fromUtf8(QJsonDocument(all).toJson(QJsonDocument::Indented));
    return failOnSlower && slower ? 3 : 0;
}

QCommandLineOption dbOption()
{
    return {u"db"_s, tr("The history database (default: $MODELLENS_DB, the setting, then history.sqlite in the data folder)."),
            u"file"_s};
}

} // namespace

int runCompare(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            tr("Compare stored runs: each run after the first against the first (the baseline). Differences in model "
               "version, machine, engine and settings come first, then the verdict on the median (round medians, "
               "Mann-Whitney U and a bootstrap interval), on p99, and on every layer."));
    parser.addHelpOption();
    parser.addOption(dbOption());
    const QCommandLineOption json(u"json"_s, tr("Print one JSON array, one comparison per run after the first."));
    const QCommandLineOption failOn(u"fail-on"_s, tr("Exit with 3 when a verdict is slower (for CI gates)."), u"slower"_s);
    const QCommandLineOption top(u"top"_s, tr("Layers shown when none changed (default 10, 0: all)."), u"n"_s, u"10"_s);
    parser.addOptions({json, failOn, top});
    parser.addPositionalArgument(u"runs"_s, tr("Runs: ids, unique prefixes, last or last~N; the first is the baseline."),
                                 u"RUN RUN..."_s);
    QTextStream out(stdout), err(stderr);
    const QString usage = tr("usage: modellens-cli compare RUN RUN... [--db F] [--json] [--fail-on slower]");
    if (!parser.parse(arguments)) {
        err << parser.errorText() << '\n' << usage << '\n';
        return 2;
    }
    if (parser.isSet(u"help"_s)) {
        out << parser.helpText();
        return 0;
    }
    const QStringList refs = parser.positionalArguments();
    if (refs.size() < 2) {
        err << usage << '\n';
        return 2;
    }
    if (parser.isSet(failOn) && parser.value(failOn) != u"slower") {
        err << tr("--fail-on takes slower, not \"%1\"").arg(parser.value(failOn)) << '\n';
        return 2;
    }
    bool ok = false;
    const int rows = parser.value(top).toInt(&ok);
    if (!ok || rows < 0) {
        err << tr("--top takes a count: %1").arg(parser.value(top)) << '\n';
        return 2;
    }
    auto store = HistoryStore::open(HistoryStore::resolvePath(parser.value(u"db"_s)));
    if (!store) {
        err << store.errorMessage() << '\n';
        return 2;
    }
    return compareAndPrint(*store.value(), refs, parser.isSet(json), parser.isSet(failOn), rows);
}

int runAb(const QStringList &arguments)
{
    QTextStream out(stdout), err(stderr);
    const QString usage = tr("usage: modellens-cli ab MODEL_A [MODEL_B] [--a KEY=VALUE,...] [--b KEY=VALUE,...] "
                             "[--rounds N] [--db F] [--json] [profile options]");
    // The options of ab itself; everything else is a profile option for both sides.
    QString overrides[2], database, roundsText = u"5"_s;
    bool json = false;
    QStringList models, profileArgs{arguments.value(0)};
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments[i];
        const auto valueOf = [&](const QString &name, QString *target) {
            if (arg == name) {
                if (i + 1 >= arguments.size())
                    return false;
                *target = arguments[++i];
                return true;
            }
            if (arg.startsWith(name + u'=')) {
                *target = arg.mid(name.size() + 1);
                return true;
            }
            return false;
        };
        if (valueOf(u"--a"_s, &overrides[0]) || valueOf(u"--b"_s, &overrides[1]) || valueOf(u"--db"_s, &database)
            || valueOf(u"--rounds"_s, &roundsText))
            continue;
        if (arg == u"--a" || arg == u"--b" || arg == u"--db" || arg == u"--rounds") {
            err << tr("%1 needs a value").arg(arg) << '\n' << usage << '\n';
            return 2;
        }
        if (arg == u"--json") {
            json = true;
        } else if (arg == u"--help" || arg == u"-h") {
            out << usage << '\n'
                << tr("Runs A and B in alternating rounds (A B B A A B ...), each round a fresh engine, stores both "
                      "runs and prints the verdict on B against A. KEY=VALUE: backend, opt-level, threads, "
                      "inter-threads, ep or provider, precision, iterations, duration, warmup, spinning, seed. "
                      "Other options are those of profile (see profile --help) and apply to both sides.\n");
            return 0;
        } else if (!arg.startsWith(u'-') && models.size() < 2 && profileArgs.size() == 1) {
            models << arg;
        } else {
            profileArgs << arg;
        }
    }
    bool ok = false;
    const int rounds = roundsText.toInt(&ok);
    if (!ok || rounds < 1) {
        err << tr("--rounds wants a whole number of at least 1, not \"%1\"").arg(roundsText) << '\n';
        return 2;
    }
    if (models.isEmpty()) {
        err << usage << '\n';
        return 2;
    }
    auto parsed = ProfileOptions::parse(QStringList{profileArgs.front(), models.front()} + profileArgs.mid(1));
    if (!parsed) {
        err << parsed.errorMessage() << '\n';
        return 2;
    }
    RunRequest requests[2];
    for (int side = 0; side < 2; ++side) {
        EngineSettings base = parsed->settings;
        base.modelPath = models.value(side, models.front());
        auto settings = ProfileOptions::withOverrides(base, overrides[side], side == 0 ? u"--a"_s : u"--b"_s);
        if (!settings) {
            err << settings.errorMessage() << '\n';
            return 2;
        }
        auto model = OnnxModel::open(settings->modelPath);
        if (!model) {
            err << model.errorMessage() << '\n';
            return 2;
        }
        requests[side].settings = settings.value();
        requests[side].model = std::move(model).value();
        requests[side].source = u"cli"_s;
        requests[side].saveOutputs = false;
    }
    if (models.size() < 2 && overrides[0] == overrides[1])
        err << tr("note: A and B are the same model with the same settings (give MODEL_B, --a or --b)") << '\n';

    const QString dbPath = HistoryStore::resolvePath(database);
    AbSession ab;
    ab.setHistory(dbPath);
    QEventLoop loop;
    std::optional<AbOutcome> outcome;
    Error failure;
    QObject::connect(&ab, &AbSession::finished, &loop, [&](const AbOutcome &o) {
        outcome = o;
        loop.quit();
    });
    QObject::connect(&ab, &AbSession::failed, &loop, [&](const Error &e) {
        failure = e;
        loop.quit();
    });
    if (!json && ::isatty(STDERR_FILENO))
        QObject::connect(&ab, &AbSession::progress, &loop, [](const QString &stage, qint64 current, qint64 total) {
            QTextStream e(stderr);
            e << "\r\033[K" << stage;
            if (total > 0)
                e << ' ' << current << '/' << total;
            e << Qt::flush;
        });
    ab.start(requests[0], requests[1], rounds);
    loop.exec();
    if (!json && ::isatty(STDERR_FILENO))
        err << "\r\033[K" << Qt::flush;
    if (!outcome) {
        err << tr("ab failed: %1").arg(failure.message) << '\n';
        return 2;
    }
    if (!outcome->storeError.isEmpty()) {
        err << tr("ab: the runs could not be stored in the history: %1").arg(outcome->storeError) << '\n';
        return 2;
    }
    if (!json)
        out << tr("A/B in %1 rounds a side (A B B A ...); stored as runs %2 (A) and %3 (B) in %4\n\n")
                        .arg(ab.rounds())
                        .arg(outcome->idA, outcome->idB, dbPath)
            << Qt::flush; // before compareAndPrint's own stream writes
    auto store = HistoryStore::open(dbPath);
    if (!store) {
        err << store.errorMessage() << '\n';
        return 2;
    }
    return compareAndPrint(*store.value(), {outcome->idA, outcome->idB}, json, false, 10);
}

} // namespace ml
