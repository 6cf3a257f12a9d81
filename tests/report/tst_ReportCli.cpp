// SPDX-License-Identifier: GPL-3.0-or-later
// modellens-cli report, run as a child process on a temporary history.
#include "ReportTestSupport.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

struct Cli {
    int code = -1;
    QByteArray out;
    QString err;
};

Cli cli(const QString &db, const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"MODELLENS_DB"_s, db); // never the user's database
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(MODELLENS_CLI), QStringList{u"report"_s} + args);
    p.waitForFinished(120000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            QString::fromUtf8(p.readAllStandardError())};
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

class ReportCli : public ::testing::Test {
protected:
    void SetUp() override
    {
        history = ml::test::makeReportHistory();
        ASSERT_TRUE(history->ok);
        history->store.reset(); // the CLI opens the file itself
    }
    QString file(const QString &name) const { return history->dir.filePath(name); }
    std::unique_ptr<ml::test::ReportHistory> history;
};

TEST_F(ReportCli, FormatFromTheSuffix)
{
    for (const auto &[name, start] :
         {std::pair{u"r.html"_s, QByteArray("<!DOCTYPE html>")}, std::pair{u"r.md"_s, QByteArray("### ModelLens run")},
          std::pair{u"r.csv"_s, QByteArray("run,node,")}, std::pair{u"r.json"_s, QByteArray("{")}}) {
        const Cli r = cli(history->dbPath, {u"last~1"_s, u"-o"_s, file(name)});
        ASSERT_EQ(r.code, 0) << name.toStdString() << ": " << r.err.toStdString();
        EXPECT_TRUE(r.out.isEmpty());
        EXPECT_TRUE(readAll(file(name)).startsWith(start)) << name.toStdString();
    }
    const QJsonObject json = QJsonDocument::fromJson(readAll(file(u"r.json"_s))).object();
    EXPECT_EQ(json.value(u"runs"_s).toArray().at(0).toObject().value(u"summary"_s).toObject().value(u"id"_s).toString(),
              history->runA);
}

TEST_F(ReportCli, ComparisonToStandardOutput)
{
    const Cli md = cli(history->dbPath, {history->runA.left(5), u"last"_s});
    ASSERT_EQ(md.code, 0) << md.err.toStdString();
    EXPECT_TRUE(md.out.startsWith("### ModelLens comparison ")) << "Markdown by default on standard output";
    EXPECT_TRUE(md.out.contains("**Verdict:** ")) << md.out.constData();

    const Cli json = cli(history->dbPath, {history->runA, history->runB, u"--format"_s, u"json"_s, u"-o"_s, u"-"_s});
    ASSERT_EQ(json.code, 0) << json.err.toStdString();
    const QJsonObject o = QJsonDocument::fromJson(json.out).object();
    EXPECT_EQ(o.value(u"kind"_s).toString(), u"comparison"_s);
    EXPECT_EQ(o.value(u"comparisons"_s).toArray().size(), 1);

    // --format wins over the suffix.
    const Cli csv = cli(history->dbPath, {u"last~1"_s, u"last"_s, u"--format"_s, u"csv"_s, u"-o"_s, file(u"x.html"_s)});
    ASSERT_EQ(csv.code, 0) << csv.err.toStdString();
    EXPECT_TRUE(readAll(file(u"x.html"_s)).startsWith("baseline,candidate,"));
}

TEST_F(ReportCli, BadInputIsAClearErrorNotACrash)
{
    const Cli unknown = cli(history->dbPath, {history->runA, u"deadbeef"_s});
    EXPECT_EQ(unknown.code, 2);
    EXPECT_TRUE(unknown.err.contains(u"deadbeef"_s)) << unknown.err.toStdString();

    const QString unwritable = file(u"no-such-folder/sub/r.html"_s);
    const Cli blocked = cli(history->dbPath, {u"last"_s, u"-o"_s, unwritable});
    EXPECT_EQ(blocked.code, 2);
    EXPECT_TRUE(blocked.err.contains(unwritable)) << blocked.err.toStdString();

    const Cli suffix = cli(history->dbPath, {u"last"_s, u"-o"_s, file(u"report.txt"_s)});
    EXPECT_EQ(suffix.code, 1);
    EXPECT_TRUE(suffix.err.contains(u"--format"_s)) << suffix.err.toStdString();

    EXPECT_EQ(cli(history->dbPath, {u"last"_s, u"--format"_s, u"pdf"_s}).code, 1);
    EXPECT_EQ(cli(history->dbPath, {}).code, 1);

    const QString missing = file(u"absent.sqlite"_s);
    const Cli noDb = cli(missing, {u"last"_s});
    EXPECT_EQ(noDb.code, 2) << noDb.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(missing)) << "a report creates no database";
}

} // namespace
