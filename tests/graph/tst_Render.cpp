// SPDX-License-Identifier: GPL-3.0-or-later
// `modellens-cli render` of every shared model writes SVG that parses and holds every node.
#include "TestModels.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <onnx/onnx_pb.h>

#include <gtest/gtest.h>

namespace {

struct Svg {
    bool valid = false;
    QString error;
    int operators = 0;
    int groups = 0;
    QStringList names;
};

Svg readSvg(const QString &path)
{
    Svg svg;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        svg.error = QStringLiteral("missing");
        return svg;
    }
    QXmlStreamReader xml(&f);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("g")) {
            const QString cls = xml.attributes().value(QLatin1String("class")).toString();
            svg.operators += cls == QLatin1String("node operator");
            svg.groups += cls == QLatin1String("node group");
            if (cls.startsWith(QLatin1String("node")))
                svg.names << xml.attributes().value(QLatin1String("data-name")).toString();
        }
    }
    svg.valid = !xml.hasError();
    svg.error = xml.errorString();
    return svg;
}

int render(const QStringList &arguments, QString *error)
{
    QProcess p;
    p.start(QStringLiteral(MODELLENS_CLI), QStringList{QStringLiteral("render")} + arguments);
    if (!p.waitForFinished(120000)) {
        p.kill();
        return -1;
    }
    *error = QString::fromUtf8(p.readAllStandardError());
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

} // namespace

TEST(Render, EverySharedModelAsSvgWithEveryNode)
{
    const QString dir = mltest::sharedModelsDir();
    if (dir.isEmpty())
        GTEST_SKIP() << "../shared/models is absent: render tests skipped";
    QTemporaryDir out;
    int rendered = 0;
    for (const QString &name : QDir(dir).entryList({QStringLiteral("*.onnx")}, QDir::Files)) {
        SCOPED_TRACE(name.toStdString());
        onnx::ModelProto proto;
        const bool parses = mltest::readProto(dir + QLatin1Char('/') + name, proto) && proto.has_graph();
        const QString flat = out.filePath(name + QStringLiteral(".flat.svg"));
        QString error;
        const int code = render({dir + QLatin1Char('/') + name, QStringLiteral("-o"), flat, QStringLiteral("--flat")}, &error);
        if (name.startsWith(QLatin1String("broken_")) && code == 2) {
            EXPECT_TRUE(error.contains(name)) << error.toStdString();
            continue;
        }
        ASSERT_EQ(code, 0) << error.toStdString();
        ASSERT_TRUE(parses);
        const Svg svg = readSvg(flat);
        ASSERT_TRUE(svg.valid) << svg.error.toStdString();
        EXPECT_EQ(svg.operators, proto.graph().node_size());
        for (const auto &n : proto.graph().node())
            EXPECT_TRUE(svg.names.contains(QString::fromStdString(n.op_type())));
        // The default (a hierarchy for large graphs) parses too and accounts for every node.
        const QString grouped = out.filePath(name + QStringLiteral(".svg"));
        ASSERT_EQ(render({dir + QLatin1Char('/') + name, QStringLiteral("-o"), grouped}, &error), 0) << error.toStdString();
        const Svg overview = readSvg(grouped);
        ASSERT_TRUE(overview.valid);
        EXPECT_GE(overview.operators + overview.groups, 1);
        ++rendered;
    }
    EXPECT_GE(rendered, 15);
}

TEST(Render, PngOfAWideGraph)
{
    const QString dir = mltest::sharedModelsDir();
    if (dir.isEmpty())
        GTEST_SKIP() << "../shared/models is absent";
    QTemporaryDir out;
    QString error;
    const QString png = out.filePath(QStringLiteral("g.png"));
    ASSERT_EQ(render({dir + QStringLiteral("/synthetic_dag_1k.onnx"), QStringLiteral("-o"), png, QStringLiteral("--flat"),
                      QStringLiteral("--horizontal"), QStringLiteral("--scale"), QStringLiteral("1")},
                     &error),
              0)
            << error.toStdString();
    QFile f(png);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray head = f.read(24);
    ASSERT_TRUE(head.startsWith("\x89PNG\r\n\x1a\n"));
    const auto be32 = [&head](int at) {
        return (quint32(quint8(head[at])) << 24) | (quint32(quint8(head[at + 1])) << 16) | (quint32(quint8(head[at + 2])) << 8)
                | quint32(quint8(head[at + 3]));
    };
    EXPECT_GT(be32(16), 2000u) << "a thousand nodes left to right make a wide picture";
    // Capped at 32,768 pixels wide; the layered layout (final at this size) is narrower
    // across than dot's was (53 pixels here, against 158).
    EXPECT_GT(be32(20), 40u);
}
