// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportCommand.h"

#include "HistoryStore.h"
#include "RunImporter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace ml {

int runImport(const QStringList &arguments)
{
    auto tr = [](const char *text) { return QCoreApplication::translate("cli", text); };
    QTextStream out(stdout), err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Store runs made elsewhere: trtexec's --exportTimes, --exportProfile, --exportLayerInfo "
                                        "and console log (given together they are one run), an ONNX Runtime profile, "
                                        "onnxruntime_perf_test's result file, modellens-cli profile --json."));
    parser.addHelpOption();
    const QCommandLineOption db(u"db"_s, tr("The history database."), u"file"_s);
    const QCommandLineOption model(u"model"_s, tr("The model the runs were made of (maps layers to nodes; the run's version)."),
                                   u"model"_s);
    const QCommandLineOption tag(u"tag"_s, tr("Tag the imported runs (repeatable)."), u"tag"_s);
    const QCommandLineOption note(u"note"_s, tr("A note on the imported runs."), u"text"_s);
    const QCommandLineOption json(u"json"_s, tr("Print a JSON array of the stored runs."));
    parser.addOptions({db, model, tag, note, json});
    parser.addPositionalArgument(u"files"_s, tr("The files to import."), u"FILE..."_s);
    const QString usage = tr("usage: modellens-cli import FILE... [--model M] [--db F]");
    if (!parser.parse(arguments)) {
        err << parser.errorText() << '\n' << usage << '\n';
        return 1;
    }
    if (parser.isSet(u"help"_s)) {
        out << parser.helpText();
        return 0;
    }
    if (parser.positionalArguments().isEmpty()) {
        err << usage << '\n';
        return 1;
    }
    auto records = ml::RunImporter::read(parser.positionalArguments(), parser.value(model));
    if (!records) {
        err << records.errorMessage() << '\n';
        return 2;
    }
    auto store = ml::HistoryStore::open(ml::HistoryStore::resolvePath(parser.value(db)));
    if (!store) {
        err << store.errorMessage() << '\n';
        return 2;
    }
    QJsonArray stored;
    for (auto &rec : records.value()) {
        rec.tags << parser.values(tag);
        rec.note = parser.value(note);
        auto id = store.value()->recordRun(rec);
        if (!id) {
            err << id.errorMessage() << '\n';
            return 2;
        }
        auto run = store.value()->loadRun(id.value());
        if (parser.isSet(json)) {
            if (run)
                stored.append(run->summary.toJson());
        } else {
            out << tr("stored %1 (%2 from %3)").arg(id.value(), rec.source.mid(7), rec.sourceFiles.join(u", "_s)) << '\n';
        }
    }
    if (parser.isSet(json))
        out << QString::fromUtf8(QJsonDocument(stored).toJson(QJsonDocument::Indented));
    return 0;
}

} // namespace ml
