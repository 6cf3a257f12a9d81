// SPDX-License-Identifier: GPL-3.0-or-later
#include "OrtProfile.h"

#include <gtest/gtest.h>

namespace {

// Two Runs of a graph whose Loop runs its body (Gemm, Relu) twice, as ONNX Runtime 1.30
// writes them: body kernels are logged before the Loop that contains them.
const char *kProfile130 = R"([
{"cat":"Session","pid":1,"tid":7,"dur":400,"ts":2,"ph":"X","name":"model_loading_uri","args":{}},
{"cat":"Session","pid":1,"tid":7,"dur":900,"ts":410,"ph":"X","name":"session_initialization","args":{}},
{"cat":"Node","pid":1,"tid":7,"dur":10,"ts":1005,"ph":"X","name":"/Pre_kernel_time","args":{"op_name":"Add","provider":"CPUExecutionProvider","node_index":"0","thread_scheduling_stats":""}},
{"cat":"Node","pid":1,"tid":7,"dur":20,"ts":1021,"ph":"X","name":"/lin/Gemm_kernel_time","args":{"op_name":"Gemm","node_index":"0"}},
{"cat":"Node","pid":1,"tid":7,"dur":5,"ts":1042,"ph":"X","name":"/Relu_kernel_time","args":{"op_name":"Relu","node_index":"1"}},
{"cat":"Session","pid":1,"tid":7,"dur":30,"ts":1020,"ph":"X","name":"SequentialExecutor::Execute","args":{}},
{"cat":"Node","pid":1,"tid":7,"dur":18,"ts":1051,"ph":"X","name":"/lin/Gemm_kernel_time","args":{"op_name":"Gemm","node_index":"0"}},
{"cat":"Node","pid":1,"tid":7,"dur":4,"ts":1070,"ph":"X","name":"/Relu_kernel_time","args":{"op_name":"Relu","node_index":"1"}},
{"cat":"Node","pid":1,"tid":7,"dur":70,"ts":1018,"ph":"X","name":"/Loop_kernel_time","args":{"op_name":"Loop","node_index":"1"}},
{"cat":"Session","pid":1,"tid":7,"dur":100,"ts":1000,"ph":"X","name":"model_run","args":{}},
{"cat":"Node","pid":1,"tid":7,"dur":12,"ts":2005,"ph":"X","name":"/Pre_kernel_time","args":{"op_name":"Add","node_index":"0"}},
{"cat":"Node","pid":1,"tid":7,"dur":21,"ts":2021,"ph":"X","name":"/lin/Gemm_kernel_time","args":{"op_name":"Gemm","node_index":"0"}},
{"cat":"Node","pid":1,"tid":7,"dur":5,"ts":2043,"ph":"X","name":"/Relu_kernel_time","args":{"op_name":"Relu","node_index":"1"}},
{"cat":"Node","pid":1,"tid":7,"dur":40,"ts":2018,"ph":"X","name":"/Loop_kernel_time","args":{"op_name":"Loop","node_index":"1"}},
{"cat":"Session","pid":1,"tid":7,"dur":80,"ts":2000,"ph":"X","name":"model_run","args":{}}
])";

} // namespace

TEST(OrtProfile, RunsNestingAndSelfTime)
{
    auto p = ml::OrtProfile::parse(kProfile130);
    ASSERT_TRUE(p.ok()) << p.errorMessage().toStdString();
    EXPECT_EQ(p->runsUs, (std::vector<double>{100, 80}));
    EXPECT_EQ(p->sessionInitializationUs, 900);
    ASSERT_EQ(p->kernels.size(), 10u);
    const auto &gemm = p->kernels[1];
    EXPECT_EQ(gemm.node, QStringLiteral("/lin/Gemm"));
    EXPECT_EQ(gemm.opName, QStringLiteral("Gemm"));
    EXPECT_EQ(gemm.run, 0);
    const auto &loop = p->kernels[5];
    EXPECT_EQ(loop.node, QStringLiteral("/Loop"));
    EXPECT_EQ(gemm.parent, 5) << "body kernels nest in the Loop's interval";
    EXPECT_EQ(p->kernels[0].parent, -1);
    EXPECT_DOUBLE_EQ(loop.selfUs, 70 - 20 - 5 - 18 - 4);
    EXPECT_DOUBLE_EQ(p->kernels[0].selfUs, 10);
    EXPECT_EQ(p->kernels[9].run, 1);
    EXPECT_EQ(p->kernels[0].provider, QStringLiteral("CPUExecutionProvider"));
}

TEST(OrtProfile, OlderVariants)
{
    // Fence events, graph_index instead of node_index, and a file cut off before its "]".
    const char *old = R"([
{"cat":"Session","pid":1,"tid":3,"dur":50,"ts":100,"ph":"X","name":"model_run","args":{}},
{"cat":"Node","pid":1,"tid":3,"dur":0,"ts":101,"ph":"X","name":"conv1_fence_before","args":{"op_name":"Conv"}},
{"cat":"Node","pid":1,"tid":3,"dur":30,"ts":102,"ph":"X","name":"conv1_kernel_time","args":{"op_name":"Conv","graph_index":"4","exec_plan_index":"0","provider":"CPUExecutionProvider"}},
{"cat":"Node","pid":1,"tid":3,"dur":0,"ts":133,"ph":"X","name":"conv1_fence_after","args":{"op_name":"Conv"}},
)";
    auto p = ml::OrtProfile::parse(old);
    ASSERT_TRUE(p.ok()) << p.errorMessage().toStdString();
    ASSERT_EQ(p->kernels.size(), 1u) << "fence events are not kernels";
    EXPECT_EQ(p->kernels[0].node, QStringLiteral("conv1"));
    EXPECT_EQ(p->kernels[0].nodeIndex, 4);
    EXPECT_EQ(p->kernels[0].run, 0);
    EXPECT_FALSE(ml::OrtProfile::parse("{\"not\":\"an array\"}").ok());
    EXPECT_FALSE(ml::OrtProfile::parse("garbage").ok());
    EXPECT_FALSE(ml::OrtProfile::read(QStringLiteral("/nonexistent/profile.json")).ok());
}
