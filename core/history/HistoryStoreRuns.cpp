// SPDX-License-Identifier: GPL-3.0-or-later
// HistoryStore: naming, listing, loading and changing stored runs.
#include "HistoryStore.h"

#include "HistorySql.h"
#include "IterationBlob.h"
#include "RunId.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace ml {
namespace {

QString tr(const char *text) { return QCoreApplication::translate("ml::HistoryStore", text); }

QStringList jsonList(const QVariant &v)
{
    QStringList out;
    for (const auto &e : QJsonDocument::fromJson(v.toString().toUtf8()).array())
        out << e.toString();
    return out;
}

QString compact(const QJsonObject &o) { return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)); }

// Columns of the list, in the order readSummary reads them.
const QString kSummaryColumns = uR"(r.run_id, r.started_at, r.duration_ms, r.status, r.failure, r.source,
    m.id, m.name, m.path, v.id, v.sha256, v.label, v.edited, r.backend, r.backend_version, r.provider, r.precision,
    mc.fingerprint, s.hash, r.iterations, r.rounds, r.layer_count, r.mean_ms, r.median_ms, r.min_ms, r.max_ms,
    r.p90_ms, r.p95_ms, r.p99_ms, r.stddev_ms, r.cv, r.throughput, r.build_ms, r.first_run_ms, r.peak_rss_bytes,
    (SELECT group_concat(tag, char(31)) FROM run_tags t WHERE t.run_id = r.id),
    (SELECT group_concat(name, char(31)) FROM baselines b WHERE b.run_id = r.id), r.note)"_s;
const QString kSummaryFrom = uR"( FROM runs r
    LEFT JOIN model_versions v ON v.id = r.version_id LEFT JOIN models m ON m.id = v.model_id
    LEFT JOIN machines mc ON mc.id = r.machine_id LEFT JOIN settings s ON s.id = r.settings_id)"_s;

RunSummary readSummary(const QSqlQuery &q)
{
    RunSummary s;
    int c = 0;
    s.id = q.value(c++).toString();
    s.startedAt = QDateTime::fromMSecsSinceEpoch(q.value(c++).toLongLong(), Qt::UTC);
    const QVariant duration = q.value(c++);
    s.durationMs = duration.isNull() ? -1 : duration.toDouble();
    s.status = parseRunStatus(q.value(c++).toString()).value_or(RunStatus::Failed);
    s.failureReason = q.value(c++).toString();
    s.source = q.value(c++).toString();
    s.modelId = q.value(c++).toLongLong();
    s.modelName = q.value(c++).toString();
    s.modelPath = q.value(c++).toString();
    s.versionId = q.value(c++).toLongLong();
    s.versionSha256 = q.value(c++).toString();
    s.versionLabel = q.value(c++).toString();
    s.edited = q.value(c++).toBool();
    s.backend = q.value(c++).toString();
    s.backendVersion = q.value(c++).toString();
    s.provider = q.value(c++).toString();
    s.precision = q.value(c++).toString();
    s.machineFingerprint = q.value(c++).toString();
    s.settingsHash = q.value(c++).toString();
    s.iterations = q.value(c++).toInt();
    s.rounds = q.value(c++).toInt();
    s.layerCount = q.value(c++).toInt();
    for (double *d : {&s.meanMs, &s.medianMs, &s.minMs, &s.maxMs, &s.p90Ms, &s.p95Ms, &s.p99Ms, &s.stddevMs, &s.cv,
                      &s.throughputPerS, &s.buildMs, &s.firstRunMs})
        *d = q.value(c++).toDouble();
    s.peakRssBytes = q.value(c++).toLongLong();
    const QString sep(QChar(31));
    s.tags = q.value(c++).toString().split(sep, Qt::SkipEmptyParts);
    s.tags.sort();
    s.baselines = q.value(c++).toString().split(sep, Qt::SkipEmptyParts);
    s.baselines.sort();
    s.note = q.value(c++).toString();
    return s;
}

// WHERE clause and its bound values for a filter.
QString whereOf(const RunFilter &f, QVariantList &binds)
{
    QStringList terms;
    auto prefix = [&](const QString &column, const QString &value) {
        terms << u"substr(%1, 1, ?) = ?"_s.arg(column);
        binds << int(value.size()) << value;
    };
    if (!f.model.isEmpty()) {
        const QFileInfo info(f.model);
        if (info.isFile()) {
            terms << u"m.path = ?"_s;
            binds << info.absoluteFilePath();
        } else {
            terms << u"(instr(m.name, ?) > 0 OR instr(m.path, ?) > 0)"_s;
            binds << f.model << f.model;
        }
    }
    if (!f.version.isEmpty()) {
        terms << u"(v.label = ? OR (length(?) >= 6 AND substr(v.sha256, 1, length(?)) = lower(?)))"_s;
        binds << f.version << f.version << f.version << f.version;
    }
    if (!f.backend.isEmpty()) {
        terms << u"r.backend = ?"_s;
        binds << f.backend;
    }
    if (!f.provider.isEmpty()) {
        terms << u"r.provider = ?"_s;
        binds << f.provider;
    }
    if (!f.precision.isEmpty()) {
        terms << u"r.precision = ?"_s;
        binds << f.precision;
    }
    if (!f.settingsHash.isEmpty())
        prefix(u"s.hash"_s, f.settingsHash.toLower());
    if (!f.machine.isEmpty())
        prefix(u"mc.fingerprint"_s, f.machine.toLower());
    if (!f.source.isEmpty())
        prefix(u"r.source"_s, f.source);
    if (f.since.isValid()) {
        terms << u"r.started_at >= ?"_s;
        binds << f.since.toMSecsSinceEpoch();
    }
    if (f.until.isValid()) {
        terms << u"r.started_at < ?"_s;
        binds << f.until.toMSecsSinceEpoch();
    }
    if (f.status) {
        terms << u"r.status = ?"_s;
        binds << runStatusName(*f.status);
    }
    if (!f.tag.isEmpty()) {
        terms << u"EXISTS (SELECT 1 FROM run_tags t WHERE t.run_id = r.id AND t.tag = ?)"_s;
        binds << f.tag;
    }
    if (!f.baseline.isEmpty()) {
        terms << u"EXISTS (SELECT 1 FROM baselines b WHERE b.run_id = r.id AND b.name = ?)"_s;
        binds << f.baseline;
    }
    if (!f.text.isEmpty()) {
        terms << u"(instr(lower(coalesce(r.note, '')), lower(?)) > 0 OR instr(lower(m.name), lower(?)) > 0 OR r.run_id = "
                 u"lower(?) "
                 "OR EXISTS (SELECT 1 FROM run_tags t WHERE t.run_id = r.id AND instr(lower(t.tag), lower(?)) > 0))"_s;
        binds << f.text << f.text << f.text << f.text;
    }
    return terms.isEmpty() ? QString() : u" WHERE "_s + terms.join(u" AND "_s);
}

} // namespace

Result<qint64> HistoryStore::runRowId(const QString &reference) const
{
    auto ref = RunId::parse(reference);
    if (!ref)
        return ref.error();
    HistorySql sql(db());
    if (ref->last) {
        auto v = sql.value(u"SELECT id FROM runs ORDER BY started_at DESC, id DESC LIMIT 1 OFFSET ?"_s, {ref->back});
        if (!v)
            return sqlError(tr("cannot look up the run"), v.errorMessage());
        if (!v->isValid())
            return makeError(ref->back ? tr("there is no run %1: the history holds fewer runs").arg(reference)
                                       : tr("the history %1 holds no runs yet").arg(m_path));
        return v->toLongLong();
    }
    auto q = sql.exec(u"SELECT id, run_id FROM runs WHERE substr(run_id, 1, ?) = ? LIMIT 3"_s,
                      {int(ref->prefix.size()), ref->prefix});
    if (!q)
        return sqlError(tr("cannot look up the run"), q.errorMessage());
    QStringList ids;
    qint64 row = 0;
    while (q->next()) {
        row = q->value(0).toLongLong();
        ids << q->value(1).toString();
    }
    if (ids.isEmpty())
        return makeError(tr("no run %1 in %2").arg(reference, m_path));
    if (ids.size() > 1)
        return makeError(tr("%1 is ambiguous: it begins %2 and more; give more characters").arg(reference, ids.join(u", "_s)));
    return row;
}

Result<QString> HistoryStore::resolveRun(const QString &reference) const
{
    auto row = runRowId(reference);
    if (!row)
        return row.error();
    auto id = HistorySql(db()).value(u"SELECT run_id FROM runs WHERE id = ?"_s, {row.value()});
    if (!id)
        return sqlError(tr("cannot look up the run"), id.errorMessage());
    return id->toString();
}

Result<std::vector<RunSummary>> HistoryStore::listRuns(const RunFilter &f) const
{
    QVariantList binds;
    QString sql = u"SELECT "_s + kSummaryColumns + kSummaryFrom + whereOf(f, binds);
    const char *dir = f.descending ? " DESC" : " ASC";
    switch (f.sort) {
    case RunFilter::Sort::StartedAt:
        sql += u" ORDER BY r.started_at"_s + QLatin1String(dir);
        break;
    case RunFilter::Sort::Mean:
        sql += u" ORDER BY r.mean_ms"_s + QLatin1String(dir);
        break;
    case RunFilter::Sort::Median:
        sql += u" ORDER BY r.median_ms"_s + QLatin1String(dir);
        break;
    case RunFilter::Sort::Duration:
        sql += u" ORDER BY r.duration_ms"_s + QLatin1String(dir);
        break;
    case RunFilter::Sort::Model:
        sql += u" ORDER BY m.name"_s + QLatin1String(dir) + u", r.started_at DESC"_s;
        break;
    }
    sql += u", r.id"_s + QLatin1String(dir);
    sql += u" LIMIT ? OFFSET ?"_s;
    binds << (f.limit > 0 ? f.limit : -1) << std::max(0, f.offset);
    auto q = HistorySql(db()).exec(sql, binds);
    if (!q)
        return sqlError(tr("cannot list the runs"), q.errorMessage());
    std::vector<RunSummary> out;
    while (q->next())
        out.push_back(readSummary(q.value()));
    return out;
}

Result<int> HistoryStore::countRuns(const RunFilter &f) const
{
    QVariantList binds;
    auto v = HistorySql(db()).value(u"SELECT count(*)"_s + kSummaryFrom + whereOf(f, binds), binds);
    if (!v)
        return sqlError(tr("cannot count the runs"), v.errorMessage());
    return v->toInt();
}

Result<StoredRun> HistoryStore::loadRun(const QString &reference) const
{
    auto row = runRowId(reference);
    if (!row)
        return row.error();
    HistorySql sql(db());
    auto q = sql.exec(u"SELECT "_s + kSummaryColumns
                              + u", r.result, r.latencies, r.round_ends, s.json, mc.description, r.source_files"_s + kSummaryFrom
                              + u" WHERE r.id = ?"_s,
                      {row.value()});
    if (!q || !q->next())
        return sqlError(tr("cannot read the run"), q ? tr("it is gone") : q.errorMessage());
    StoredRun run;
    run.summary = readSummary(q.value());
    const int base = 38;
    const QJsonObject resultJson = QJsonDocument::fromJson(q->value(base).toString().toUtf8()).object();
    auto latencies = IterationBlob::decode(q->value(base + 1).toByteArray());
    if (!latencies)
        return sqlError(tr("cannot read the run %1").arg(run.summary.id), latencies.errorMessage());
    QJsonObject withSettings = resultJson;
    run.settings = QJsonDocument::fromJson(q->value(base + 3).toString().toUtf8()).object();
    withSettings.insert(u"settings"_s, run.settings);
    if (!withSettings.contains(u"backend"_s))
        withSettings.insert(u"backend"_s, run.summary.backend);
    if (withSettings.contains(u"per_layer"_s))
        withSettings.insert(u"layers"_s, QJsonArray()); // the rows come from run_layers below
    if (!withSettings.contains(u"latency_ms"_s))
        withSettings.insert(u"latency_ms"_s, QJsonObject());
    if (auto r = RunResult::fromJson(withSettings))
        run.result = std::move(r.value());
    run.result.latenciesMs = latencies.value();
    run.machine = QJsonDocument::fromJson(q->value(base + 4).toString().toUtf8()).object();
    run.sourceFiles = jsonList(q->value(base + 5));

    for (auto &latencies : IterationBlob::splitRounds(run.result.latenciesMs, q->value(base + 2).toString().toUtf8())) {
        RunRound round;
        round.latenciesMs = std::move(latencies);
        run.rounds.push_back(std::move(round));
    }

    auto layers = sql.exec(u"SELECT node, graph, node_index, op_type, kernels, fused_nodes, mean_ms, median_ms, share, "
                           "calls_per_run, mapped, round_means FROM run_layers WHERE run_id = ? ORDER BY position"_s,
                           {row.value()});
    if (!layers)
        return sqlError(tr("cannot read the layers of run %1").arg(run.summary.id), layers.errorMessage());
    std::vector<LayerTiming> rows;
    while (layers->next()) {
        LayerTiming l;
        l.node = layers->value(0).toString();
        l.graph = layers->value(1).toString();
        l.nodeIndex = layers->value(2).toInt();
        l.opType = layers->value(3).toString();
        l.kernels = jsonList(layers->value(4));
        l.fusedNodes = jsonList(layers->value(5));
        l.meanMs = layers->value(6).toDouble();
        l.medianMs = layers->value(7).toDouble();
        l.share = layers->value(8).toDouble();
        l.callsPerRun = layers->value(9).toDouble();
        l.mapped = layers->value(10).toBool();
        if (run.rounds.size() > 1) {
            auto means = IterationBlob::decode(layers->value(11).toByteArray());
            for (std::size_t i = 0; means && i < means->size() && i < run.rounds.size(); ++i)
                run.rounds[i].layerMeansMs.push_back(means->at(i));
        } else {
            run.rounds.front().layerMeansMs.push_back(l.meanMs);
        }
        rows.push_back(std::move(l));
    }
    if (!rows.empty()) {
        if (!run.result.layers)
            run.result.layers = LayerReport();
        run.result.layers->layers = std::move(rows); // already in their stored (sorted) order
    }
    return run;
}

Result<StoredVersion> HistoryStore::version(qint64 id) const
{
    auto r = HistorySql(db()).row(
            u"SELECT id, model_id, coalesce(parent_id, 0), sha256, signature, file_name, coalesce(path, ''), "
            "coalesce(label, ''), producer, size_bytes, node_count, opsets, edited, first_seen "
            "FROM model_versions WHERE id = ?"_s,
            {id});
    if (!r)
        return sqlError(tr("cannot read the model version"), r.errorMessage());
    if (r->isEmpty())
        return makeError(tr("no model version %1 in %2").arg(id).arg(m_path));
    const QVariantList &v = r.value();
    StoredVersion s;
    s.id = v[0].toLongLong();
    s.modelId = v[1].toLongLong();
    s.parentId = v[2].toLongLong();
    s.sha256 = v[3].toString();
    s.signature = v[4].toString();
    s.fileName = v[5].toString();
    s.path = v[6].toString();
    s.label = v[7].toString();
    s.producer = v[8].toString();
    s.sizeBytes = v[9].toLongLong();
    s.nodeCount = v[10].toInt();
    s.opsets = QJsonDocument::fromJson(v[11].toString().toUtf8()).object();
    s.edited = v[12].toBool();
    s.firstSeen = QDateTime::fromMSecsSinceEpoch(v[13].toLongLong(), Qt::UTC);
    return s;
}

Result<std::vector<StoredVersion>> HistoryStore::versions(qint64 modelId) const
{
    auto q = HistorySql(db()).exec(u"SELECT id FROM model_versions WHERE model_id = ? ORDER BY first_seen, id"_s, {modelId});
    if (!q)
        return sqlError(tr("cannot list the model versions"), q.errorMessage());
    std::vector<qint64> ids;
    while (q->next())
        ids.push_back(q->value(0).toLongLong());
    std::vector<StoredVersion> out;
    for (qint64 id : ids) {
        auto v = version(id);
        if (!v)
            return v.error();
        out.push_back(std::move(v.value()));
    }
    return out;
}

Result<QByteArray> HistoryStore::versionGraph(qint64 versionId) const
{
    auto v = HistorySql(db()).value(u"SELECT graph FROM model_versions WHERE id = ?"_s, {versionId});
    if (!v)
        return sqlError(tr("cannot read the stored graph"), v.errorMessage());
    if (!v->isValid())
        return makeError(tr("no model version %1 in %2").arg(versionId).arg(m_path));
    return v->toByteArray();
}

Result<QStringList> HistoryStore::tags() const
{
    auto q = HistorySql(db()).exec(u"SELECT DISTINCT tag FROM run_tags ORDER BY tag"_s);
    if (!q)
        return sqlError(tr("cannot list the tags"), q.errorMessage());
    QStringList out;
    while (q->next())
        out << q->value(0).toString();
    return out;
}

Result<QStringList> HistoryStore::baselineNames() const
{
    auto q = HistorySql(db()).exec(u"SELECT DISTINCT name FROM baselines ORDER BY name"_s);
    if (!q)
        return sqlError(tr("cannot list the baselines"), q.errorMessage());
    QStringList out;
    while (q->next())
        out << q->value(0).toString();
    return out;
}

namespace {
// Runs `statements` (SQL, binds) in one transaction.
Result<void> inTransaction(const HistorySql &sql, const std::vector<std::pair<QString, QVariantList>> &statements)
{
    if (auto ok = sql.begin(); !ok)
        return ok.error();
    for (const auto &[text, binds] : statements) {
        if (auto ok = sql.exec(text, binds); !ok) {
            sql.rollback();
            return ok.error();
        }
    }
    if (auto ok = sql.commit(); !ok) {
        sql.rollback();
        return ok.error();
    }
    return {};
}
} // namespace

Result<void> HistoryStore::addTags(const QString &run, const QStringList &tags)
{
    auto row = runRowId(run);
    if (!row)
        return row.error();
    std::vector<std::pair<QString, QVariantList>> statements;
    for (const QString &t : tags)
        if (!t.trimmed().isEmpty())
            statements.push_back({u"INSERT OR IGNORE INTO run_tags (run_id, tag) VALUES (?, ?)"_s, {row.value(), t.trimmed()}});
    if (auto ok = inTransaction(HistorySql(db()), statements); !ok)
        return sqlError(tr("cannot tag the run"), ok.errorMessage());
    return {};
}

Result<void> HistoryStore::removeTags(const QString &run, const QStringList &tags)
{
    auto row = runRowId(run);
    if (!row)
        return row.error();
    std::vector<std::pair<QString, QVariantList>> statements;
    for (const QString &t : tags)
        statements.push_back({u"DELETE FROM run_tags WHERE run_id = ? AND tag = ?"_s, {row.value(), t.trimmed()}});
    if (auto ok = inTransaction(HistorySql(db()), statements); !ok)
        return sqlError(tr("cannot untag the run"), ok.errorMessage());
    return {};
}

Result<void> HistoryStore::setNote(const QString &run, const QString &note)
{
    auto row = runRowId(run);
    if (!row)
        return row.error();
    if (auto ok = inTransaction(
                HistorySql(db()),
                {{u"UPDATE runs SET note = ? WHERE id = ?"_s, {note.isEmpty() ? QVariant() : QVariant(note), row.value()}}});
        !ok)
        return sqlError(tr("cannot set the note"), ok.errorMessage());
    return {};
}

Result<void> HistoryStore::setBaseline(const QString &name, const QString &run)
{
    if (name.trimmed().isEmpty())
        return makeError(tr("a baseline needs a name"));
    auto row = runRowId(run);
    if (!row)
        return row.error();
    HistorySql sql(db());
    auto model = sql.value(u"SELECT v.model_id FROM runs r JOIN model_versions v ON v.id = r.version_id WHERE r.id = ?"_s,
                           {row.value()});
    if (!model)
        return sqlError(tr("cannot set the baseline"), model.errorMessage());
    if (!model->isValid())
        return makeError(tr("run %1 has no model version, so it cannot be a model's baseline").arg(run));
    if (auto ok = inTransaction(sql,
                                {{u"INSERT OR REPLACE INTO baselines (name, model_id, run_id, set_at) VALUES (?, ?, ?, ?)"_s,
                                  {name.trimmed(), model->toLongLong(), row.value(), QDateTime::currentMSecsSinceEpoch()}}});
        !ok)
        return sqlError(tr("cannot set the baseline"), ok.errorMessage());
    return {};
}

Result<void> HistoryStore::removeBaseline(const QString &name, const QString &run)
{
    auto row = runRowId(run);
    if (!row)
        return row.error();
    if (auto ok = inTransaction(HistorySql(db()),
                                {{u"DELETE FROM baselines WHERE name = ? AND run_id = ?"_s, {name, row.value()}}});
        !ok)
        return sqlError(tr("cannot remove the baseline"), ok.errorMessage());
    return {};
}

Result<void> HistoryStore::deleteRun(const QString &run)
{
    auto row = runRowId(run);
    if (!row)
        return row.error();
    // Layers, tags and baselines go with it (ON DELETE CASCADE); versions stay.
    if (auto ok = inTransaction(HistorySql(db()), {{u"DELETE FROM runs WHERE id = ?"_s, {row.value()}}}); !ok)
        return sqlError(tr("cannot delete the run"), ok.errorMessage());
    return {};
}

Result<void> HistoryStore::setVersionLabel(qint64 versionId, const QString &label)
{
    if (auto ok = inTransaction(HistorySql(db()),
                                {{u"UPDATE model_versions SET label = ? WHERE id = ?"_s,
                                  {label.isEmpty() ? QVariant() : QVariant(label), versionId}}});
        !ok)
        return sqlError(tr("cannot label the version"), ok.errorMessage());
    return {};
}

Result<void> HistoryStore::linkVersion(qint64 versionId, qint64 modelId)
{
    if (auto ok = inTransaction(HistorySql(db()),
                                {{u"UPDATE model_versions SET model_id = ? WHERE id = ?"_s, {modelId, versionId}}});
        !ok)
        return sqlError(tr("cannot link the version"), ok.errorMessage());
    return {};
}

Result<QString> HistoryStore::integrityCheck() const
{
    auto q = HistorySql(db()).exec(u"PRAGMA integrity_check"_s);
    if (!q)
        return sqlError(tr("cannot check the database"), q.errorMessage());
    QStringList lines;
    while (q->next())
        lines << q->value(0).toString();
    return lines.join(u'\n');
}

} // namespace ml
