// SPDX-License-Identifier: GPL-3.0-or-later
// `modellens-cli inspect --json` on every model of ../shared/models agrees with what the
// onnx Python package measured (index.json); broken files are refused or opened with their
// problem listed, as their entry describes.
#include "TestModels.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <gtest/gtest.h>

namespace {

QJsonArray indexModels()
{
    const QString dir = mltest::sharedModelsDir();
    if (dir.isEmpty())
        return {};
    QFile f(dir + QStringLiteral("/index.json"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("models")).toArray();
}

std::vector<std::string> modelNames()
{
    std::vector<std::string> names;
    for (const auto &m : indexModels())
        names.push_back(m.toObject().value(QStringLiteral("name")).toString().toStdString());
    if (names.empty())
        names.push_back("(shared models absent)");
    return names;
}

struct CliRun {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

CliRun inspect(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral(MODELLENS_CLI), {QStringLiteral("inspect"), QStringLiteral("--json"), path});
    CliRun r;
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        r.err = "timed out";
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

class SharedModel : public ::testing::TestWithParam<std::string> {};

const char *const kFields[] = {
        "ir_version",  "opset_import",           "producer",           "graph_name",        "nodes_top",
        "nodes_total", "subgraph_count",         "subgraph_max_depth", "initializers_top",  "initializers_total",
        "param_count", "constant_node_elements", "op_types",           "distinct_op_types", "inputs",
        "outputs",     "dynamic_dims",           "file_bytes",         "external_bytes",    "checker_ok",
};

bool hasProblemContaining(const QJsonObject &out, const QString &text)
{
    for (const auto &p : out.value(QStringLiteral("problems")).toArray())
        if (p.toObject().value(QStringLiteral("message")).toString().contains(text))
            return true;
    return false;
}

} // namespace

TEST_P(SharedModel, InspectAgreesWithIndex)
{
    const QString dir = mltest::sharedModelsDir();
    if (dir.isEmpty())
        GTEST_SKIP() << "../shared/models is absent: shared-model tests skipped";
    QJsonObject entry;
    for (const auto &m : indexModels())
        if (m.toObject().value(QStringLiteral("name")).toString().toStdString() == GetParam())
            entry = m.toObject();
    const QString path = dir + QLatin1Char('/') + entry.value(QStringLiteral("path")).toString();
    const CliRun run = inspect(path);
    ASSERT_GE(run.exitCode, 0) << "crashed or hung: " << run.err.toStdString();

    const bool refused = !entry.value(QStringLiteral("parse_ok")).toBool() || !entry.value(QStringLiteral("load_ok")).toBool(true)
            || entry.value(QStringLiteral("ir_version")).toInt(-1) == 0; // the empty file
    if (refused) {
        EXPECT_EQ(run.exitCode, 2);
        const QString err = QString::fromUtf8(run.err).trimmed();
        EXPECT_FALSE(err.contains(QLatin1Char('\n'))) << "one line: " << err.toStdString();
        EXPECT_TRUE(err.contains(entry.value(QStringLiteral("name")).toString())) << err.toStdString();
        // The reason names what index.json names: the external location, or the parse failure.
        for (const auto &location : entry.value(QStringLiteral("external_data")).toArray())
            EXPECT_TRUE(err.contains(location.toString())) << err.toStdString();
        if (!entry.value(QStringLiteral("parse_ok")).toBool())
            EXPECT_TRUE(err.contains(QStringLiteral("not an ONNX model"))) << err.toStdString();
        return;
    }

    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    QJsonParseError error;
    const QJsonObject out = QJsonDocument::fromJson(run.out, &error).object();
    ASSERT_EQ(error.error, QJsonParseError::NoError) << error.errorString().toStdString();
    for (const char *field : kFields) {
        const QString key = QString::fromLatin1(field);
        EXPECT_EQ(out.value(key), entry.value(key))
                << field << ": ours " << QJsonDocument(QJsonObject{{key, out.value(key)}}).toJson().toStdString() << " index "
                << QJsonDocument(QJsonObject{{key, entry.value(key)}}).toJson().toStdString();
    }
    EXPECT_EQ(out.value(QStringLiteral("problems")).toArray().isEmpty(), entry.value(QStringLiteral("checker_ok")).toBool());
    // The broken files that open carry their defect as a problem.
    const QString note = entry.value(QStringLiteral("note")).toString();
    if (GetParam() == "broken_cycle.onnx")
        EXPECT_TRUE(hasProblemContaining(out, QStringLiteral("cycle"))) << note.toStdString();
    if (GetParam() == "broken_undefined_tensor.onnx")
        EXPECT_TRUE(hasProblemContaining(out, QStringLiteral("'undefined_tensor_xyz' is not produced"))) << note.toStdString();
}

INSTANTIATE_TEST_SUITE_P(Index, SharedModel, ::testing::ValuesIn(modelNames()), [](const auto &info) {
    std::string name;
    for (char c : info.param)
        name += std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
    return name;
});
