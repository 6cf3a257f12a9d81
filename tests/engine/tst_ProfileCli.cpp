// SPDX-License-Identifier: GPL-3.0-or-later
// modellens-cli profile as a user runs it.
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
Cli cli(const QStringList &args, const QString &workingDirectory = QString())
{
    QProcess p;
    if (!workingDirectory.isEmpty())
        p.setWorkingDirectory(workingDirectory);
    p.start(QStringLiteral(MODELLENS_CLI), QStringList{QStringLiteral("profile")} + args);
    p.waitForFinished(120000);
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}
} // namespace

TEST(ProfileCli, JsonWithPerLayer)
{
    REQUIRE_SHARED_MODEL(model, "resnet18_dynbatch.onnx");
    const Cli c = cli({model, QStringLiteral("--backend"), QStringLiteral("ort"), QStringLiteral("--shapes"),
                       QStringLiteral("input0:1x3x224x224"), QStringLiteral("--threads"), QStringLiteral("1"),
                       QStringLiteral("--opt-level"), QStringLiteral("extended"), QStringLiteral("--warmup"), QStringLiteral("1"),
                       QStringLiteral("--iterations"), QStringLiteral("3"), QStringLiteral("--per-layer"),
                       QStringLiteral("--seed"), QStringLiteral("5"), QStringLiteral("--json")});
    ASSERT_EQ(c.code, 0) << c.err.toStdString();
    const QJsonObject o = QJsonDocument::fromJson(c.out).object();
    for (const char *key : {"backend", "backend_version", "settings", "build_ms", "first_run_ms", "iterations", "latency_ms",
                            "throughput_per_s", "peak_rss_bytes", "layers"})
        EXPECT_TRUE(o.contains(QLatin1String(key))) << key;
    EXPECT_EQ(o.value(QStringLiteral("iterations")).toInt(), 3);
    const QJsonObject lat = o.value(QStringLiteral("latency_ms")).toObject();
    for (const char *key : {"min", "max", "mean", "median", "p90", "p95", "p99", "stddev", "cv"})
        EXPECT_TRUE(lat.contains(QLatin1String(key))) << key;
    EXPECT_EQ(o.value(QStringLiteral("settings")).toObject().value(QStringLiteral("optimization_level")).toString(),
              QStringLiteral("extended"));
    EXPECT_EQ(o.value(QStringLiteral("settings")).toObject().value(QStringLiteral("seed")).toString(), QStringLiteral("5"));
    const QJsonArray layers = o.value(QStringLiteral("layers")).toArray();
    ASSERT_FALSE(layers.isEmpty());
    double share = 0;
    for (const auto &l : layers) {
        const QJsonObject row = l.toObject();
        for (const char *key : {"node", "op_type", "mean_ms", "median_ms", "share", "kernels"})
            EXPECT_TRUE(row.contains(QLatin1String(key))) << key;
        share += row.value(QStringLiteral("share")).toDouble();
    }
    EXPECT_NEAR(share, 1.0, 1e-9);
}

// A relative model path (and relative paths of what it saves) from another folder: the engine
// child runs in a folder of its own, so the session hands it absolute paths.
TEST(ProfileCli, RelativePathsFromAnotherFolder)
{
    REQUIRE_SHARED_MODEL(model, "squeezenet1_0.onnx");
    QTemporaryDir dir;
    ASSERT_TRUE(QFile::copy(model, dir.filePath(QStringLiteral("model.onnx"))));
    ASSERT_TRUE(QDir(dir.path()).mkdir(QStringLiteral("out")));
    const Cli c = cli({QStringLiteral("model.onnx"), QStringLiteral("--threads"), QStringLiteral("1"), QStringLiteral("--warmup"),
                       QStringLiteral("1"), QStringLiteral("--iterations"), QStringLiteral("2"), QStringLiteral("--save-outputs"),
                       QStringLiteral("out/outputs"), QStringLiteral("--save-optimized"), QStringLiteral("out/optimized.onnx"),
                       QStringLiteral("--json")},
                      dir.path());
    ASSERT_EQ(c.code, 0) << c.err.toStdString();
    EXPECT_EQ(QJsonDocument::fromJson(c.out).object().value(QStringLiteral("iterations")).toInt(), 2);
    EXPECT_TRUE(QFileInfo::exists(dir.filePath(QStringLiteral("out/outputs/outputs.json"))));
    EXPECT_TRUE(QFileInfo::exists(dir.filePath(QStringLiteral("out/optimized.onnx"))));
}

// profile stores its run and says under which id; history lists it; --no-history stores none.
TEST(ProfileCli, RunsAreStoredInTheHistory)
{
    REQUIRE_SHARED_MODEL(model, "squeezenet1_0.onnx");
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("runs.sqlite"));
    const QStringList quick{model,
                            QStringLiteral("--threads"),
                            QStringLiteral("1"),
                            QStringLiteral("--warmup"),
                            QStringLiteral("1"),
                            QStringLiteral("--iterations"),
                            QStringLiteral("2"),
                            QStringLiteral("--json"),
                            QStringLiteral("--db"),
                            db};
    const Cli c = cli(quick);
    ASSERT_EQ(c.code, 0) << c.err.toStdString();
    const QString id = QJsonDocument::fromJson(c.out).object().value(QStringLiteral("run_id")).toString();
    ASSERT_FALSE(id.isEmpty()) << c.out.toStdString();

    QProcess history;
    history.start(QStringLiteral(MODELLENS_CLI),
                  {QStringLiteral("history"), QStringLiteral("--db"), db, QStringLiteral("--json")});
    ASSERT_TRUE(history.waitForFinished(60000));
    ASSERT_EQ(history.exitCode(), 0) << history.readAllStandardError().toStdString();
    const QByteArray listed = history.readAllStandardOutput();
    EXPECT_TRUE(listed.contains(id.toUtf8())) << listed.toStdString();

    const QString none = dir.filePath(QStringLiteral("none.sqlite"));
    const Cli n = cli({model, QStringLiteral("--threads"), QStringLiteral("1"), QStringLiteral("--warmup"), QStringLiteral("1"),
                       QStringLiteral("--iterations"), QStringLiteral("2"), QStringLiteral("--json"), QStringLiteral("--db"),
                       none, QStringLiteral("--no-history")});
    ASSERT_EQ(n.code, 0) << n.err.toStdString();
    EXPECT_FALSE(QJsonDocument::fromJson(n.out).object().contains(QStringLiteral("run_id")));
    EXPECT_FALSE(QFileInfo::exists(none));
}

TEST(ProfileCli, TextAndPlan)
{
    REQUIRE_SHARED_MODEL(model, "bert_like_encoder_2l_tied.onnx");
    const Cli plan = cli({model, QStringLiteral("--shapes"), QStringLiteral("input0:1x32x768"), QStringLiteral("--plan")});
    ASSERT_EQ(plan.code, 0) << plan.err.toStdString();
    EXPECT_TRUE(plan.out.contains("attention_mask  bool[1x32]")) << plan.out.toStdString();
    const Cli text = cli({model, QStringLiteral("--shapes"), QStringLiteral("input0:1x8x768"), QStringLiteral("--threads"),
                          QStringLiteral("1"), QStringLiteral("--iterations"), QStringLiteral("2"), QStringLiteral("--warmup"),
                          QStringLiteral("0")});
    ASSERT_EQ(text.code, 0) << text.err.toStdString();
    EXPECT_TRUE(text.out.contains("latency ms: min")) << text.out.toStdString();
}

TEST(ProfileCli, FailuresExitNonZeroWithTheReason)
{
    REQUIRE_SHARED_MODEL(model, "silero_vad_v5.onnx");
    const Cli bad =
            cli({model, QStringLiteral("--shapes"), QStringLiteral("input:1x512,state:2x1x128"), QStringLiteral("--inputs"),
                 QStringLiteral("sr:=8"), QStringLiteral("--iterations"), QStringLiteral("1")});
    EXPECT_EQ(bad.code, 2);
    EXPECT_TRUE(bad.err.contains("profile failed: ONNX Runtime")) << bad.err.toStdString();
    const Cli usage = cli({model, QStringLiteral("--shapes"), QStringLiteral("nosuch:1x2")});
    EXPECT_EQ(usage.code, 1);
    EXPECT_TRUE(usage.err.contains("not an input of the model")) << usage.err.toStdString();
    const Cli missing = cli({QStringLiteral("/nonexistent.onnx")});
    EXPECT_EQ(missing.code, 2);
    const Cli both =
            cli({model, QStringLiteral("--iterations"), QStringLiteral("2"), QStringLiteral("--duration"), QStringLiteral("1")});
    EXPECT_EQ(both.code, 1);
}

TEST(ProfileCli, CompareTwoSettings)
{
    REQUIRE_SHARED_MODEL(model, "conv_dynhw.onnx");
    const Cli c = cli({model, QStringLiteral("--shapes"), QStringLiteral("input0:1x3x40x40"), QStringLiteral("--iterations"),
                       QStringLiteral("2"), QStringLiteral("--compare"), QStringLiteral("opt-level=none,threads=1"),
                       QStringLiteral("--json")});
    ASSERT_EQ(c.code, 0) << c.err.toStdString();
    const QJsonObject comparison = QJsonDocument::fromJson(c.out).object().value(QStringLiteral("comparison")).toObject();
    EXPECT_TRUE(comparison.value(QStringLiteral("pass")).toBool());
    const QJsonObject first = comparison.value(QStringLiteral("outputs")).toArray().at(0).toObject();
    EXPECT_EQ(first.value(QStringLiteral("name")).toString(), QStringLiteral("output0"));
    EXPECT_TRUE(first.contains(QStringLiteral("max_abs")));
    EXPECT_TRUE(first.contains(QStringLiteral("max_rel")));
}

TEST(ProfileCli, ListBackends)
{
    const Cli c = cli({QStringLiteral("--list-backends"), QStringLiteral("--trtexec"), QStringLiteral("/nonexistent/trtexec")});
    ASSERT_EQ(c.code, 0);
    EXPECT_TRUE(c.out.contains("ONNX Runtime")) << c.out.toStdString();
    EXPECT_TRUE(c.out.contains("TensorRT (trtexec): not available")) << c.out.toStdString();
}

// The providers --list-backends offers are the ones that load here: a run with each works.
// ONNX Runtime's GPU build lists TensorRT and CUDA although their provider libraries (or
// the CUDA libraries) are missing; those are listed apart, with what is missing.
TEST(ProfileCli, ListedProvidersCanRun)
{
    REQUIRE_SHARED_MODEL(model, "squeezenet1_0.onnx");
    const Cli list = cli({QStringLiteral("--list-backends"), QStringLiteral("--json"), QStringLiteral("--trtexec"),
                          QStringLiteral("/nonexistent/trtexec")});
    ASSERT_EQ(list.code, 0) << list.err.toStdString();
    const QJsonObject ort = QJsonDocument::fromJson(list.out).object().value(QStringLiteral("ort")).toObject();
    const QJsonArray providers = ort.value(QStringLiteral("providers")).toArray();
    ASSERT_TRUE(providers.contains(QStringLiteral("CPUExecutionProvider"))) << list.out.toStdString();
    for (const auto &p : providers) {
        const Cli run = cli({model, QStringLiteral("--ep"), p.toString(), QStringLiteral("--rounds"), QStringLiteral("1"),
                             QStringLiteral("--iterations"), QStringLiteral("1"), QStringLiteral("--warmup"), QStringLiteral("0"),
                             QStringLiteral("--no-history")});
        EXPECT_EQ(run.code, 0) << p.toString().toStdString() << " is listed but does not run: " << run.err.toStdString();
    }
    for (const auto &u : ort.value(QStringLiteral("unavailable_providers")).toArray()) {
        EXPECT_FALSE(providers.contains(u.toObject().value(QStringLiteral("name"))));
        EXPECT_FALSE(u.toObject().value(QStringLiteral("missing")).toString().isEmpty());
    }
    const Cli text =
            cli({QStringLiteral("--list-backends"), QStringLiteral("--trtexec"), QStringLiteral("/nonexistent/trtexec")});
    for (const auto &u : ort.value(QStringLiteral("unavailable_providers")).toArray())
        EXPECT_TRUE(text.out.contains(
                (u.toObject().value(QStringLiteral("name")).toString() + QStringLiteral(": not available")).toUtf8()))
                << text.out.toStdString();
}
