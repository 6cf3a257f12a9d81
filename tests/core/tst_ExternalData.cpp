// SPDX-License-Identifier: GPL-3.0-or-later
#include "ModelFacts.h"
#include "ModelSummary.h"
#include "OnnxModel.h"
#include "TestModels.h"

#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <cstring>

using namespace ml;

namespace {

// Moves W's raw_data into `dataFile` (after `padding` bytes) and points W at it.
onnx::ModelProto externalModel(const QString &folder, const std::string &location, const QString &dataFile, std::string *weights,
                               int padding = 16)
{
    auto m = mltest::makeLinearModel(32, 16);
    auto *w = m.mutable_graph()->mutable_initializer(0);
    *weights = w->raw_data();
    if (!dataFile.isEmpty()) {
        QFile f(folder + QLatin1Char('/') + dataFile);
        f.open(QIODevice::WriteOnly);
        f.write(QByteArray(padding, '\0'));
        f.write(weights->data(), static_cast<qint64>(weights->size()));
    }
    w->clear_raw_data();
    w->set_data_location(onnx::TensorProto::EXTERNAL);
    auto add = [w](const char *k, const std::string &v) {
        auto *e = w->add_external_data();
        e->set_key(k);
        e->set_value(v);
    };
    add("location", location);
    add("offset", std::to_string(padding));
    add("length", std::to_string(weights->size()));
    return m;
}

class ExternalDataTest : public ::testing::Test {
protected:
    QTemporaryDir dir;
    std::string weights;
    QString path(const QString &name) const { return dir.filePath(name); }
};

} // namespace

TEST_F(ExternalDataTest, ReadsExternalWeightsOnlyWhenAsked)
{
    const auto m = externalModel(dir.path(), "weights.bin", QStringLiteral("weights.bin"), &weights);
    ASSERT_TRUE(mltest::writeProto(m, path(QStringLiteral("m.onnx"))));
    auto model = OnnxModel::open(path(QStringLiteral("m.onnx")));
    ASSERT_TRUE(model.ok()) << model.errorMessage().toStdString();
    EXPECT_EQ(model.value()->externalBytes(), weights.size());
    const auto &w = model.value()->proto().graph().initializer(0);
    EXPECT_EQ(model.value()->storageOf(w), TensorStorage::External);
    auto bytes = model.value()->tensorBytes(w);
    ASSERT_TRUE(bytes.ok());
    EXPECT_EQ(bytes->toStdString(), weights);
    const ModelFacts facts = analyzeModel(*model.value());
    EXPECT_TRUE(facts.checkerOk) << facts.checkerMessage.toStdString();
    EXPECT_EQ(inspectJson(*model.value(), facts).value(QStringLiteral("external_bytes")).toInteger(),
              static_cast<qint64>(weights.size()));
}

TEST_F(ExternalDataTest, ExternalDataInASubfolderIsAllowed)
{
    QDir(dir.path()).mkdir(QStringLiteral("data"));
    const auto m = externalModel(dir.path(), "data/w.bin", QStringLiteral("data/w.bin"), &weights);
    ASSERT_TRUE(mltest::writeProto(m, path(QStringLiteral("m.onnx"))));
    EXPECT_TRUE(OnnxModel::open(path(QStringLiteral("m.onnx"))).ok());
}

TEST_F(ExternalDataTest, RefusesLocationsOutsideTheModelFolder)
{
    // A real file outside the folder, reachable by each of the three routes.
    QTemporaryDir outside;
    QFile secret(outside.filePath(QStringLiteral("secret.bin")));
    ASSERT_TRUE(secret.open(QIODevice::WriteOnly));
    secret.write(QByteArray(4096, 'x'));
    secret.close();
    QDir(dir.path()).mkdir(QStringLiteral("model"));
    const QString modelFolder = path(QStringLiteral("model"));
    ASSERT_TRUE(QFile::link(secret.fileName(), modelFolder + QStringLiteral("/link.bin")));
    const QString relative = QDir(modelFolder).relativeFilePath(secret.fileName());

    const std::string locations[] = {secret.fileName().toStdString(), relative.toStdString(), "link.bin"};
    for (const auto &location : locations) {
        const auto m = externalModel(modelFolder, location, QString(), &weights);
        ASSERT_TRUE(mltest::writeProto(m, modelFolder + QStringLiteral("/m.onnx")));
        auto model = OnnxModel::open(modelFolder + QStringLiteral("/m.onnx"));
        ASSERT_FALSE(model.ok()) << location;
        const QString message = model.errorMessage();
        EXPECT_NE(message.indexOf(QStringLiteral("'W'")), -1) << message.toStdString();
        EXPECT_NE(message.indexOf(QString::fromStdString(location)), -1) << message.toStdString();
        EXPECT_NE(message.indexOf(QStringLiteral("m.onnx")), -1) << message.toStdString();
    }
}

TEST_F(ExternalDataTest, RefusesMissingOrShortFiles)
{
    auto m = externalModel(dir.path(), "gone.bin", QString(), &weights);
    ASSERT_TRUE(mltest::writeProto(m, path(QStringLiteral("m.onnx"))));
    auto model = OnnxModel::open(path(QStringLiteral("m.onnx")));
    ASSERT_FALSE(model.ok());
    EXPECT_NE(model.errorMessage().indexOf(QStringLiteral("gone.bin")), -1);
    EXPECT_NE(model.errorMessage().indexOf(QStringLiteral("does not exist")), -1);

    m = externalModel(dir.path(), "short.bin", QStringLiteral("short.bin"), &weights);
    QFile::resize(path(QStringLiteral("short.bin")), 100);
    ASSERT_TRUE(mltest::writeProto(m, path(QStringLiteral("m.onnx"))));
    model = OnnxModel::open(path(QStringLiteral("m.onnx")));
    ASSERT_FALSE(model.ok());
    EXPECT_NE(model.errorMessage().indexOf(QStringLiteral("past the end")), -1) << model.errorMessage().toStdString();
}

TEST_F(ExternalDataTest, SaveKeepsWeightsExternal)
{
    const auto m = externalModel(dir.path(), "weights.bin", QStringLiteral("weights.bin"), &weights);
    ASSERT_TRUE(mltest::writeProto(m, path(QStringLiteral("m.onnx"))));
    auto model = OnnxModel::open(path(QStringLiteral("m.onnx")));
    ASSERT_TRUE(model.ok());

    // Same folder: the references stay as they were.
    ASSERT_TRUE(model.value()->save(path(QStringLiteral("same.onnx"))).ok());
    onnx::ModelProto reread;
    ASSERT_TRUE(mltest::readProto(path(QStringLiteral("same.onnx")), reread));
    EXPECT_TRUE(mltest::protoEquals(m, reread));

    // Another folder: the bytes follow into "<name>.data" beside the new file.
    QTemporaryDir other;
    const QString target = other.filePath(QStringLiteral("moved.onnx"));
    ASSERT_TRUE(model.value()->save(target).ok());
    auto moved = OnnxModel::open(target);
    ASSERT_TRUE(moved.ok()) << moved.errorMessage().toStdString();
    const auto &w = moved.value()->proto().graph().initializer(0);
    EXPECT_EQ(moved.value()->storageOf(w), TensorStorage::External);
    EXPECT_EQ(externalRef(w).location, QStringLiteral("moved.onnx.data"));
    auto bytes = moved.value()->tensorBytes(w);
    ASSERT_TRUE(bytes.ok());
    EXPECT_EQ(bytes->toStdString(), weights);
}
