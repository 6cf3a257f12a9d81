// SPDX-License-Identifier: GPL-3.0-or-later
#include "ModelFacts.h"
#include "OnnxModel.h"
#include "OperatorDocs.h"
#include "TestModels.h"
#include "TypeText.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace ml;

namespace {

class ModelFactsTest : public ::testing::Test {
protected:
    QTemporaryDir dir;

    ModelFacts facts(const onnx::ModelProto &m)
    {
        const QString path = dir.filePath(QStringLiteral("m.onnx"));
        EXPECT_TRUE(mltest::writeProto(m, path));
        auto model = OnnxModel::open(path);
        EXPECT_TRUE(model.ok()) << model.errorMessage().toStdString();
        opened = model.value();
        return analyzeModel(*opened);
    }
    std::shared_ptr<OnnxModel> opened;

    static bool hasProblem(const ModelFacts &f, Problem::Severity severity, const QString &text, const QString &node = {})
    {
        for (const auto &p : f.problems)
            if (p.severity == severity && p.message.contains(text) && (node.isEmpty() || p.node == node))
                return true;
        return false;
    }
};

} // namespace

TEST_F(ModelFactsTest, ValidModelHasNoProblemsAndInferredShapes)
{
    const ModelFacts f = facts(mltest::makeLinearModel(16, 8));
    EXPECT_TRUE(f.checkerOk);
    EXPECT_TRUE(f.shapeInferenceOk);
    EXPECT_TRUE(f.problems.empty());
    ASSERT_EQ(f.nodes.size(), 2u);
    EXPECT_EQ(f.nodes[0].paramCount, 16 * 8);
    EXPECT_EQ(f.nodes[1].paramCount, 0);
    const onnx::TypeProto *h = f.typeOf("h");
    ASSERT_NE(h, nullptr) << "shape inference gave the intermediate tensor a type";
    EXPECT_EQ(typeText(*h), QStringLiteral("float32[1,8]"));
}

TEST_F(ModelFactsTest, UnsortedModelOpensWithAWarning)
{
    auto m = mltest::makeLinearModel(4, 4);
    m.mutable_graph()->mutable_node()->SwapElements(0, 1);
    const ModelFacts f = facts(m);
    EXPECT_FALSE(f.checkerOk);
    EXPECT_TRUE(hasProblem(f, Problem::Severity::Warning, QStringLiteral("not in topological order"), QStringLiteral("relu")));
    EXPECT_TRUE(hasProblem(f, Problem::Severity::Error, QStringLiteral("checker:"), QStringLiteral("relu")));
}

TEST_F(ModelFactsTest, UndefinedInputAndCycleAreErrors)
{
    auto m = mltest::makeLinearModel(4, 4);
    m.mutable_graph()->mutable_node(1)->set_input(0, "nowhere");
    ModelFacts f = facts(m);
    EXPECT_TRUE(hasProblem(f, Problem::Severity::Error, QStringLiteral("'nowhere' is not produced"), QStringLiteral("relu")));

    m = mltest::makeLinearModel(4, 4);
    m.mutable_graph()->mutable_node(0)->set_input(0, "y"); // matmul reads relu's output
    f = facts(m);
    EXPECT_TRUE(hasProblem(f, Problem::Severity::Error, QStringLiteral("cycle")));
}

TEST_F(ModelFactsTest, NewerIrAndOpsetStillOpen)
{
    auto m = mltest::makeLinearModel(4, 4);
    m.set_ir_version(99);
    m.mutable_opset_import(0)->set_version(99);
    const ModelFacts f = facts(m);
    EXPECT_EQ(f.nodes.size(), 2u);
    EXPECT_TRUE(hasProblem(f, Problem::Severity::Warning, QStringLiteral("IR version 99 is newer")));
    EXPECT_TRUE(hasProblem(f, Problem::Severity::Warning, QStringLiteral("opset 99 of domain ai.onnx is newer")));
}

TEST_F(ModelFactsTest, SubgraphsAndFunctionsAreKept)
{
    auto m = mltest::makeLinearModel(4, 4);
    auto *iff = m.mutable_graph()->add_node();
    iff->set_op_type("If");
    iff->set_name("if");
    auto *then = iff->add_attribute();
    then->set_name("then_branch");
    then->set_type(onnx::AttributeProto::GRAPH);
    auto *inner = then->mutable_g()->add_node();
    inner->set_op_type("Identity");
    inner->add_input("y");
    inner->add_output("z");
    auto *fn = m.add_functions();
    fn->set_name("MyOp");
    fn->set_domain("custom");
    const ModelFacts f = facts(m);
    EXPECT_EQ(f.nodesTop, 3);
    EXPECT_EQ(f.nodes.size(), 4u);
    EXPECT_EQ(f.subgraphCount, 1);
    EXPECT_EQ(f.subgraphMaxDepth, 1);
    EXPECT_EQ(f.nodes[3].parent, 2);
    EXPECT_EQ(f.nodes[3].depth, 1);
    EXPECT_EQ(opened->proto().functions_size(), 1);
    EXPECT_FALSE(hasProblem(f, Problem::Severity::Error, QStringLiteral("'y' is not produced")))
            << "a subgraph sees the outer scope";
}

TEST(OperatorDocs, ComeFromTheSchemaOfTheModelsOpset)
{
    auto conv = operatorDoc(QStringLiteral("Conv"), QStringLiteral("ai.onnx"), 17);
    ASSERT_TRUE(conv.has_value());
    EXPECT_EQ(conv->sinceVersion, 11);
    EXPECT_FALSE(conv->summary.isEmpty());
    EXPECT_EQ(conv->inputs.size(), 3);
    EXPECT_TRUE(conv->inputs[2].optional);
    bool hasStrides = false;
    for (const auto &a : conv->attributes)
        hasStrides |= a.name == QLatin1String("strides");
    EXPECT_TRUE(hasStrides);
    auto old = operatorDoc(QStringLiteral("Resize"), QStringLiteral("ai.onnx"), 10);
    ASSERT_TRUE(old.has_value());
    EXPECT_EQ(old->sinceVersion, 10);
    EXPECT_FALSE(operatorDoc(QStringLiteral("NoSuchOp"), QStringLiteral("ai.onnx"), 17).has_value());
}

// libonnx 1.12 would inline these functions forever (a stack overflow the fuzzer found).
TEST_F(ModelFactsTest, RecursiveFunctionsSkipShapeInference)
{
    auto m = mltest::makeLinearModel(4, 4);
    auto *opset = m.add_opset_import();
    opset->set_domain("custom");
    opset->set_version(1);
    for (auto [name, calls] : {std::pair{"Ping", "Pong"}, std::pair{"Pong", "Ping"}}) {
        auto *fn = m.add_functions();
        fn->set_name(name);
        fn->set_domain("custom");
        fn->add_input("a");
        fn->add_output("b");
        *fn->add_opset_import() = *opset;
        auto *call = fn->add_node();
        call->set_op_type(calls);
        call->set_domain("custom");
        call->add_input("a");
        call->add_output("b");
    }
    auto *use = m.mutable_graph()->add_node();
    use->set_op_type("Ping");
    use->set_domain("custom");
    use->add_input("y");
    use->add_output("pinged");
    const ModelFacts f = facts(m);
    EXPECT_FALSE(f.shapeInferenceOk);
    EXPECT_TRUE(hasProblem(f, Problem::Severity::Warning, QStringLiteral("calls itself")));
}

// Counts from the file that overflow int64 saturate instead of wrapping (UBSan found it).
TEST_F(ModelFactsTest, HugeCountsSaturate)
{
    auto m = mltest::makeLinearModel(4, 4);
    for (int i = 0; i < 3; ++i) {
        auto *s = m.mutable_graph()->add_sparse_initializer();
        s->add_dims(std::int64_t(1) << 40);
        s->add_dims(std::int64_t(1) << 40);
        s->mutable_values()->set_name("huge" + std::to_string(i));
        s->mutable_values()->set_data_type(onnx::TensorProto::FLOAT);
        s->mutable_values()->add_dims(0);
        auto *t = m.mutable_graph()->add_initializer();
        t->set_name("big" + std::to_string(i));
        t->set_data_type(onnx::TensorProto::FLOAT);
        t->add_dims(std::int64_t(1) << 62);
    }
    const ModelFacts f = facts(m);
    EXPECT_EQ(f.paramCount, std::numeric_limits<std::int64_t>::max());
}

TEST(OperatorDocs, OperatorTypesFollowTheOpset)
{
    const QStringList at9 = operatorTypes(QStringLiteral("ai.onnx"), 9);
    const QStringList at17 = operatorTypes(QStringLiteral("ai.onnx"), 17);
    EXPECT_TRUE(at9.contains(QStringLiteral("Conv")));
    EXPECT_FALSE(at9.contains(QStringLiteral("Resize"))); // since opset 10
    EXPECT_TRUE(at17.contains(QStringLiteral("Resize")));
    EXPECT_TRUE(at17.contains(QStringLiteral("LayerNormalization"))); // since 17
    EXPECT_FALSE(at17.contains(QStringLiteral("Upsample")));          // deprecated at 10
    EXPECT_TRUE(at9.contains(QStringLiteral("Upsample")));
    EXPECT_EQ(at17.count(QStringLiteral("Conv")), 1);
}
