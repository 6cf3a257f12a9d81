// SPDX-License-Identifier: GPL-3.0-or-later
// HistoryStore::recordRun: one run into one transaction.
#include "HistoryStore.h"

#include "HistorySql.h"
#include "IterationBlob.h"
#include "MachineInfo.h"
#include "ModelIdentity.h"
#include "PreparedVersion.h"
#include "RunId.h"
#include "RunSettingsKey.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>
#include <functional>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace ml {
namespace {

QString tr(const char *text) { return QCoreApplication::translate("ml::HistoryStore", text); }

QString compact(const QJsonObject &o) { return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)); }
QString compact(const QJsonArray &a) { return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact)); }

QVariant orNull(const QString &s) { return s.isEmpty() ? QVariant() : QVariant(s); }
// A null QString binds as SQL NULL: text for NOT NULL columns.
QString text(const QString &s) { return s.isNull() ? u""_s : s; }

qint64 mtimeNs(const QString &path, qint64 *size)
{
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    *size = qint64(st.st_size);
    return qint64(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec;
}

// Inserts the version unless (model, sha) is there; returns its id.
// `describe` is asked only when the version is new.
Result<qint64> ensureVersion(const HistorySql &sql, qint64 modelId, const QString &sha,
                             const std::function<const ModelIdentity *()> &describe, bool edited, qint64 parentId,
                             const QString &label, qint64 now)
{
    auto existing = sql.value(u"SELECT id FROM model_versions WHERE model_id = ? AND sha256 = ?"_s, {modelId, sha});
    if (!existing)
        return existing.error();
    if (existing->isValid()) {
        if (!label.isEmpty())
            if (auto ok = sql.exec(u"UPDATE model_versions SET label = ? WHERE id = ?"_s, {label, existing->toLongLong()}); !ok)
                return ok.error();
        return existing->toLongLong();
    }
    const ModelIdentity *identity = describe();
    if (!identity)
        return makeError(tr("the model version %1 is not described").arg(sha.left(12)));
    auto q = sql.exec(u"INSERT INTO model_versions (model_id, sha256, signature, file_name, path, size_bytes, node_count, "
                      "opsets, producer, label, edited, parent_id, first_seen, graph) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)"_s,
                      {modelId, sha, identity->signature, text(identity->fileName), orNull(identity->path), identity->sizeBytes,
                       identity->nodeCount, compact(identity->opsets), text(identity->producer), orNull(label), edited ? 1 : 0,
                       parentId ? QVariant(parentId) : QVariant(), now, identity->graph});
    if (!q)
        return q.error();
    return q->lastInsertId().toLongLong();
}

Result<qint64> ensureModel(const HistorySql &sql, const QString &path, const QString &name, qint64 now)
{
    auto existing = sql.value(u"SELECT id FROM models WHERE path IS ?"_s + (path.isEmpty() ? u" AND name = ?"_s : QString()),
                              path.isEmpty() ? QVariantList{QVariant(), name} : QVariantList{path});
    if (!existing)
        return existing.error();
    if (existing->isValid())
        return existing->toLongLong();
    auto q = sql.exec(u"INSERT INTO models (name, path, created_at) VALUES (?, ?, ?)"_s, {text(name), orNull(path), now});
    if (!q)
        return q.error();
    return q->lastInsertId().toLongLong();
}

Result<qint64> ensureKeyed(const HistorySql &sql, const QString &table, const QString &keyColumn, const QString &key,
                           const QString &valueColumn, const QString &value, bool withTime, qint64 now)
{
    // Table and column names come from this file only; values are bound.
    auto existing = sql.value(u"SELECT id FROM %1 WHERE %2 = ?"_s.arg(table, keyColumn), {key});
    if (!existing)
        return existing.error();
    if (existing->isValid())
        return existing->toLongLong();
    auto q = withTime ? sql.exec(u"INSERT INTO %1 (%2, %3, first_seen) VALUES (?, ?, ?)"_s.arg(table, keyColumn, valueColumn),
                                 {key, value, now})
                      : sql.exec(u"INSERT INTO %1 (%2, %3) VALUES (?, ?)"_s.arg(table, keyColumn, valueColumn), {key, value});
    if (!q)
        return q.error();
    return q->lastInsertId().toLongLong();
}

} // namespace

Result<QString> HistoryStore::recordRun(const RunRecord &record)
{
    const QString what = tr("could not store the run");
    if (record.status == RunStatus::Completed && !record.result)
        return makeError(tr("%1: %2: a completed run needs its result").arg(m_path, what));

    auto version = prepareVersion(record);
    if (!version)
        return makeError(tr("%1: %2: %3").arg(m_path, what, version.errorMessage()));
    const PreparedVersion &ref = version.value();

    const RunResult empty;
    const RunResult &r = record.result ? *record.result : empty;
    const QJsonObject settingsJson = record.result && !r.settings.isEmpty() ? r.settings : record.settings;
    const RunSettingsKey key = RunSettingsKey::from(settingsJson, r.backend);
    MachineInfo machine = record.environment.isEmpty()
            ? MachineInfo::current(key.backend == u"onnxruntime" ? r.backendVersion : QString(),
                                   key.backend == u"tensorrt" ? r.backendVersion : QString())
            : MachineInfo::fromJson(record.environment);

    // Iterations of all rounds in order, and where each round ends.
    std::vector<double> latencies;
    QJsonArray roundEnds;
    if (record.rounds.size() > 1) {
        for (const auto &round : record.rounds) {
            latencies.insert(latencies.end(), round.latenciesMs.begin(), round.latenciesMs.end());
            roundEnds.append(qint64(latencies.size()));
        }
    } else {
        latencies = record.rounds.size() == 1 ? record.rounds.front().latenciesMs : r.latenciesMs;
    }
    const int rounds = std::max<int>(1, int(record.rounds.size()));

    QJsonObject resultJson = r.toJson();
    resultJson.remove(u"latencies_ms"_s);
    resultJson.remove(u"layers"_s);
    resultJson.remove(u"settings"_s); // in the settings table

    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 started =
            record.startedAt.isValid() ? record.startedAt.toMSecsSinceEpoch() : now - qint64(std::max(0.0, record.durationMs));

    HistorySql sql(db());
    if (auto ok = sql.begin(); !ok)
        return sqlError(what, ok.errorMessage());
    auto fail = [&](const QString &detail) {
        sql.rollback();
        return sqlError(what, detail);
    };

    for (const auto &[path, identity] : ref.cacheRows) {
        qint64 size = 0;
        const qint64 mtime = mtimeNs(path, &size);
        QJsonArray externals;
        for (const QString &f : identity.externalFiles) {
            qint64 s = 0;
            const qint64 m = mtimeNs(f, &s);
            externals.append(QJsonObject{{u"path"_s, f}, {u"size"_s, s}, {u"mtime_ns"_s, QString::number(m)}});
        }
        if (auto ok = sql.exec(
                    u"INSERT OR REPLACE INTO file_hashes (path, size_bytes, mtime_ns, externals, sha256) VALUES (?,?,?,?,?)"_s,
                    {path, size, mtime, compact(externals), identity.sha256});
            !ok)
            return fail(ok.errorMessage());
    }

    QVariant versionId;
    if (ref.present) {
        auto modelId = ensureModel(sql, ref.lineagePath, ref.lineageName, now);
        if (!modelId)
            return fail(modelId.errorMessage());
        qint64 parentId = 0;
        std::optional<ModelIdentity> late;
        auto describe = [&](const std::optional<ModelIdentity> &have) -> std::function<const ModelIdentity *()> {
            return [&late, &ref, known = &have]() -> const ModelIdentity * {
                if (*known)
                    return &**known;
                // The version was known when this began but is gone from the lineage now (the
                // user linked it elsewhere meanwhile): describe the file again.
                if (auto id = ModelIdentity::ofFile(ref.lineagePath))
                    late = std::move(id.value());
                return late ? &*late : nullptr;
            };
        };
        if (ref.edited && !ref.parentSha.isEmpty()) {
            auto parent =
                    ensureVersion(sql, modelId.value(), ref.parentSha, describe(ref.parentIdentity), false, 0, QString(), now);
            if (!parent)
                return fail(parent.errorMessage());
            parentId = parent.value();
        }
        auto id = ensureVersion(sql, modelId.value(), ref.sha, describe(ref.identity), ref.edited, parentId, ref.label, now);
        if (!id)
            return fail(id.errorMessage());
        versionId = id.value();
    }
    auto machineId = ensureKeyed(sql, u"machines"_s, u"fingerprint"_s, machine.fingerprint(), u"description"_s,
                                 compact(machine.toJson()), true, now);
    if (!machineId)
        return fail(machineId.errorMessage());
    auto settingsId = ensureKeyed(sql, u"settings"_s, u"hash"_s, key.hash, u"json"_s, compact(key.canonical), false, now);
    if (!settingsId)
        return fail(settingsId.errorMessage());

    QString runId;
    for (int attempt = 0; attempt < 20 && runId.isEmpty(); ++attempt) {
        const QString candidate = RunId::generate();
        auto taken = sql.value(u"SELECT 1 FROM runs WHERE run_id = ?"_s, {candidate});
        if (!taken)
            return fail(taken.errorMessage());
        if (!taken->isValid())
            runId = candidate;
    }
    if (runId.isEmpty())
        return fail(tr("no free run id"));

    const LatencyStats &s = r.latency;
    const auto &layers = r.layers ? r.layers->layers : std::vector<LayerTiming>{};
    auto run = sql.exec(
            u"INSERT INTO runs (run_id, version_id, machine_id, settings_id, backend, backend_version, provider, precision, "
            "source, source_files, started_at, duration_ms, status, failure, build_ms, first_run_ms, peak_rss_bytes, "
            "warmup_iterations, iterations, mean_ms, median_ms, min_ms, max_ms, p90_ms, p95_ms, p99_ms, stddev_ms, cv, "
            "throughput, unstable, rounds, latencies, round_ends, layer_count, result, note) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"_s,
            {runId,
             versionId,
             machineId.value(),
             settingsId.value(),
             text(key.backend),
             text(r.backendVersion),
             text(key.provider),
             text(key.precision),
             text(record.source),
             record.sourceFiles.isEmpty() ? QVariant() : QVariant(compact(QJsonArray::fromStringList(record.sourceFiles))),
             started,
             record.durationMs >= 0 ? QVariant(record.durationMs) : QVariant(),
             runStatusName(record.status),
             orNull(record.failureReason),
             r.buildMs,
             r.firstRunMs,
             r.peakRssBytes,
             r.warmupIterations,
             int(latencies.size()),
             s.mean,
             s.median,
             s.min,
             s.max,
             s.p90,
             s.p95,
             s.p99,
             s.stddev,
             s.cv,
             r.throughputPerS,
             r.unstable ? 1 : 0,
             rounds,
             latencies.empty() ? QVariant(QByteArray()) : QVariant(IterationBlob::encode(latencies)),
             roundEnds.isEmpty() ? QVariant() : QVariant(compact(roundEnds)),
             int(layers.size()),
             compact(resultJson),
             orNull(record.note)});
    if (!run)
        return fail(run.errorMessage());
    const qint64 rowId = run->lastInsertId().toLongLong();

    if (!layers.empty()) {
        auto insert = sql.prepare(u"INSERT INTO run_layers (run_id, position, node, graph, node_index, op_type, kernels, "
                                  "fused_nodes, mean_ms, median_ms, share, calls_per_run, mapped, round_means) "
                                  "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)"_s);
        if (!insert)
            return fail(insert.errorMessage());
        for (std::size_t i = 0; i < layers.size(); ++i) {
            const LayerTiming &l = layers[i];
            QVariant roundMeans;
            if (record.rounds.size() > 1) {
                std::vector<double> means;
                for (const auto &round : record.rounds)
                    means.push_back(i < round.layerMeansMs.size() ? round.layerMeansMs[i] : std::nan(""));
                roundMeans = IterationBlob::encode(means);
            }
            if (auto ok = HistorySql::run(insert.value(),
                                          {rowId, qint64(i), text(l.node), text(l.graph), l.nodeIndex, text(l.opType),
                                           compact(QJsonArray::fromStringList(l.kernels)),
                                           compact(QJsonArray::fromStringList(l.fusedNodes)), l.meanMs, l.medianMs, l.share,
                                           l.callsPerRun, l.mapped ? 1 : 0, roundMeans});
                !ok)
                return fail(ok.errorMessage());
        }
    }
    for (const QString &tag : record.tags) {
        if (tag.trimmed().isEmpty())
            continue;
        if (auto ok = sql.exec(u"INSERT OR IGNORE INTO run_tags (run_id, tag) VALUES (?, ?)"_s, {rowId, tag.trimmed()}); !ok)
            return fail(ok.errorMessage());
    }
    if (auto ok = sql.commit(); !ok)
        return fail(ok.errorMessage());
    return runId;
}

} // namespace ml
