// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The run history: one SQLite file (default history.sqlite in the user's data folder) that
// remembers every build and run: the model version it ran (by sha256, with a structural
// signature and a weight-stripped copy of the graph), the machine (a stable fingerprint),
// the settings (canonical, hashed into series), the statistics, every iteration, the
// per-layer rows, rounds, tags, notes and named baselines. Imports of runs made elsewhere
// (RunImporter) end up here as RunRecords too.
//
// Thread contract: a HistoryStore owns one QSqlDatabase connection, named uniquely for the
// object. Qt allows a connection only in the thread that created it, so open(), every call
// and the destructor belong to one thread (any thread, not necessarily the GUI thread). A
// GUI list opens its own HistoryStore in its worker (opening costs about a millisecond);
// several stores, in one process or many, may use the same file at once: SQLite's locking
// (WAL mode, a busy timeout, short BEGIN IMMEDIATE transactions) serializes the writers.
// Nothing here blocks on anything but SQLite and, when a model version is new or its file
// changed, reading the model file to hash it.
//
// Durability: every write is one transaction. A process killed at any point leaves the file
// consistent (SQLite's journal), holding every run whose recordRun returned and none half.

#include "Result.h"
#include "RunQuery.h"
#include "RunRecord.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

class QSqlDatabase;

namespace ml {

struct ModelIdentity;
struct PreparedVersion;

class HistoryStore {
public:
    struct OpenOptions {
        bool readOnly = false; // SQLITE_OPEN_READONLY: reads only, writes fail with a message
        int busyTimeoutMs = 10000;
    };

    ~HistoryStore();
    HistoryStore(const HistoryStore &) = delete;
    HistoryStore &operator=(const HistoryStore &) = delete;

    // Opens the history at `path`, creating it (and its folder) when it does not exist and
    // bringing an older schema up to date. Refuses, naming the path and never writing to it:
    // a file that is not SQLite ("…/history.sqlite is not a ModelLens history database: file
    // is not a database"), another program's SQLite database, a corrupt one, and one written
    // by a newer ModelLens. A file this process may not write (access(W_OK)) opens read-only.
    static Result<std::unique_ptr<HistoryStore>> open(const QString &path, const OpenOptions &options);
    static Result<std::unique_ptr<HistoryStore>> open(const QString &path) { return open(path, OpenOptions()); }

    // The file to use: `explicitPath` (--db) if given, else $MODELLENS_DB, else the setting
    // "history/database" (QSettings), else defaultPath().
    static QString resolvePath(const QString &explicitPath = QString());
    // modellens/history.sqlite in the user's data folder (QStandardPaths::GenericDataLocation,
    // ~/.local/share on Linux): the same file for the GUI and the CLI.
    static QString defaultPath();
    // A path beside `badPath` that does not exist yet ("history-2.sqlite", ...), for offering
    // a new database when the old one cannot be opened (the bad file is left as it is).
    static QString freshPathBeside(const QString &badPath);

    const QString &path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }
    int schemaVersion() const;

    // ---- Recording. The one entry point of the run session and the importers: stores the
    // run in one transaction and returns its new short id. Hashes the model file unless its
    // path, size and mtime are cached; a failed or cancelled run is stored with its reason.
    Result<QString> recordRun(const RunRecord &record);

    // ---- Naming runs: an id, a unique prefix of one, "last", "last~N".
    Result<QString> resolveRun(const QString &reference) const;

    // ---- Reading.
    Result<std::vector<RunSummary>> listRuns(const RunFilter &filter) const;
    Result<int> countRuns(const RunFilter &filter) const;
    Result<StoredRun> loadRun(const QString &reference) const;
    // The runs listRuns(filter) gives, each with its rounds' iterations (no layers): for trends
    // over many runs, one blob read per run.
    Result<std::vector<StoredRounds>> listRounds(const RunFilter &filter) const;
    Result<StoredVersion> version(qint64 versionId) const;
    Result<std::vector<StoredVersion>> versions(qint64 modelId) const;
    // The weight-stripped graph of a version (ModelIdentity::readGraph turns it into a proto).
    Result<QByteArray> versionGraph(qint64 versionId) const;
    // Distinct tags and baseline names in use, sorted.
    Result<QStringList> tags() const;
    Result<QStringList> baselineNames() const;

    // ---- Changing what is stored.
    Result<void> addTags(const QString &run, const QStringList &tags);
    Result<void> removeTags(const QString &run, const QStringList &tags);
    Result<void> setNote(const QString &run, const QString &note);
    // Makes the run the baseline `name` of its model lineage (replacing the previous one).
    Result<void> setBaseline(const QString &name, const QString &run);
    Result<void> removeBaseline(const QString &name, const QString &run);
    Result<void> deleteRun(const QString &run);
    Result<void> setVersionLabel(qint64 versionId, const QString &label);
    // The user links a version into another lineage (a renamed or moved model).
    Result<void> linkVersion(qint64 versionId, qint64 modelId);

    // PRAGMA integrity_check: "ok" or SQLite's findings.
    Result<QString> integrityCheck() const;

private:
    HistoryStore() = default;
    QSqlDatabase db() const;
    Result<void> migrate();
    Error sqlError(const QString &what, const QString &detail) const;

    Result<PreparedVersion> prepareVersion(const RunRecord &record) const;
    Result<QString> fileSha(const QString &path, bool *cached, ModelIdentity *computed) const;
    Result<qint64> runRowId(const QString &reference) const;

    QString m_connection;
    QString m_path;
    bool m_readOnly = false;
};

} // namespace ml
