// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProfileCommand.h"

#include "EngineBackend.h"
#include "EngineWorker.h"
#include "InputPlan.h"
#include "OnnxModel.h"
#include "OutputComparison.h"
#include "ProfileOptions.h"
#include "ProfileReport.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTextStream>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace ml {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("cli", text); }

// Runs one job through the same worker thread and child process the GUI uses.
ml::Result<std::shared_ptr<const ml::RunResult>> runJob(const ml::EngineSettings &settings, bool showProgress)
{
    ml::EngineWorker worker;
    QEventLoop loop;
    std::shared_ptr<const ml::RunResult> result;
    QString error;
    QObject::connect(&worker, &ml::EngineWorker::finished, &loop, [&](std::shared_ptr<const ml::RunResult> r) {
        result = std::move(r);
        loop.quit();
    });
    QObject::connect(&worker, &ml::EngineWorker::failed, &loop, [&](const QString &message) {
        error = message;
        loop.quit();
    });
    if (showProgress)
        QObject::connect(&worker, &ml::EngineWorker::progress, &loop, [](const QString &stage, qint64 current, qint64 total) {
            QTextStream err(stderr);
            err << "\r\033[K" << stage;
            if (total > 0)
                err << ' ' << current << '/' << total;
            err << Qt::flush;
        });
    worker.start(settings);
    loop.exec();
    if (showProgress)
        QTextStream(stderr) << "\r\033[K" << Qt::flush;
    if (!result)
        return ml::makeError(error);
    return result;
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
        for (const QString &name : ml::EngineBackend::names()) {
            const auto backend = ml::EngineBackend::create(name);
            const ml::BackendAvailability a = backend->availability(o.settings);
            if (o.json)
                all.insert(name,
                           QJsonObject{{u"available"_s, a.available},
                                       {u"program"_s, a.program},
                                       {u"version"_s, a.version},
                                       {u"providers"_s, QJsonArray::fromStringList(a.providers)},
                                       {u"missing"_s, a.missing}});
            else
                out << ProfileReport::availability(backend->displayName(), a);
        }
        if (o.json)
            out << QJsonDocument(all).toJson(QJsonDocument::Indented);
        return 0;
    }

    // Plan the inputs here so that a bad shape is a usage error and --plan can show them.
    auto model = ml::OnnxModel::open(o.settings.modelPath);
    if (!model) {
        err << model.errorMessage() << '\n';
        return 2;
    }
    auto planned = ml::InputPlan::plan(model.value()->proto().graph(), o.settings);
    if (!planned) {
        err << planned.errorMessage() << '\n';
        return 1;
    }
    o.settings.inputs = planned.value();
    if (o.planOnly) {
        if (o.json) {
            QJsonArray inputs;
            for (const auto &in : o.settings.inputs)
                inputs.append(in.toJson());
            out << QJsonDocument(QJsonObject{{u"inputs"_s, inputs}}).toJson(QJsonDocument::Indented);
        } else {
            out << ProfileReport::plan(o.settings.inputs);
        }
        return 0;
    }

    const bool progress = !o.json && ::isatty(STDERR_FILENO);
    QTemporaryDir outputs;
    ml::EngineSettings first = o.settings;
    ml::EngineSettings second;
    if (!o.compare.isEmpty()) {
        auto other = ProfileOptions::withOverrides(o.settings, o.compare);
        if (!other) {
            err << other.errorMessage() << '\n';
            return 1;
        }
        second = other.value();
        if (first.saveOutputsDir.isEmpty())
            first.saveOutputsDir = outputs.filePath(u"a"_s);
        second.saveOutputsDir = outputs.filePath(u"b"_s);
    }
    auto result = runJob(first, progress);
    if (!result) {
        err << tr("profile failed: %1").arg(result.errorMessage()) << '\n';
        return 2;
    }
    QJsonObject json = result.value()->toJson();
    if (!o.json)
        out << ProfileReport::result(*result.value(), o.top);
    int code = 0;
    if (!o.compare.isEmpty()) {
        auto other = runJob(second, progress);
        if (!other) {
            err << tr("the comparison run (%1) failed: %2").arg(o.compare, other.errorMessage()) << '\n';
            return 2;
        }
        auto a = ml::OutputComparison::load(first.saveOutputsDir);
        auto b = ml::OutputComparison::load(second.saveOutputsDir);
        if (!a || !b) {
            err << (a ? b.errorMessage() : a.errorMessage()) << '\n';
            return 2;
        }
        const auto differences = ml::OutputComparison::compare(a.value(), b.value(), o.atol, o.rtol);
        const bool pass = ml::OutputComparison::allPass(differences);
        code = pass ? 0 : 3;
        QJsonArray diffs;
        for (const auto &d : differences)
            diffs.append(d.toJson());
        QJsonObject otherJson = other.value()->toJson();
        otherJson.remove(u"latencies_ms"_s);
        json.insert(u"comparison"_s,
                    QJsonObject{{u"changes"_s, o.compare},
                                {u"atol"_s, o.atol},
                                {u"rtol"_s, o.rtol},
                                {u"pass"_s, pass},
                                {u"outputs"_s, diffs},
                                {u"run"_s, otherJson}});
        if (!o.json) {
            out << tr("\n--- with %1 ---\n").arg(o.compare) << ProfileReport::result(*other.value(), o.top);
            out << ProfileReport::comparison(differences, o.atol, o.rtol);
        }
    }
    if (o.json)
        out << QJsonDocument(json).toJson(QJsonDocument::Indented);
    return code;
}

} // namespace ml
