// SPDX-License-Identifier: GPL-3.0-or-later
// The store under abuse, with real processes (history_writer): killed with SIGKILL while it
// writes, two of them writing one file at once, a file-size limit standing in for a full
// disk, and a file its user may not write.
#include "HistorySql.h"
#include "HistoryStore.h"

#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>

#include <gtest/gtest.h>

#include <csignal>
#include <random>

#include <unistd.h>

using namespace ml;
using namespace Qt::StringLiterals;

namespace {

const QString kWriter = QStringLiteral(MODELLENS_HISTORY_WRITER);

QStringList storedIds(const QByteArray &out)
{
    QStringList ids;
    for (const QByteArray &line : out.split('\n'))
        if (line.startsWith("stored "))
            ids << QString::fromLatin1(line.split(' ').value(1));
    return ids;
}

// Every run in the file is whole: its iterations and layer rows all there.
void expectComplete(HistoryStore &store, int iterations, int layers)
{
    RunFilter all;
    all.limit = 0;
    auto runs = store.listRuns(all);
    ASSERT_TRUE(runs) << runs.errorMessage().toStdString();
    for (const auto &s : runs.value()) {
        auto run = store.loadRun(s.id);
        ASSERT_TRUE(run) << run.errorMessage().toStdString();
        EXPECT_EQ(int(run->result.latenciesMs.size()), iterations) << s.id.toStdString();
        ASSERT_TRUE(run->result.layers) << s.id.toStdString();
        EXPECT_EQ(int(run->result.layers->layers.size()), layers) << s.id.toStdString();
        EXPECT_EQ(s.tags.size(), 1) << s.id.toStdString();
    }
}

TEST(HistoryRobustness, KillNineWhileStoringLosesNothingCommitted)
{
    std::mt19937 rng(42);
    for (int round = 0; round < 3; ++round) {
        QTemporaryDir dir;
        const QString db = dir.filePath(u"history.sqlite"_s);
        QProcess writer;
        writer.start(kWriter,
                     {u"--db"_s, db, u"--runs"_s, u"100000"_s, u"--layers"_s, u"200"_s, u"--iterations"_s, u"1000"_s, u"--seed"_s,
                      QString::number(round)});
        ASSERT_TRUE(writer.waitForStarted());
        // Let it store a few runs, then kill it at an arbitrary moment within a store.
        QByteArray out;
        while (storedIds(out).size() < 3 + round) {
            ASSERT_TRUE(writer.waitForReadyRead(20000)) << writer.readAllStandardError().toStdString();
            out += writer.readAllStandardOutput();
        }
        QThread::usleep(std::uniform_int_distribution<int>(0, 20000)(rng));
        ::kill(pid_t(writer.processId()), SIGKILL);
        ASSERT_TRUE(writer.waitForFinished(10000));
        EXPECT_EQ(writer.exitStatus(), QProcess::CrashExit);
        out += writer.readAllStandardOutput();
        const QStringList reported = storedIds(out);

        auto store = HistoryStore::open(db);
        ASSERT_TRUE(store) << store.errorMessage().toStdString();
        EXPECT_EQ(store.value()->integrityCheck().value(), u"ok"_s);
        for (const QString &id : reported)
            EXPECT_TRUE(store.value()->loadRun(id)) << "run " << id.toStdString() << " was reported stored";
        const int count = store.value()->countRuns(RunFilter()).value();
        EXPECT_GE(count, int(reported.size()));
        EXPECT_LE(count, int(reported.size()) + 1) << "at most the one committed before its line was printed";
        expectComplete(*store.value(), 1000, 200);
    }
}

TEST(HistoryRobustness, TwoProcessesStoreIntoOneFileAtOnce)
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"history.sqlite"_s); // created by the writers themselves, racing
    QProcess a, b;
    const QStringList common{u"--db"_s, db, u"--runs"_s, u"40"_s, u"--layers"_s, u"50"_s, u"--iterations"_s, u"500"_s};
    a.start(kWriter, common + QStringList{u"--seed"_s, u"1"_s});
    b.start(kWriter, common + QStringList{u"--seed"_s, u"2"_s});
    ASSERT_TRUE(a.waitForFinished(120000));
    ASSERT_TRUE(b.waitForFinished(120000));
    EXPECT_EQ(a.exitCode(), 0) << a.readAllStandardError().toStdString();
    EXPECT_EQ(b.exitCode(), 0) << b.readAllStandardError().toStdString();
    const QStringList ids = storedIds(a.readAllStandardOutput()) + storedIds(b.readAllStandardOutput());
    EXPECT_EQ(ids.size(), 80);
    auto store = HistoryStore::open(db);
    ASSERT_TRUE(store);
    EXPECT_EQ(store.value()->countRuns(RunFilter()).value(), 80);
    RunFilter one;
    one.tag = u"writer-1"_s;
    EXPECT_EQ(store.value()->countRuns(one).value(), 40);
    for (const QString &id : ids)
        EXPECT_TRUE(store.value()->loadRun(id));
    EXPECT_EQ(store.value()->integrityCheck().value(), u"ok"_s);
}

TEST(HistoryRobustness, AFullDiskIsAMessageNotACrash)
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"history.sqlite"_s);
    {
        ASSERT_TRUE(HistoryStore::open(db));
    }
    QProcess writer;
    // 600 KB of file: a handful of runs of 200 layers fit, then writes fail with EFBIG.
    writer.start(kWriter,
                 {u"--db"_s, db, u"--runs"_s, u"1000"_s, u"--layers"_s, u"200"_s, u"--iterations"_s, u"1000"_s,
                  u"--fsize-limit"_s, u"600000"_s});
    ASSERT_TRUE(writer.waitForFinished(60000));
    EXPECT_EQ(writer.exitStatus(), QProcess::NormalExit);
    EXPECT_EQ(writer.exitCode(), 3);
    const QString err = QString::fromUtf8(writer.readAllStandardError());
    EXPECT_TRUE(err.contains(db)) << err.toStdString();
    EXPECT_TRUE(err.contains(u"could not store the run"_s)) << err.toStdString();
    const QStringList ids = storedIds(writer.readAllStandardOutput());
    EXPECT_GT(ids.size(), 0);
    EXPECT_LT(ids.size(), 1000);
    auto store = HistoryStore::open(db);
    ASSERT_TRUE(store) << store.errorMessage().toStdString();
    EXPECT_EQ(store.value()->integrityCheck().value(), u"ok"_s);
    EXPECT_EQ(store.value()->countRuns(RunFilter()).value(), int(ids.size()));
    expectComplete(*store.value(), 1000, 200);
}

TEST(HistoryRobustness, AFileTheUserMayNotWriteOpensReadOnly)
{
    // As root, chmod 0444 stops nothing: run the writer as "nobody" (setpriv), so that
    // access(W_OK) really says no and the store opens the file read-only.
    const QString setpriv = QStandardPaths::findExecutable(u"setpriv"_s);
    if (::geteuid() != 0 || setpriv.isEmpty())
        GTEST_SKIP() << "needs root and setpriv to run the writer as another user";
    QTemporaryDir dir;
    QFile::setPermissions(dir.path(), QFileDevice::Permissions(0x7777)); // the writer must reach the file and its -shm
    const QString db = dir.filePath(u"history.sqlite"_s);
    {
        auto store = HistoryStore::open(db);
        ASSERT_TRUE(store);
    }
    ASSERT_TRUE(QFile::setPermissions(db, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    QProcess writer;
    writer.start(setpriv,
                 {u"--reuid=65534"_s, u"--regid=65534"_s, u"--clear-groups"_s, kWriter, u"--db"_s, db, u"--runs"_s, u"1"_s});
    ASSERT_TRUE(writer.waitForFinished(30000));
    const QString err = QString::fromUtf8(writer.readAllStandardError());
    if ((writer.exitCode() == 2 && err.contains(u"Permission denied"_s)) || writer.exitCode() >= 126)
        GTEST_SKIP() << "the writer cannot be run as nobody here: " << err.toStdString();
    EXPECT_EQ(writer.exitStatus(), QProcess::NormalExit);
    EXPECT_EQ(writer.exitCode(), 3) << err.toStdString();
    EXPECT_TRUE(err.contains(db)) << err.toStdString();
    EXPECT_TRUE(err.contains(u"readonly"_s)) << err.toStdString();
}

} // namespace
