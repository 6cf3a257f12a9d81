// SPDX-License-Identifier: GPL-3.0-or-later
#include "HistoryCommand.h"

#include "HistoryStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text) { return QCoreApplication::translate("cli", text); }

QCommandLineOption dbOption()
{
    return QCommandLineOption(
            u"db"_s, tr("The history database (default: $MODELLENS_DB, the setting, then history.sqlite in the data folder)."),
            u"file"_s);
}

// Parses arguments; -1 to go on, else the exit code to return.
int parse(QCommandLineParser &parser, const QStringList &arguments, const QString &usage)
{
    parser.addHelpOption();
    QTextStream out(stdout), err(stderr);
    if (!parser.parse(arguments)) {
        err << parser.errorText() << '\n' << usage << '\n';
        return 1;
    }
    if (parser.isSet(u"help"_s)) {
        out << parser.helpText();
        return 0;
    }
    return -1;
}

std::unique_ptr<ml::HistoryStore> openStore(const QCommandLineParser &parser)
{
    const QString path = ml::HistoryStore::resolvePath(parser.value(u"db"_s));
    auto store = ml::HistoryStore::open(path);
    if (!store) {
        QTextStream(stderr) << store.errorMessage() << '\n';
        return nullptr;
    }
    return std::move(store.value());
}

// "2026-03-01", "2026-03-01T10:00", ISO with zone, or "7d" / "12h" before now.
std::optional<QDateTime> parseWhen(const QString &text)
{
    static const QRegularExpression relative(u"^(\\d+)\\s*([dhm])$"_s);
    if (const auto m = relative.match(text.trimmed()); m.hasMatch()) {
        const qint64 n = m.captured(1).toLongLong();
        const qint64 unit = m.captured(2) == u"d" ? 86400 : m.captured(2) == u"h" ? 3600 : 60;
        return QDateTime::currentDateTimeUtc().addSecs(-n * unit);
    }
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    if (!t.isValid()) {
        const QDate d = QDate::fromString(text, Qt::ISODate);
        if (d.isValid())
            t = d.startOfDay();
    }
    if (!t.isValid())
        return std::nullopt;
    return t;
}

QString fixed(double v, int width, int decimals = 3) { return QString::number(v, 'f', decimals).rightJustified(width); }

} // namespace

namespace ml {

int runHistory(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("List the stored runs, newest first."));
    parser.addOption(dbOption());
    const QCommandLineOption model(u"model"_s, tr("Runs of this model: its path, or part of its name."), u"model"_s);
    const QCommandLineOption version(u"version"_s, tr("Runs of a model version: a sha256 prefix (6+) or its label."),
                                     u"version"_s);
    const QCommandLineOption tag(u"tag"_s, tr("Runs with this tag."), u"tag"_s);
    const QCommandLineOption baseline(u"baseline"_s, tr("Runs that are the named baseline of their model."), u"name"_s);
    const QCommandLineOption since(u"since"_s, tr("Runs started at or after DATE (2026-03-01, ISO 8601, or 7d, 12h)."),
                                   u"date"_s);
    const QCommandLineOption until(u"until"_s, tr("Runs started before DATE."), u"date"_s);
    const QCommandLineOption backend(u"backend"_s, tr("onnxruntime or tensorrt."), u"backend"_s);
    const QCommandLineOption status(u"status"_s, tr("completed, failed or cancelled."), u"status"_s);
    const QCommandLineOption machine(u"machine"_s, tr("Runs on the machine of this fingerprint (prefix)."), u"fingerprint"_s);
    const QCommandLineOption settings(u"settings"_s, tr("Runs with this settings hash (prefix)."), u"hash"_s);
    const QCommandLineOption limit(u"limit"_s, tr("At most N runs (default 50; 0: all)."), u"n"_s, u"50"_s);
    const QCommandLineOption sort(u"sort"_s, tr("started, mean, median, duration or model."), u"key"_s, u"started"_s);
    const QCommandLineOption reverse(u"reverse"_s, tr("Oldest (smallest) first."));
    const QCommandLineOption json(u"json"_s, tr("Print one JSON array."));
    parser.addOptions(
            {model, version, tag, baseline, since, until, backend, status, machine, settings, limit, sort, reverse, json});
    if (int code = parse(parser, arguments,
                         tr("usage: modellens-cli history [--db F] [--model M] [--tag T] [--since DATE] [--json]"));
        code >= 0)
        return code;
    QTextStream out(stdout), err(stderr);
    ml::RunFilter f;
    f.model = parser.value(model);
    f.version = parser.value(version);
    f.tag = parser.value(tag);
    f.baseline = parser.value(baseline);
    f.backend = parser.value(backend);
    f.machine = parser.value(machine);
    f.settingsHash = parser.value(settings);
    for (const auto &[option, target] : {std::pair{&since, &f.since}, std::pair{&until, &f.until}}) {
        if (!parser.isSet(*option))
            continue;
        const auto when = parseWhen(parser.value(*option));
        if (!when) {
            err << tr("not a date: %1 (give 2026-03-01, an ISO 8601 time, or 7d / 12h)").arg(parser.value(*option)) << '\n';
            return 1;
        }
        *target = *when;
    }
    if (parser.isSet(status)) {
        f.status = ml::parseRunStatus(parser.value(status));
        if (!f.status) {
            err << tr("not a status: %1 (completed, failed, cancelled)").arg(parser.value(status)) << '\n';
            return 1;
        }
    }
    bool ok = false;
    f.limit = parser.value(limit).toInt(&ok);
    if (!ok || f.limit < 0) {
        err << tr("--limit takes a count: %1").arg(parser.value(limit)) << '\n';
        return 1;
    }
    const QString key = parser.value(sort);
    using S = ml::RunFilter::Sort;
    const std::map<QString, S> sorts{{u"started"_s, S::StartedAt},
                                     {u"mean"_s, S::Mean},
                                     {u"median"_s, S::Median},
                                     {u"duration"_s, S::Duration},
                                     {u"model"_s, S::Model}};
    if (!sorts.count(key)) {
        err << tr("--sort takes started, mean, median, duration or model: %1").arg(key) << '\n';
        return 1;
    }
    f.sort = sorts.at(key);
    f.descending = !parser.isSet(reverse);
    if (f.sort == S::Model)
        f.descending = parser.isSet(reverse);

    auto store = openStore(parser);
    if (!store)
        return 2;
    auto runs = store->listRuns(f);
    if (!runs) {
        err << runs.errorMessage() << '\n';
        return 2;
    }
    if (parser.isSet(json)) {
        QJsonArray a;
        for (const auto &r : runs.value())
            a.append(r.toJson());
        out << QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Indented));
        return 0;
    }
    if (runs->empty()) {
        out << tr("no runs in %1 match").arg(store->path()) << '\n';
        return 0;
    }
    out << u"ID        STARTED           MODEL                      VERSION  BACKEND      PROVIDER               PREC  STATUS       MEAN ms  MEDIAN ms   ITER  TAGS"_s
        << '\n';
    for (const auto &r : runs.value()) {
        QString model = r.modelName.isEmpty() ? u"-"_s : r.modelName;
        if (r.edited)
            model += u" (edited)"_s;
        QStringList tags = r.tags;
        for (const QString &b : r.baselines)
            tags << u"[%1]"_s.arg(b);
        const QString version = r.versionLabel.isEmpty() ? r.versionSha256.left(8) : r.versionLabel.left(8);
        out << r.id.leftJustified(10) << r.startedAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s).leftJustified(18)
            << model.left(26).leftJustified(27) << (version.isEmpty() ? u"-"_s : version).leftJustified(9)
            << r.backend.leftJustified(13) << r.provider.left(22).leftJustified(23) << r.precision.leftJustified(6)
            << ml::runStatusName(r.status).leftJustified(10);
        if (r.status == ml::RunStatus::Completed && r.iterations > 0)
            out << fixed(r.meanMs, 10) << fixed(r.medianMs, 11) << QString::number(r.iterations).rightJustified(7);
        else
            out << QString().leftJustified(28);
        out << u"  "_s << tags.join(u' ');
        if (r.status != ml::RunStatus::Completed && !r.failureReason.isEmpty())
            out << u"  "_s << r.failureReason.section(u'\n', 0, 0).left(60);
        out << '\n';
    }
    return 0;
}

int runTag(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Tag a stored run (and set its note)."));
    parser.addOption(dbOption());
    const QCommandLineOption note(u"note"_s, tr("Set the run's note (empty: remove it)."), u"text"_s);
    const QCommandLineOption remove(u"remove"_s, tr("Remove the tags instead."));
    parser.addOptions({note, remove});
    parser.addPositionalArgument(u"run"_s, tr("A run id, a unique prefix of one, last or last~N."));
    parser.addPositionalArgument(u"tags"_s, tr("Tags."), u"TAG..."_s);
    const QString usage = tr("usage: modellens-cli tag RUN TAG... [--note TEXT] [--remove] [--db F]");
    if (int code = parse(parser, arguments, usage); code >= 0)
        return code;
    QTextStream out(stdout), err(stderr);
    const QStringList pos = parser.positionalArguments();
    if (pos.isEmpty() || (pos.size() < 2 && !parser.isSet(note))) {
        err << usage << '\n';
        return 1;
    }
    auto store = openStore(parser);
    if (!store)
        return 2;
    auto id = store->resolveRun(pos.first());
    if (!id) {
        err << id.errorMessage() << '\n';
        return 2;
    }
    const QStringList tags = pos.mid(1);
    if (!tags.isEmpty()) {
        auto done = parser.isSet(remove) ? store->removeTags(id.value(), tags) : store->addTags(id.value(), tags);
        if (!done) {
            err << done.errorMessage() << '\n';
            return 2;
        }
    }
    if (parser.isSet(note))
        if (auto done = store->setNote(id.value(), parser.value(note)); !done) {
            err << done.errorMessage() << '\n';
            return 2;
        }
    auto run = store->loadRun(id.value());
    out << id.value() << ": " << (run ? run->summary.tags.join(u' ') : QString()) << '\n';
    return 0;
}

int runBaseline(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Make a run the named baseline of its model (main, v2.1, ...)."));
    parser.addOption(dbOption());
    const QCommandLineOption remove(u"remove"_s, tr("Remove the baseline from the run instead."));
    parser.addOption(remove);
    parser.addPositionalArgument(u"name"_s, tr("The baseline's name."));
    parser.addPositionalArgument(u"run"_s, tr("A run id, a unique prefix of one, last or last~N."));
    const QString usage = tr("usage: modellens-cli baseline NAME RUN [--remove] [--db F]");
    if (int code = parse(parser, arguments, usage); code >= 0)
        return code;
    QTextStream out(stdout), err(stderr);
    const QStringList pos = parser.positionalArguments();
    if (pos.size() != 2) {
        err << usage << '\n';
        return 1;
    }
    auto store = openStore(parser);
    if (!store)
        return 2;
    auto id = store->resolveRun(pos.at(1));
    if (!id) {
        err << id.errorMessage() << '\n';
        return 2;
    }
    auto done = parser.isSet(remove) ? store->removeBaseline(pos.at(0), id.value()) : store->setBaseline(pos.at(0), id.value());
    if (!done) {
        err << done.errorMessage() << '\n';
        return 2;
    }
    out << (parser.isSet(remove) ? tr("%1 is no longer baseline %2") : tr("%1 is now baseline %2")).arg(id.value(), pos.at(0))
        << '\n';
    return 0;
}

} // namespace ml
