// SPDX-License-Identifier: GPL-3.0-or-later
#include "Npy.h"
#include "OnnxModel.h"
#include "TensorValues.h"
#include "TestModels.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <cmath>
#include <cstring>

using namespace ml;

TEST(TensorValues, StatisticsOfFloats)
{
    const float v[] = {0.f, 1.f, 2.f, 3.f, 0.f, NAN, INFINITY, -4.f};
    const QByteArray bytes(reinterpret_cast<const char *>(v), sizeof v);
    auto s = tensorStatistics(bytes, onnx::TensorProto::FLOAT, 4);
    ASSERT_TRUE(s.ok());
    EXPECT_EQ(s->count, 8);
    EXPECT_EQ(s->finite, 6);
    EXPECT_EQ(s->nan, 1);
    EXPECT_EQ(s->infinite, 1);
    EXPECT_DOUBLE_EQ(s->min, -4);
    EXPECT_DOUBLE_EQ(s->max, 3);
    EXPECT_DOUBLE_EQ(s->mean, 2.0 / 6.0);
    EXPECT_NEAR(s->stddev, std::sqrt((0.111111 + 0.444444 + 2.777778 + 7.111111 + 0.111111 + 18.777778) / 6), 1e-5);
    EXPECT_DOUBLE_EQ(s->zeroShare, 2.0 / 8.0);
    ASSERT_EQ(s->histogram.size(), 4u);
    EXPECT_EQ(s->histogram[0] + s->histogram[1] + s->histogram[2] + s->histogram[3], 6);
    EXPECT_EQ(s->histogram[0], 1) << "-4 alone in the lowest bin";
}

TEST(TensorValues, PagesAndHalfPrecision)
{
    const std::uint16_t half[] = {0x3c00, 0xc000, 0x7bff, 0x0001}; // 1, -2, 65504, smallest subnormal
    const QByteArray bytes(reinterpret_cast<const char *>(half), sizeof half);
    auto page = tensorValues(bytes, onnx::TensorProto::FLOAT16, 1, 10);
    ASSERT_TRUE(page.ok());
    ASSERT_EQ(page->size(), 3u);
    EXPECT_DOUBLE_EQ(page.value()[0], -2);
    EXPECT_DOUBLE_EQ(page.value()[1], 65504);
    EXPECT_DOUBLE_EQ(page.value()[2], std::ldexp(1.0, -24));
    EXPECT_DOUBLE_EQ(bfloat16ToDouble(0x3f80), 1.0);
    EXPECT_FALSE(tensorValues(bytes, onnx::TensorProto::STRING, 0, 1).ok());
}

TEST(TensorValues, SaveAsNpyRoundTrips)
{
    QTemporaryDir dir;
    const auto source = mltest::makeLinearModel(64, 32);
    ASSERT_TRUE(mltest::writeProto(source, dir.filePath(QStringLiteral("m.onnx"))));
    auto model = OnnxModel::open(dir.filePath(QStringLiteral("m.onnx")));
    ASSERT_TRUE(model.ok());
    auto npy = tensorToNpy(*model.value(), model.value()->proto().graph().initializer(0));
    ASSERT_TRUE(npy.ok());
    ASSERT_TRUE(writeNpy(dir.filePath(QStringLiteral("w.npy")), npy.value()).ok());
    auto back = readNpy(dir.filePath(QStringLiteral("w.npy")));
    ASSERT_TRUE(back.ok()) << back.errorMessage().toStdString();
    EXPECT_EQ(back->shape, (std::vector<std::int64_t>{64, 32}));
    EXPECT_EQ(back->dataType, onnx::TensorProto::FLOAT);
    EXPECT_EQ(back->data.toStdString(), source.graph().initializer(0).raw_data());
}
