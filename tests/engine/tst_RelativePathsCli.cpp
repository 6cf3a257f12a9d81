// SPDX-License-Identifier: GPL-3.0-or-later
// Every modellens-cli command takes paths relative to the folder it is started in (a user's
// `modellens-cli profile model.onnx`), whatever folder that is: the engine child and the
// history get absolute paths.
#include "EngineTestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

struct Cli {
    int code = -1;
    QByteArray out, err;
};
Cli run(const QString &cwd, const QStringList &args)
{
    QProcess p;
    p.setWorkingDirectory(cwd);
    p.start(QStringLiteral(MODELLENS_CLI), args);
    p.waitForFinished(120000);
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

QStringList quick()
{
    return {QStringLiteral("--rounds"), QStringLiteral("1"), QStringLiteral("--iterations"), QStringLiteral("2"),
            QStringLiteral("--warmup"), QStringLiteral("0"), QStringLiteral("--threads"),    QStringLiteral("1")};
}

} // namespace

TEST(RelativePathsCli, EveryCommandFromAnotherFolder)
{
    REQUIRE_SHARED_MODEL(shared, "conv_dynhw.onnx");
    QTemporaryDir dir;
    ASSERT_TRUE(QFile::copy(shared, dir.filePath(QStringLiteral("model.onnx"))));
    ASSERT_TRUE(QDir(dir.path()).mkdir(QStringLiteral("work")));
    // The same file name elsewhere: the history must tell the two apart by their folder.
    ASSERT_TRUE(QDir(dir.path()).mkdir(QStringLiteral("other")));
    ASSERT_TRUE(QFile::copy(shared, dir.filePath(QStringLiteral("other/model.onnx"))));
    const QString cwd = dir.filePath(QStringLiteral("work"));
    const QString model = QStringLiteral("../model.onnx");
    const QString db = QStringLiteral("runs.sqlite");
    const auto ok = [](const Cli &c, const char *what) {
        EXPECT_EQ(c.code, 0) << what << ": " << c.err.toStdString();
        return c.code == 0;
    };

    ok(run(cwd, {QStringLiteral("inspect"), model, QStringLiteral("--json")}), "inspect");
    ok(run(cwd, {QStringLiteral("render"), model, QStringLiteral("-o"), QStringLiteral("graph.svg")}), "render");
    EXPECT_TRUE(QFileInfo::exists(dir.filePath(QStringLiteral("work/graph.svg"))));
    ok(run(cwd,
           {QStringLiteral("edit"), model, QStringLiteral("-o"), QStringLiteral("edited.onnx"),
            QStringLiteral("--make-batch-dynamic")}),
       "edit");
    EXPECT_TRUE(QFileInfo::exists(dir.filePath(QStringLiteral("work/edited.onnx"))));

    const Cli profiled = run(
            cwd, QStringList{QStringLiteral("profile"), model, QStringLiteral("--db"), db, QStringLiteral("--json")} + quick());
    ASSERT_TRUE(ok(profiled, "profile"));
    EXPECT_TRUE(QFileInfo::exists(dir.filePath(QStringLiteral("work/runs.sqlite"))));
    {
        QFile json(dir.filePath(QStringLiteral("work/profile.json")));
        ASSERT_TRUE(json.open(QIODevice::WriteOnly));
        json.write(profiled.out);
    }
    ok(run(dir.path(),
           QStringList{QStringLiteral("profile"), QStringLiteral("other/model.onnx"), QStringLiteral("--db"),
                       QStringLiteral("work/runs.sqlite")}
                   + quick()),
       "profile of the other model.onnx");
    ok(run(cwd,
           {QStringLiteral("import"), QStringLiteral("profile.json"), QStringLiteral("--db"), db, QStringLiteral("--model"),
            model}),
       "import");

    const Cli history = run(
            cwd,
            {QStringLiteral("history"), QStringLiteral("--db"), db, QStringLiteral("--model"), model, QStringLiteral("--json")});
    ASSERT_TRUE(ok(history, "history"));
    const QJsonArray runs = QJsonDocument::fromJson(history.out).array();
    EXPECT_EQ(runs.size(), 2) << history.out.toStdString(); // the profile and the import, not the other model's run
    for (const auto &r : runs)
        EXPECT_EQ(r.toObject().value(QStringLiteral("model_path")).toString(), dir.filePath(QStringLiteral("model.onnx")));

    ok(run(cwd, {QStringLiteral("compare"), QStringLiteral("--db"), db, QStringLiteral("last~1"), QStringLiteral("last")}),
       "compare");
    ok(run(cwd,
           QStringList{QStringLiteral("ab"), model, QStringLiteral("edited.onnx"), QStringLiteral("--db"), db,
                       QStringLiteral("--rounds"), QStringLiteral("2"), QStringLiteral("--iterations"), QStringLiteral("2"),
                       QStringLiteral("--warmup"), QStringLiteral("0"), QStringLiteral("--threads"), QStringLiteral("1")}),
       "ab");
    ok(run(cwd, {QStringLiteral("trend"), model, QStringLiteral("--db"), db}), "trend");
    ok(run(cwd,
           {QStringLiteral("report"), QStringLiteral("last"), QStringLiteral("--db"), db, QStringLiteral("-o"),
            QStringLiteral("report.md")}),
       "report");
    EXPECT_TRUE(QFileInfo::exists(dir.filePath(QStringLiteral("work/report.md"))));
}
