// SPDX-License-Identifier: GPL-3.0-or-later
// Opening: files that are not ours are refused with their path and never written; a newer
// schema is refused untouched; read-only files; where the database lives.
#include "HistorySchema.h"
#include "HistorySql.h"
#include "HistoryStore.h"
#include "HistoryTestSupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace ml;
using namespace Qt::StringLiterals;

namespace {

QByteArray digest(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

// Runs `sql` on `path` through a connection of its own (not a HistoryStore).
void rawSql(const QString &path, const QStringList &statements)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        for (const QString &s : statements)
            ASSERT_TRUE(HistorySql(db).exec(s)) << s.toStdString();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"raw"_s);
}

TEST(HistoryOpen, CreatesFolderFileAndSchema)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"deep/er/history.sqlite"_s);
    auto store = HistoryStore::open(path);
    ASSERT_TRUE(store) << store.errorMessage().toStdString();
    EXPECT_TRUE(QFileInfo::exists(path));
    EXPECT_EQ(store.value()->schemaVersion(), HistorySchema::currentVersion());
    EXPECT_FALSE(store.value()->isReadOnly());
    store.value().reset();
    // WAL mode is a property of the file: visible from a fresh connection.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"probe"_s);
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        EXPECT_EQ(HistorySql(db).value(u"PRAGMA journal_mode"_s)->toString(), u"wal"_s);
        EXPECT_EQ(HistorySql(db).value(u"PRAGMA application_id"_s)->toInt(), HistorySchema::kApplicationId);
        db.close();
    }
    QSqlDatabase::removeDatabase(u"probe"_s);
}

TEST(HistoryOpen, RefusesAFileThatIsNotADatabaseAndLeavesIt)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"history.sqlite"_s);
    QByteArray junk(65536, '\0');
    for (int i = 0; i < junk.size(); ++i)
        junk[i] = char((i * 7919) % 251);
    writeFile(path, junk);
    const QByteArray before = digest(path);
    auto store = HistoryStore::open(path);
    ASSERT_FALSE(store);
    EXPECT_EQ(store.errorMessage(), path + u" is not a ModelLens history database: file is not a database"_s);
    EXPECT_EQ(digest(path), before);
    EXPECT_FALSE(QFileInfo::exists(path + u"-wal"_s));
    // The app offers a new database beside it.
    const QString fresh = HistoryStore::freshPathBeside(path);
    EXPECT_EQ(fresh, dir.filePath(u"history-2.sqlite"_s));
    EXPECT_TRUE(HistoryStore::open(fresh));
    EXPECT_EQ(digest(path), before);
}

TEST(HistoryOpen, RefusesACorruptDatabase)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"history.sqlite"_s);
    {
        auto store = HistoryStore::open(path);
        ASSERT_TRUE(store);
        RunRecord rec;
        rec.result = test::syntheticResult(50, 10, 1.0, 1);
        ASSERT_TRUE(store.value()->recordRun(rec));
    }
    // Keep the header, destroy the schema page.
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadWrite));
    ASSERT_GT(f.size(), 4096);
    f.seek(100);
    f.write(QByteArray(3000, '\xAB'));
    f.close();
    const QByteArray before = digest(path);
    auto store = HistoryStore::open(path);
    ASSERT_FALSE(store);
    EXPECT_TRUE(store.errorMessage().startsWith(path + u" is not a ModelLens history database: "_s))
            << store.errorMessage().toStdString();
    EXPECT_EQ(digest(path), before);
}

TEST(HistoryOpen, RefusesAnotherProgramsDatabase)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"other.sqlite"_s);
    rawSql(path, {u"CREATE TABLE contacts (name TEXT)"_s, u"INSERT INTO contacts VALUES ('x')"_s});
    const QByteArray before = digest(path);
    auto store = HistoryStore::open(path);
    ASSERT_FALSE(store);
    EXPECT_TRUE(store.errorMessage().contains(u"another program"_s)) << store.errorMessage().toStdString();
    EXPECT_EQ(digest(path), before);
}

TEST(HistoryOpen, RefusesANewerSchemaWithoutWriting)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"history.sqlite"_s);
    {
        ASSERT_TRUE(HistoryStore::open(path));
    }
    rawSql(path, {u"PRAGMA journal_mode=DELETE"_s, u"PRAGMA user_version=%1"_s.arg(HistorySchema::currentVersion() + 1)});
    const QByteArray before = digest(path);
    const QDateTime mtime = QFileInfo(path).lastModified();
    auto store = HistoryStore::open(path);
    ASSERT_FALSE(store);
    EXPECT_TRUE(store.errorMessage().contains(u"newer ModelLens"_s)) << store.errorMessage().toStdString();
    EXPECT_TRUE(store.errorMessage().contains(path));
    EXPECT_EQ(digest(path), before);
    EXPECT_EQ(QFileInfo(path).lastModified(), mtime);
}

TEST(HistoryOpen, MigratesAnEmptySqliteFile)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"empty.sqlite"_s);
    writeFile(path, QByteArray()); // SQLite's empty database
    auto store = HistoryStore::open(path);
    ASSERT_TRUE(store) << store.errorMessage().toStdString();
    EXPECT_EQ(store.value()->schemaVersion(), HistorySchema::currentVersion());
}

TEST(HistoryOpen, ReadOnlyReadsAndRefusesWrites)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"history.sqlite"_s);
    QString id;
    {
        auto store = HistoryStore::open(path);
        ASSERT_TRUE(store);
        RunRecord rec;
        rec.result = test::syntheticResult(20, 5, 1.0, 1);
        id = store.value()->recordRun(rec).value();
    }
    HistoryStore::OpenOptions ro;
    ro.readOnly = true; // SQLITE_OPEN_READONLY: SQLite itself refuses the writes below
    auto store = HistoryStore::open(path, ro);
    ASSERT_TRUE(store) << store.errorMessage().toStdString();
    EXPECT_TRUE(store.value()->isReadOnly());
    EXPECT_EQ(store.value()->resolveRun(u"last"_s).value(), id);
    EXPECT_EQ(store.value()->loadRun(id)->result.latenciesMs.size(), 20u);
    RunRecord rec;
    rec.result = test::syntheticResult(20, 5, 1.0, 2);
    auto stored = store.value()->recordRun(rec);
    ASSERT_FALSE(stored);
    EXPECT_TRUE(stored.errorMessage().contains(path)) << stored.errorMessage().toStdString();
    EXPECT_TRUE(stored.errorMessage().contains(u"readonly"_s)) << stored.errorMessage().toStdString();
    EXPECT_FALSE(store.value()->addTags(id, {u"x"_s}));
    EXPECT_FALSE(HistoryStore::open(dir.filePath(u"missing.sqlite"_s), ro));
}

TEST(HistoryOpen, WhereTheDatabaseIs)
{
    EXPECT_TRUE(HistoryStore::defaultPath().endsWith(u"/history.sqlite"_s));
    EXPECT_EQ(HistoryStore::resolvePath(u"/x/y.sqlite"_s), u"/x/y.sqlite"_s);
    qputenv("MODELLENS_DB", "/from/env.sqlite");
    EXPECT_EQ(HistoryStore::resolvePath(), u"/from/env.sqlite"_s);
    EXPECT_EQ(HistoryStore::resolvePath(u"/x/y.sqlite"_s), u"/x/y.sqlite"_s) << "--db wins";
    qunsetenv("MODELLENS_DB");
}

} // namespace
