// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestModels.h"
#include "WeightStripper.h"

#include <gtest/gtest.h>

#include <cstring>

using namespace ml;

namespace {

std::string serialized(const onnx::ModelProto &m)
{
    std::string s;
    m.SerializeToString(&s);
    return s;
}

std::string externalValue(const onnx::TensorProto &t, const std::string &key)
{
    for (const auto &e : t.external_data())
        if (e.key() == key)
            return e.value();
    return {};
}

} // namespace

TEST(WeightStripper, DefersLargeRawDataAsReferenceIntoTheFile)
{
    const auto model = mltest::makeLinearModel(64, 32); // 8 KiB of weights
    const std::string bytes = serialized(model);
    auto result = stripWeights(bytes, {"model.onnx", 1024});
    ASSERT_TRUE(result.ok()) << result.errorMessage().toStdString();
    EXPECT_EQ(result->tensorsStripped, 1u);
    EXPECT_EQ(result->bytesStripped, 64u * 32u * 4u);
    EXPECT_LT(result->bytes.size(), bytes.size() - 8000);

    onnx::ModelProto parsed;
    ASSERT_TRUE(parsed.ParseFromString(result->bytes));
    const auto &w = parsed.graph().initializer(0);
    EXPECT_EQ(w.data_location(), onnx::TensorProto::EXTERNAL);
    EXPECT_FALSE(w.has_raw_data());
    EXPECT_EQ(externalValue(w, "location"), "model.onnx");
    EXPECT_EQ(externalValue(w, std::string(kInlineMarkerKey)), "9");
    const auto offset = std::stoull(externalValue(w, "offset"));
    const auto length = std::stoull(externalValue(w, "length"));
    ASSERT_EQ(length, model.graph().initializer(0).raw_data().size());
    ASSERT_LE(offset + length, bytes.size());
    EXPECT_EQ(std::memcmp(bytes.data() + offset, model.graph().initializer(0).raw_data().data(), length), 0);
    // Everything else is untouched.
    EXPECT_EQ(parsed.graph().node_size(), 2);
    EXPECT_EQ(w.name(), "W");
    EXPECT_EQ(w.dims_size(), 2);
}

TEST(WeightStripper, KeepsSmallTensorsInline)
{
    const auto model = mltest::makeLinearModel(4, 4);
    const std::string bytes = serialized(model);
    auto result = stripWeights(bytes, {"m.onnx", 1024});
    ASSERT_TRUE(result.ok());
    EXPECT_EQ(result->tensorsStripped, 0u);
    EXPECT_EQ(result->bytes, bytes);
}

TEST(WeightStripper, DefersPackedFloatData)
{
    const auto model = mltest::makeLinearModel(64, 16, true);
    auto result = stripWeights(serialized(model), {"m.onnx", 1024});
    ASSERT_TRUE(result.ok());
    ASSERT_EQ(result->tensorsStripped, 1u);
    onnx::ModelProto parsed;
    ASSERT_TRUE(parsed.ParseFromString(result->bytes));
    EXPECT_EQ(parsed.graph().initializer(0).float_data_size(), 0);
    EXPECT_EQ(externalValue(parsed.graph().initializer(0), std::string(kInlineMarkerKey)), "4");
}

TEST(WeightStripper, DefersTensorsInsideConstantAttributesAndSubgraphs)
{
    auto model = mltest::makeLinearModel(4, 4);
    auto *c = model.mutable_graph()->add_node();
    c->set_op_type("Constant");
    c->add_output("c");
    auto *attr = c->add_attribute();
    attr->set_name("value");
    attr->set_type(onnx::AttributeProto::TENSOR);
    attr->mutable_t()->set_data_type(onnx::TensorProto::FLOAT);
    attr->mutable_t()->add_dims(1000);
    mltest::setRawFloats(*attr->mutable_t(), 1000, 1.f);
    // An If whose branch holds a large initializer.
    auto *iff = model.mutable_graph()->add_node();
    iff->set_op_type("If");
    auto *branch = iff->add_attribute();
    branch->set_name("then_branch");
    branch->set_type(onnx::AttributeProto::GRAPH);
    auto *init = branch->mutable_g()->add_initializer();
    init->set_data_type(onnx::TensorProto::FLOAT);
    init->add_dims(2000);
    mltest::setRawFloats(*init, 2000, 1.f);

    auto result = stripWeights(serialized(model), {"m.onnx", 1024});
    ASSERT_TRUE(result.ok());
    EXPECT_EQ(result->tensorsStripped, 2u);
    EXPECT_EQ(result->bytesStripped, 3000u * 4u);
}

TEST(WeightStripper, LeavesTensorsWithTwoPayloadFieldsAlone)
{
    auto model = mltest::makeLinearModel(64, 32);
    model.mutable_graph()->mutable_initializer(0)->add_float_data(1.f); // malformed, but must survive
    const std::string bytes = serialized(model);
    auto result = stripWeights(bytes, {"m.onnx", 1024});
    ASSERT_TRUE(result.ok());
    EXPECT_EQ(result->tensorsStripped, 0u);
    EXPECT_EQ(result->bytes, bytes);
}

TEST(WeightStripper, RefusesTruncatedInputWithItsOffset)
{
    const std::string bytes = serialized(mltest::makeLinearModel(64, 32));
    auto result = stripWeights(std::string_view(bytes).substr(0, bytes.size() / 2), {"m.onnx", 1024});
    ASSERT_FALSE(result.ok());
    EXPECT_NE(result.errorMessage().indexOf(QStringLiteral("at byte")), -1) << result.errorMessage().toStdString();
}

TEST(WeightStripper, RefusesNestingDeeperThanProtobufAllows)
{
    // graph -> node -> attribute -> graph -> ... 200 levels, built from the inside out.
    auto wrap = [](std::string inner, int field) {
        std::string out;
        auto varint = [&out](std::uint64_t v) {
            while (v >= 0x80) {
                out.push_back(static_cast<char>((v & 0x7f) | 0x80));
                v >>= 7;
            }
            out.push_back(static_cast<char>(v));
        };
        varint((static_cast<std::uint64_t>(field) << 3) | 2);
        varint(inner.size());
        return out + inner;
    };
    std::string graph;
    for (int i = 0; i < 200; ++i)
        graph = wrap(wrap(wrap(graph, 6), 5), 1); // attribute.g, node.attribute, graph.node
    const std::string model = wrap(graph, 7);
    auto result = stripWeights(model, {"m.onnx", 1024});
    ASSERT_FALSE(result.ok());
    EXPECT_NE(result.errorMessage().indexOf(QStringLiteral("nested too deeply")), -1);
}
