// SPDX-License-Identifier: GPL-3.0-or-later
// modellens-cli history / import / tag / baseline, run as a child process on a temporary database.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include "CliRun.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

using Cli = mltest::CliRun;

Cli cli(const QString &db, const QStringList &args) { return mltest::runCli(QStringLiteral(MODELLENS_CLI), args, db); }

QString fixture(const QString &name) { return QStringLiteral(MODELLENS_HISTORY_FIXTURES) + u'/' + name; }
QString trt(const QString &name) { return QStringLiteral(MODELLENS_ENGINE_FIXTURES) + u"/trtexec/"_s + name; }

TEST(HistoryCli, ImportListTagAndBaseline)
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"h.sqlite"_s);
    Cli imported = cli(db,
                       {u"import"_s, trt(u"times_v10.json"_s), trt(u"profile_v10.json"_s), trt(u"console_v10.txt"_s), u"--tag"_s,
                        u"server"_s, u"--json"_s});
    ASSERT_EQ(imported.code, 0) << imported.err.toStdString();
    const QJsonArray stored = QJsonDocument::fromJson(imported.out.toUtf8()).array();
    ASSERT_EQ(stored.size(), 1);
    const QString trtId = stored.at(0).toObject().value(u"id"_s).toString();
    EXPECT_EQ(trtId.size(), 8);
    EXPECT_EQ(stored.at(0).toObject().value(u"source"_s).toString(), u"import:trtexec"_s);

    Cli perf = cli(db, {u"import"_s, fixture(u"perf_test_result.txt"_s)});
    ASSERT_EQ(perf.code, 0) << perf.err.toStdString();
    EXPECT_EQ(perf.out.count(u"stored "_s), 2);

    Cli tagged = cli(db, {u"tag"_s, u"last~1"_s, u"first"_s, u"cpu"_s, u"--note"_s, u"before the fix"_s});
    ASSERT_EQ(tagged.code, 0) << tagged.err.toStdString();

    Cli all = cli(db, {u"history"_s, u"--json"_s});
    ASSERT_EQ(all.code, 0) << all.err.toStdString();
    const QJsonArray runs = QJsonDocument::fromJson(all.out.toUtf8()).array();
    ASSERT_EQ(runs.size(), 3);
    EXPECT_EQ(runs.at(1).toObject().value(u"note"_s).toString(), u"before the fix"_s) << "last~1 is the second newest";

    Cli byTag = cli(db, {u"history"_s, u"--tag"_s, u"server"_s, u"--json"_s});
    ASSERT_EQ(byTag.code, 0);
    const QJsonArray server = QJsonDocument::fromJson(byTag.out.toUtf8()).array();
    ASSERT_EQ(server.size(), 1);
    EXPECT_EQ(server.at(0).toObject().value(u"id"_s).toString(), trtId);

    EXPECT_EQ(cli(db, {u"baseline"_s, u"main"_s, trtId.left(5)}).code, 2) << "a run without a model has no lineage";
    Cli since = cli(db, {u"history"_s, u"--since"_s, u"2001-01-01"_s});
    EXPECT_EQ(since.code, 0);
    EXPECT_TRUE(since.out.contains(trtId)) << since.out.toStdString();
    EXPECT_EQ(cli(db, {u"history"_s, u"--since"_s, u"yesterday-ish"_s}).code, 1);
}

TEST(HistoryCli, BaselineOfARunWithItsModel)
{
    const QString model = QStringLiteral(MODELLENS_SHARED_MODELS) + u"/conv_dynhw.onnx"_s;
    if (!QFile::exists(model))
        GTEST_SKIP() << "shared model conv_dynhw.onnx not found";
    QTemporaryDir dir;
    const QString db = dir.filePath(u"h.sqlite"_s);
    ASSERT_EQ(cli(db, {u"import"_s, fixture(u"ort_profile_conv_dynhw.json"_s), u"--model"_s, model}).code, 0);
    Cli set = cli(db, {u"baseline"_s, u"v2.1"_s, u"last"_s});
    ASSERT_EQ(set.code, 0) << set.err.toStdString();
    Cli list = cli(db, {u"history"_s, u"--baseline"_s, u"v2.1"_s, u"--model"_s, u"conv_dynhw"_s});
    ASSERT_EQ(list.code, 0);
    EXPECT_TRUE(list.out.contains(u"[v2.1]"_s)) << list.out.toStdString();
}

TEST(HistoryCli, RefusalsNameTheFile)
{
    QTemporaryDir dir;
    const QString bad = dir.filePath(u"bad.sqlite"_s);
    QFile f(bad);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("this is not sqlite at all, just text that happens to be here\n");
    f.close();
    Cli history = cli(bad, {u"history"_s});
    EXPECT_EQ(history.code, 2);
    EXPECT_EQ(history.err.trimmed(), bad + u" is not a ModelLens history database: file is not a database"_s);
    Cli imported = cli(dir.filePath(u"h.sqlite"_s), {u"import"_s, fixture(u"notes.txt"_s)});
    EXPECT_EQ(imported.code, 2);
    EXPECT_TRUE(imported.err.contains(fixture(u"notes.txt"_s)));
    EXPECT_EQ(cli(dir.filePath(u"h.sqlite"_s), {u"tag"_s, u"last"_s, u"x"_s}).code, 2) << "no runs yet";
    EXPECT_EQ(cli(dir.filePath(u"h.sqlite"_s), {u"baseline"_s, u"main"_s}).code, 1);
}

} // namespace
