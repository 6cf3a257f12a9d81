// SPDX-License-Identifier: GPL-3.0-or-later
// Models edited with `modellens-cli edit` run in the real ONNX Runtime and behave as the
// edit promised.
#include "TestModels.h"

#include <onnxruntime_cxx_api.h>

#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <map>

namespace {

struct Output {
    std::vector<std::int64_t> shape;
    std::vector<float> values;
};

Ort::Env &env()
{
    ::setenv("ORT_DISABLE_TELEMETRY", "1", 1);
    static Ort::Env instance(ORT_LOGGING_LEVEL_ERROR, "modellens-edit-tests");
    return instance;
}

// Runs `model` on an input of `shape` filled with a fixed ramp; returns the named outputs.
std::map<std::string, Output> run(const QString &model, std::vector<std::int64_t> shape, const std::vector<std::string> &outputs,
                                  const char *inputName = "input0")
{
    Ort::SessionOptions options;
    options.SetIntraOpNumThreads(1);
    Ort::Session session(env(), model.toStdString().c_str(), options);
    std::size_t count = 1;
    for (auto d : shape)
        count *= static_cast<std::size_t>(d);
    std::vector<float> input(count);
    for (std::size_t i = 0; i < count; ++i)
        input[i] = static_cast<float>(i % 255) / 255.f;
    auto memory = Ort::MemoryInfo::CreateCpu(OrtArenaAllocator, OrtMemTypeDefault);
    Ort::Value tensor = Ort::Value::CreateTensor<float>(memory, input.data(), input.size(), shape.data(), shape.size());
    std::vector<const char *> names;
    for (const auto &o : outputs)
        names.push_back(o.c_str());
    auto values = session.Run(Ort::RunOptions{nullptr}, &inputName, &tensor, 1, names.data(), names.size());
    std::map<std::string, Output> result;
    for (std::size_t i = 0; i < outputs.size(); ++i) {
        Output out;
        out.shape = values[i].GetTensorTypeAndShapeInfo().GetShape();
        const float *p = values[i].GetTensorData<float>();
        out.values.assign(p, p + values[i].GetTensorTypeAndShapeInfo().GetElementCount());
        result[outputs[i]] = std::move(out);
    }
    return result;
}

int edit(const QStringList &arguments, QString *error = nullptr)
{
    QProcess p;
    p.start(QStringLiteral(MODELLENS_CLI), QStringList{QStringLiteral("edit")} + arguments);
    if (!p.waitForFinished(120000))
        return -1;
    if (error)
        *error = QString::fromUtf8(p.readAllStandardError());
    return p.exitCode();
}

class EditRuns : public ::testing::Test {
protected:
    void SetUp() override
    {
        shared = mltest::sharedModelsDir();
        if (shared.isEmpty())
            GTEST_SKIP() << "../shared/models is absent: edit run tests skipped";
        resnet = shared + QStringLiteral("/resnet18_dynbatch.onnx");
    }
    QString path(const char *name) const { return dir.filePath(QString::fromLatin1(name)); }
    QTemporaryDir dir;
    QString shared, resnet;
};

} // namespace

TEST_F(EditRuns, StaticBatchRefusesBatchTwoUntilMadeDynamic)
{
    QString err;
    ASSERT_EQ(edit({resnet, QStringLiteral("-o"), path("static.onnx"), QStringLiteral("--set-dim"), QStringLiteral("input0:0=1"),
                    QStringLiteral("--set-dim"), QStringLiteral("output0:0=1")},
                   &err),
              0)
            << err.toStdString();
    EXPECT_EQ(run(path("static.onnx"), {1, 3, 224, 224}, {"output0"})["output0"].shape, (std::vector<std::int64_t>{1, 1000}));
    EXPECT_THROW(run(path("static.onnx"), {2, 3, 224, 224}, {"output0"}), Ort::Exception);

    ASSERT_EQ(edit({path("static.onnx"), QStringLiteral("-o"), path("dynamic.onnx"), QStringLiteral("--set-dim"),
                    QStringLiteral("input0:0=batch"), QStringLiteral("--set-dim"), QStringLiteral("output0:0=batch")},
                   &err),
              0)
            << err.toStdString();
    EXPECT_EQ(run(path("dynamic.onnx"), {4, 3, 224, 224}, {"output0"})["output0"].shape, (std::vector<std::int64_t>{4, 1000}));
}

TEST_F(EditRuns, IntermediateOutputAndTailCut)
{
    const std::string pooled = "/avgpool/GlobalAveragePool_output_0";
    QString err;
    ASSERT_EQ(edit({resnet, QStringLiteral("-o"), path("debug.onnx"), QStringLiteral("--add-output"),
                    QString::fromStdString(pooled)},
                   &err),
              0)
            << err.toStdString();
    auto full = run(path("debug.onnx"), {1, 3, 224, 224}, {"output0", pooled});
    EXPECT_EQ(full[pooled].shape, (std::vector<std::int64_t>{1, 512, 1, 1}));
    EXPECT_EQ(full["output0"].shape, (std::vector<std::int64_t>{1, 1000}));

    ASSERT_EQ(edit({resnet, QStringLiteral("-o"), path("cut.onnx"), QStringLiteral("--delete-node"),
                    QStringLiteral("/Flatten:tail")},
                   &err),
              0)
            << err.toStdString();
    auto cut = run(path("cut.onnx"), {1, 3, 224, 224}, {pooled});
    ASSERT_EQ(cut[pooled].shape, full[pooled].shape);
    for (std::size_t i = 0; i < cut[pooled].values.size(); ++i)
        ASSERT_FLOAT_EQ(cut[pooled].values[i], full[pooled].values[i]) << i;
    EXPECT_THROW(run(path("cut.onnx"), {1, 3, 224, 224}, {"output0"}), Ort::Exception) << "the tail is gone";
}

TEST_F(EditRuns, BypassedNodeAndRenamedInterfaceRun)
{
    QString err;
    ASSERT_EQ(edit({shared + QStringLiteral("/mobilenet_v3_small.onnx"), QStringLiteral("-o"), path("m.onnx"),
                    QStringLiteral("--rename-tensor"), QStringLiteral("input0=image"), QStringLiteral("--make-batch-dynamic")},
                   &err),
              0)
            << err.toStdString();
    EXPECT_EQ(run(path("m.onnx"), {3, 3, 224, 224}, {"output0"}, "image")["output0"].shape, (std::vector<std::int64_t>{3, 1000}));
}
