// SPDX-License-Identifier: GPL-3.0-or-later
#include "HistoryStore.h"

#include "HistorySchema.h"
#include "HistorySql.h"
#include "IterationBlob.h"
#include "MachineInfo.h"
#include "ModelIdentity.h"
#include "PreparedVersion.h"
#include "RunId.h"
#include "RunSettingsKey.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>

#include <optional>

#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace ml {
namespace {

QString tr(const char *text) { return QCoreApplication::translate("ml::HistoryStore", text); }

struct FileStamp {
    qint64 size = -1, mtimeNs = -1;
};

FileStamp stampOf(const QString &path)
{
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return {};
    return {qint64(st.st_size), qint64(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec};
}

} // namespace

HistoryStore::~HistoryStore()
{
    if (!m_connection.isEmpty()) {
        {
            QSqlDatabase d = QSqlDatabase::database(m_connection, false);
            if (d.isOpen())
                d.close();
        }
        QSqlDatabase::removeDatabase(m_connection);
    }
}

QSqlDatabase HistoryStore::db() const { return QSqlDatabase::database(m_connection, false); }

Error HistoryStore::sqlError(const QString &what, const QString &detail) const
{
    return makeError(tr("%1: %2: %3").arg(m_path, what, detail));
}

QString HistoryStore::defaultPath()
{
    // One history for the GUI and the CLI: AppDataLocation would differ between them (it
    // follows the application's name), so the folder is named here.
    QString dir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    if (dir.isEmpty())
        dir = QDir::homePath() + u"/.local/share"_s;
    return dir + u"/modellens/history.sqlite"_s;
}

QString HistoryStore::resolvePath(const QString &explicitPath)
{
    if (!explicitPath.isEmpty())
        return QFileInfo(explicitPath).absoluteFilePath();
    if (const QString env = qEnvironmentVariable("MODELLENS_DB"); !env.isEmpty())
        return QFileInfo(env).absoluteFilePath();
    const QString setting = QSettings().value(u"history/database"_s).toString();
    if (!setting.isEmpty())
        return QFileInfo(setting).absoluteFilePath();
    return defaultPath();
}

QString HistoryStore::freshPathBeside(const QString &badPath)
{
    const QFileInfo info(badPath);
    const QString base = info.completeBaseName().isEmpty() ? u"history"_s : info.completeBaseName();
    const QString suffix = info.suffix().isEmpty() ? u"sqlite"_s : info.suffix();
    for (int i = 2;; ++i) {
        const QString candidate = info.absoluteDir().filePath(u"%1-%2.%3"_s.arg(base).arg(i).arg(suffix));
        if (!QFileInfo::exists(candidate))
            return candidate;
    }
}

Result<std::unique_ptr<HistoryStore>> HistoryStore::open(const QString &rawPath, const OpenOptions &options)
{
    const QString path = QFileInfo(rawPath).absoluteFilePath();
    auto notOurs = [&path](const QString &why) {
        return makeError(tr("%1 is not a ModelLens history database: %2").arg(path, why));
    };
    const QFileInfo info(path);
    bool readOnly = options.readOnly;
    if (info.exists()) {
        if (!info.isFile())
            return notOurs(tr("not a file"));
        // Look at the header before SQLite does: it would happily treat any file as a
        // database and, at the first write, overwrite it.
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return makeError(tr("%1: cannot open the history database: %2").arg(path, f.errorString()));
        const QByteArray header = f.read(16);
        if (!header.isEmpty() && header != QByteArray("SQLite format 3\0", 16))
            return notOurs(tr("file is not a database"));
        if (!readOnly && ::access(QFile::encodeName(path).constData(), W_OK) != 0)
            readOnly = true;
    } else {
        if (readOnly)
            return makeError(tr("%1: no such history database").arg(path));
        if (!QDir().mkpath(info.absolutePath()))
            return makeError(tr("%1: cannot create the folder %2").arg(path, info.absolutePath()));
    }

    static QAtomicInteger<quint64> counter;
    std::unique_ptr<HistoryStore> store(new HistoryStore);
    store->m_connection = u"modellens-history-%1"_s.arg(counter.fetchAndAddRelaxed(1));
    store->m_path = path;
    store->m_readOnly = readOnly;
    {
        QSqlDatabase d = QSqlDatabase::addDatabase(u"QSQLITE"_s, store->m_connection);
        if (!d.isValid())
            return makeError(tr("%1: the SQLite driver of Qt (QSQLITE) is not installed").arg(path));
        d.setDatabaseName(path);
        QString connect = u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(options.busyTimeoutMs);
        if (readOnly)
            connect += u";QSQLITE_OPEN_READONLY"_s;
        d.setConnectOptions(connect);
        if (!d.open())
            return makeError(tr("%1: cannot open the history database: %2").arg(path, d.lastError().databaseText()));
    }
    QSqlDatabase d = store->db();
    HistorySql sql(d);
    // Reading the schema parses the first page: a corrupt header or a non-database shows here.
    auto objects = sql.value(u"SELECT count(*) FROM sqlite_master"_s);
    if (!objects)
        return notOurs(objects.errorMessage());
    auto appId = sql.value(u"PRAGMA application_id"_s);
    auto version = sql.value(u"PRAGMA user_version"_s);
    if (!appId || !version)
        return notOurs((appId ? version : appId).errorMessage());
    const int objectCount = objects->toInt();
    if (appId->toInt() != HistorySchema::kApplicationId && objectCount > 0)
        return notOurs(tr("it is an SQLite database of another program"));
    if (version->toInt() > HistorySchema::currentVersion())
        return makeError(tr("%1 was written by a newer ModelLens (history schema %2; this version knows up to %3). "
                            "It is left unchanged: open it with a newer ModelLens, or choose another database.")
                                 .arg(path)
                                 .arg(version->toInt())
                                 .arg(HistorySchema::currentVersion()));
    if (readOnly) {
        if (version->toInt() < HistorySchema::currentVersion())
            return makeError(tr("%1 is read-only and has an older history schema (%2) that would need updating")
                                     .arg(path)
                                     .arg(version->toInt()));
    } else {
        // WAL: readers never wait for the writer; NORMAL sync is durable against a killed
        // process (not against power loss for the last commits), and keeps a store fast.
        // Switching a new file to WAL takes an exclusive lock, and SQLite answers "database is
        // locked" at once, without its busy timeout, while another process opening the same
        // file holds a shared one: tried again within the timeout (two processes storing
        // into one new file failed 3 times in 40 before).
        for (const QString &pragma : {u"PRAGMA journal_mode=WAL"_s, u"PRAGMA synchronous=NORMAL"_s}) {
            QElapsedTimer waited;
            waited.start();
            for (;;) {
                auto ok = sql.exec(pragma);
                if (ok)
                    break;
                if (!ok.errorMessage().contains(u"database is locked"_s) || waited.elapsed() > options.busyTimeoutMs)
                    return makeError(tr("%1: cannot prepare the history database: %2").arg(path, ok.errorMessage()));
                QThread::msleep(10);
            }
        }
    }
    if (auto ok = sql.exec(u"PRAGMA foreign_keys=ON"_s); !ok)
        return makeError(tr("%1: %2").arg(path, ok.errorMessage()));
    if (!readOnly)
        if (auto ok = store->migrate(); !ok)
            return ok.error();
    return store;
}

int HistoryStore::schemaVersion() const
{
    auto v = HistorySql(db()).value(u"PRAGMA user_version"_s);
    return v ? v->toInt() : -1;
}

Result<void> HistoryStore::migrate()
{
    HistorySql sql(db());
    const auto &all = HistorySchema::migrations();
    for (int target = 1; target <= int(all.size()); ++target) {
        auto current = sql.value(u"PRAGMA user_version"_s);
        if (!current)
            return sqlError(tr("cannot read the schema version"), current.errorMessage());
        if (current->toInt() >= target)
            continue;
        // IMMEDIATE: two processes opening a new file at once migrate one after the other;
        // the second sees the new version inside its transaction and does nothing.
        if (auto ok = sql.begin(); !ok)
            return sqlError(tr("cannot update the schema"), ok.errorMessage());
        auto again = sql.value(u"PRAGMA user_version"_s);
        if (again && again->toInt() >= target) {
            sql.rollback();
            continue;
        }
        QStringList statements = all[std::size_t(target - 1)];
        if (target == 1)
            statements << u"PRAGMA application_id=%1"_s.arg(HistorySchema::kApplicationId);
        statements << u"PRAGMA user_version=%1"_s.arg(target);
        for (const QString &s : statements) {
            if (auto ok = sql.exec(s); !ok) {
                sql.rollback();
                return sqlError(tr("cannot update the schema to version %1").arg(target), ok.errorMessage());
            }
        }
        if (auto ok = sql.commit(); !ok) {
            sql.rollback();
            return sqlError(tr("cannot update the schema to version %1").arg(target), ok.errorMessage());
        }
    }
    return {};
}

Result<QString> HistoryStore::fileSha(const QString &path, bool *cached, ModelIdentity *computed) const
{
    *cached = false;
    const FileStamp stamp = stampOf(path);
    if (stamp.size < 0)
        return makeError(tr("%1: the model file does not exist (any more)").arg(path));
    HistorySql sql(db());
    auto row = sql.row(u"SELECT size_bytes, mtime_ns, externals, sha256 FROM file_hashes WHERE path = ?"_s, {path});
    if (row && !row->isEmpty() && row->at(0).toLongLong() == stamp.size && row->at(1).toLongLong() == stamp.mtimeNs) {
        bool same = true;
        const QJsonArray externals = QJsonDocument::fromJson(row->at(2).toString().toUtf8()).array();
        for (const auto &e : externals) {
            const QJsonObject o = e.toObject();
            const FileStamp s = stampOf(o.value(u"path"_s).toString());
            same = same && s.size == o.value(u"size"_s).toInteger()
                    && QString::number(s.mtimeNs) == o.value(u"mtime_ns"_s).toString();
        }
        if (same) {
            *cached = true;
            return row->at(3).toString();
        }
    }
    auto id = ModelIdentity::ofFile(path);
    if (!id)
        return id.error();
    *computed = std::move(id.value());
    return computed->sha256;
}

Result<PreparedVersion> HistoryStore::prepareVersion(const RunRecord &record) const
{
    PreparedVersion ref;
    ref.label = record.versionLabel;
    if (record.modelPath.isEmpty() && record.editedModel.isEmpty())
        return ref;
    ref.present = true;
    HistorySql sql(db());
    auto known = [&](const QString &lineagePath, const QString &sha) {
        auto v = sql.value(u"SELECT v.id FROM model_versions v JOIN models m ON m.id = v.model_id "
                           "WHERE m.path IS ? AND v.sha256 = ?"_s,
                           {lineagePath.isEmpty() ? QVariant() : lineagePath, sha});
        return v && v->isValid();
    };
    // The file (the model itself, or the file an edited model came from).
    QString fileSha;
    std::optional<ModelIdentity> fileIdentity;
    if (!record.modelPath.isEmpty() && (record.editedModel.isEmpty() || QFileInfo::exists(record.modelPath))) {
        const QString path = QFileInfo(record.modelPath).absoluteFilePath();
        bool cached = false;
        ModelIdentity computed;
        auto sha = this->fileSha(path, &cached, &computed);
        if (!sha)
            return sha.error();
        fileSha = sha.value();
        if (!cached) {
            fileIdentity = computed;
            ref.cacheRows.emplace_back(path, computed);
        } else if (!known(path, fileSha)) {
            auto id = ModelIdentity::ofFile(path); // cached hash, new lineage: describe it
            if (!id)
                return id.error();
            fileIdentity = std::move(id.value());
        }
        ref.lineagePath = path;
        ref.lineageName = QFileInfo(path).fileName();
    }
    if (record.editedModel.isEmpty()) {
        ref.sha = fileSha;
        ref.identity = fileIdentity;
        return ref;
    }
    const QString name = record.modelPath.isEmpty() ? tr("unsaved model") : QFileInfo(record.modelPath).fileName();
    auto edited = ModelIdentity::ofBytes(record.editedModel, name);
    if (!edited)
        return edited.error();
    edited->path = ref.lineagePath;
    ref.edited = true;
    ref.sha = edited->sha256;
    ref.identity = std::move(edited.value());
    ref.parentSha = fileSha;
    ref.parentIdentity = fileIdentity;
    if (ref.lineageName.isEmpty())
        ref.lineageName = name;
    return ref;
}

} // namespace ml
