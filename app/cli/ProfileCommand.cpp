// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProfileCommand.h"

#include "EngineBackend.h"
#include "HistoryStore.h"
#include "OnnxModel.h"
#include "OutputComparison.h"
#include "ProfileOptions.h"
#include "ProfileReport.h"
#include "RobustStats.h"
#include "RunSession.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

#include <map>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace ml {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("cli", text); }

QJsonArray unavailableJson(const BackendAvailability &a)
{
    QJsonArray out;
    for (const auto &[provider, missing] : a.unavailableProviders)
        out.append(QJsonObject{{u"name"_s, provider}, {u"missing"_s, missing}});
    return out;
}

// The round medians beside the statistics over all iterations: a run of one round has none.
std::vector<double> roundMedians(const SessionRun &run)
{
    std::vector<double> out;
    for (const RunRound &round : run.rounds)
        out.push_back(median(round.latenciesMs));
    return out;
}

QString roundsText(const SessionRun &run)
{
    const std::vector<double> medians = roundMedians(run);
    if (medians.empty())
        return tr("rounds: 1 (one session; drift between sessions not measured)\n");
    QStringList values;
    for (double m : medians)
        values << QString::number(m, 'f', 3);
    return tr("rounds: %1, each a fresh engine; round medians ms: %2 (spread %3%)\n")
            .arg(medians.size())
            .arg(values.join(u' '))
            .arg(robustCv(medians) * 100, 0, 'f', 1);
}

void insertRounds(QJsonObject &json, const SessionRun &run)
{
    QJsonArray medians;
    for (double m : roundMedians(run))
        medians.append(m);
    if (medians.isEmpty())
        medians.append(run.result->latency.median);
    json.insert(u"rounds"_s, medians.size());
    json.insert(u"round_medians_ms"_s, medians);
}

// Runs one job through the same run session the GUI uses (RunSession: planning, the engine
// worker thread and its child process, the run's folder).
Result<std::shared_ptr<const SessionRun>> runJob(RunSession &session, RunRequest request, bool showProgress)
{
    QEventLoop loop;
    std::shared_ptr<const SessionRun> run;
    Error error;
    QObject::connect(&session, &RunSession::finished, &loop, [&](quint64, std::shared_ptr<const SessionRun> r) {
        run = std::move(r);
        loop.quit();
    });
    QObject::connect(&session, &RunSession::failed, &loop, [&](quint64, const Error &e) {
        error = e;
        loop.quit();
    });
    if (showProgress)
        QObject::connect(&session, &RunSession::progress, &loop, [](quint64, const QString &stage, qint64 current, qint64 total) {
            QTextStream err(stderr);
            err << "\r\033[K" << stage;
            if (total > 0)
                err << ' ' << current << '/' << total;
            err << Qt::flush;
        });
    session.start(std::move(request));
    loop.exec();
    QObject::disconnect(&session, nullptr, &loop, nullptr);
    if (showProgress)
        QTextStream(stderr) << "\r\033[K" << Qt::flush;
    if (!run)
        return error;
    return run;
}

} // namespace

int runProfile(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    auto parsed = ProfileOptions::parse(arguments);
    if (!parsed) {
        err << parsed.errorMessage() << '\n';
        return 1;
    }
    ProfileOptions &o = parsed.value();
    if (o.help) {
        out << o.helpText;
        return 0;
    }
    if (o.listBackends) {
        QJsonObject all;
        for (const BackendId id : allBackends()) {
            const QString name = backendIdName(id);
            const auto backend = EngineBackend::create(id);
            const ml::BackendAvailability a = backend->availability(o.settings);
            if (o.json)
                all.insert(name,
                           QJsonObject{{u"available"_s, a.available},
                                       {u"program"_s, a.program},
                                       {u"version"_s, a.version},
                                       {u"providers"_s, QJsonArray::fromStringList(a.providers)},
                                       {u"unavailable_providers"_s, unavailableJson(a)},
                                       {u"missing"_s, a.missing}});
            else
                out << ProfileReport::availability(backend->displayName(), a);
        }
        if (o.json)
            out << QJsonDocument(all).toJson(QJsonDocument::Indented);
        return 0;
    }

    // Plan the inputs here so that a bad shape is a usage error and --plan can show them;
    // the session plans again from the same opened model, without reading the file twice.
    auto model = OnnxModel::open(o.settings.modelPath);
    if (!model) {
        err << model.errorMessage() << '\n';
        return 2;
    }
    std::shared_ptr<const OnnxModel> opened = std::move(model).value();
    auto planned = RunSession::plan(opened->proto().graph(), o.settings);
    if (!planned) {
        err << planned.errorMessage() << '\n';
        return 1;
    }
    if (o.planOnly) {
        if (o.json) {
            QJsonArray inputs;
            for (const auto &in : planned->inputs)
                inputs.append(in.toJson());
            out << QJsonDocument(QJsonObject{{u"inputs"_s, inputs}}).toJson(QJsonDocument::Indented);
        } else {
            out << ProfileReport::plan(planned->inputs);
        }
        return 0;
    }

    const bool progress = !o.json && ::isatty(STDERR_FILENO);
    EngineSettings second;
    if (!o.compare.isEmpty()) {
        auto other = ProfileOptions::withOverrides(o.settings, o.compare);
        if (!other) {
            err << other.errorMessage() << '\n';
            return 1;
        }
        second = other.value();
        second.saveOutputsDir.clear(); // into its own run folder, not over the first run's
    }
    RunSession session;
    // Every run is stored in the history (failed ones with their reason), unless asked not to.
    std::map<quint64, QString> stored;
    if (o.history) {
        session.setHistory(HistoryStore::resolvePath(o.database));
        QObject::connect(&session, &RunSession::recorded, [&](quint64 job, const QString &id) { stored[job] = id; });
        QObject::connect(&session, &RunSession::recordFailed, [&](quint64, const Error &e) {
            err << tr("warning: the run was not stored in the history: %1").arg(e.message) << '\n';
        });
    }
    const auto storedId = [&](quint64 job) {
        session.waitForHistory();
        const auto it = stored.find(job);
        return it == stored.end() ? QString() : it->second;
    };
    // Outputs are kept only for a comparison (or where --save-outputs says).
    RunRequest request{o.settings, opened, {}, false, !o.compare.isEmpty(), {}, nullptr, u"cli"_s};
    auto result = runJob(session, request, progress);
    if (!result) {
        session.waitForHistory(); // the failure is stored too
        err << tr("profile failed: %1").arg(result.errorMessage()) << '\n';
        return 2;
    }
    const QString firstId = storedId(result.value()->job);
    const RunResult &first = *result.value()->result;
    QJsonObject json = first.toJson();
    insertRounds(json, *result.value());
    if (!firstId.isEmpty())
        json.insert(u"run_id"_s, firstId);
    if (!o.json) {
        out << ProfileReport::result(first, o.top, roundsText(*result.value()));
        if (!firstId.isEmpty())
            out << tr("stored in the history as run %1 (%2)").arg(firstId, QDir::toNativeSeparators(session.historyPath()))
                << '\n';
    }
    int code = 0;
    if (!o.compare.isEmpty()) {
        auto other = runJob(session, RunRequest{second, opened, {}, false, true, {}, nullptr, u"cli"_s}, progress);
        if (!other) {
            err << tr("the comparison run (%1) failed: %2").arg(o.compare, other.errorMessage()) << '\n';
            return 2;
        }
        auto differences = RunSession::compareOutputs(session.outputPairing(), o.atol, o.rtol);
        if (!differences) {
            err << differences.errorMessage() << '\n';
            return 2;
        }
        const bool pass = OutputComparison::allPass(differences.value());
        code = pass ? 0 : 3;
        QJsonArray diffs;
        for (const auto &d : differences.value())
            diffs.append(d.toJson());
        QJsonObject otherJson = other.value()->result->toJson();
        insertRounds(otherJson, *other.value());
        otherJson.remove(u"latencies_ms"_s);
        if (const QString id = storedId(other.value()->job); !id.isEmpty())
            otherJson.insert(u"run_id"_s, id);
        json.insert(u"comparison"_s,
                    QJsonObject{{u"changes"_s, o.compare},
                                {u"atol"_s, o.atol},
                                {u"rtol"_s, o.rtol},
                                {u"pass"_s, pass},
                                {u"outputs"_s, diffs},
                                {u"run"_s, otherJson}});
        if (!o.json) {
            out << tr("\n--- with %1 ---\n").arg(o.compare)
                << ProfileReport::result(*other.value()->result, o.top, roundsText(*other.value()));
            out << ProfileReport::comparison(differences.value(), o.atol, o.rtol);
        }
    }
    if (o.json)
        out << QJsonDocument(json).toJson(QJsonDocument::Indented);
    return code;
}

} // namespace ml
