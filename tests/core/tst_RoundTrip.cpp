// SPDX-License-Identifier: GPL-3.0-or-later
// Open, save, re-read: every shared model that opens comes back as the same ModelProto.
#include "OnnxModel.h"
#include "TestModels.h"

#include <QDir>
#include <QTemporaryDir>

#include <gtest/gtest.h>

TEST(RoundTrip, EverySharedModelSavesToTheSameProto)
{
    const QString dir = mltest::sharedModelsDir();
    if (dir.isEmpty())
        GTEST_SKIP() << "../shared/models is absent: round-trip test skipped";
    QTemporaryDir out;
    int checked = 0;
    for (const QString &name : QDir(dir).entryList({QStringLiteral("*.onnx")}, QDir::Files)) {
        SCOPED_TRACE(name.toStdString());
        auto model = ml::OnnxModel::open(dir + QLatin1Char('/') + name);
        if (!model.ok()) {
            EXPECT_TRUE(name.startsWith(QStringLiteral("broken_"))) << model.errorMessage().toStdString();
            continue;
        }
        const QString saved = out.filePath(name);
        auto result = model.value()->save(saved);
        ASSERT_TRUE(result.ok()) << result.errorMessage().toStdString();
        onnx::ModelProto original, reread;
        ASSERT_TRUE(mltest::readProto(dir + QLatin1Char('/') + name, original));
        ASSERT_TRUE(mltest::readProto(saved, reread));
        std::string diff;
        EXPECT_TRUE(mltest::protoEquals(original, reread, &diff)) << diff;
        ++checked;
    }
    EXPECT_GE(checked, 15);
}
