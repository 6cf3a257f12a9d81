// SPDX-License-Identifier: GPL-3.0-or-later
// The ONNX Runtime that scripts/setup.sh installed loads, has the pinned version, and runs
// the bundled sample model, with telemetry off.
#include <onnxruntime_cxx_api.h>

#include <gtest/gtest.h>

#include <cmath>
#include <cstdlib>
#include <string>
#include <vector>

TEST(OrtSmoke, RunsTheSampleModel)
{
    // Must be set before the first Ort::Env (engine-formats.md); ctest sets it too.
    ::setenv("ORT_DISABLE_TELEMETRY", "1", 1);
    EXPECT_EQ(std::string(Ort::GetVersionString()), "1.30.0");
    Ort::Env env(ORT_LOGGING_LEVEL_WARNING, "modellens-test");
    Ort::SessionOptions options;
    options.SetIntraOpNumThreads(1);
    Ort::Session session(env, MODELLENS_SAMPLE_MODEL, options);
    ASSERT_EQ(session.GetInputCount(), 1u);

    const std::int64_t batch = 2;
    std::vector<std::int64_t> shape{batch, 3, 32, 32};
    std::vector<float> input(static_cast<std::size_t>(batch * 3 * 32 * 32), 0.25f);
    auto memory = Ort::MemoryInfo::CreateCpu(OrtArenaAllocator, OrtMemTypeDefault);
    Ort::Value tensor = Ort::Value::CreateTensor<float>(memory, input.data(), input.size(), shape.data(), shape.size());
    const char *inputNames[] = {"input"};
    const char *outputNames[] = {"probabilities"};
    auto outputs = session.Run(Ort::RunOptions{nullptr}, inputNames, &tensor, 1, outputNames, 1);
    ASSERT_EQ(outputs.size(), 1u);
    const auto info = outputs[0].GetTensorTypeAndShapeInfo();
    ASSERT_EQ(info.GetShape(), (std::vector<std::int64_t>{batch, 10}));
    const float *p = outputs[0].GetTensorData<float>();
    for (int b = 0; b < batch; ++b) {
        float sum = 0;
        for (int i = 0; i < 10; ++i)
            sum += p[b * 10 + i];
        EXPECT_NEAR(sum, 1.0f, 1e-4f) << "softmax rows sum to one";
    }
}
