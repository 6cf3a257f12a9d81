// SPDX-License-Identifier: GPL-3.0-or-later
#include "EngineTestSupport.h"
#include "InputPlan.h"
#include "OnnxModel.h"

#include <gtest/gtest.h>

namespace {

// Inputs: a float32[batch,seq,8], m bool[batch,seq], img float32[N,3,h,w], k int64[] and an
// initializer that is also listed as an input (not to be planned).
onnx::GraphProto graph()
{
    onnx::GraphProto g;
    auto add = [&g](const char *name, int type, std::vector<const char *> dims) {
        auto *v = g.add_input();
        v->set_name(name);
        auto *t = v->mutable_type()->mutable_tensor_type();
        t->set_elem_type(type);
        auto *shape = t->mutable_shape();
        for (const char *d : dims) {
            auto *dim = shape->add_dim();
            if (d[0] >= '0' && d[0] <= '9')
                dim->set_dim_value(std::atoi(d));
            else if (d[0] != '?')
                dim->set_dim_param(d);
        }
    };
    using T = onnx::TensorProto;
    add("a", T::FLOAT, {"batch", "seq", "8"});
    add("m", T::BOOL, {"batch", "seq"});
    add("img", T::FLOAT, {"N", "3", "h", "w"});
    add("k", T::INT64, {});
    add("w", T::FLOAT, {"4"});
    g.add_initializer()->set_name("w");
    return g;
}

const ml::PlannedInput &find(const std::vector<ml::PlannedInput> &inputs, const char *name)
{
    for (const auto &i : inputs)
        if (i.name == QLatin1String(name))
            return i;
    throw std::runtime_error(name);
}

} // namespace

TEST(InputPlan, DefaultsAreSensibleAndShown)
{
    ml::EngineSettings s;
    auto plan = ml::InputPlan::plan(graph(), s);
    ASSERT_TRUE(plan.ok()) << plan.errorMessage().toStdString();
    ASSERT_EQ(plan->size(), 4u) << "the initializer is not an input to feed";
    EXPECT_EQ(find(plan.value(), "a").shape, (ml::Shape{1, 128, 8}));
    EXPECT_EQ(find(plan.value(), "a").defaulted, (std::vector<bool>{true, true, false}));
    EXPECT_EQ(find(plan.value(), "m").shape, (ml::Shape{1, 128})) << "same symbols, same values";
    EXPECT_EQ(find(plan.value(), "img").shape, (ml::Shape{1, 3, 224, 224}));
    EXPECT_TRUE(find(plan.value(), "k").shape.empty());
    EXPECT_EQ(find(plan.value(), "img").dimNames,
              (QStringList{QStringLiteral("N"), QStringLiteral("3"), QStringLiteral("h"), QStringLiteral("w")}));
}

TEST(InputPlan, UserShapesBindSymbolsForOtherInputs)
{
    ml::EngineSettings s;
    s.shapes[QStringLiteral("a")] = {2, 16, 8};
    auto plan = ml::InputPlan::plan(graph(), s);
    ASSERT_TRUE(plan.ok());
    EXPECT_EQ(find(plan.value(), "m").shape, (ml::Shape{2, 16}));
    EXPECT_FALSE(find(plan.value(), "m").anyDefaulted());
    EXPECT_EQ(find(plan.value(), "a").minShape, (ml::Shape{1, 16, 8})) << "a dynamic batch ranges from 1";
    EXPECT_EQ(find(plan.value(), "a").maxShape, (ml::Shape{2, 16, 8}));
}

TEST(InputPlan, RejectsWhatCannotRun)
{
    ml::EngineSettings s;
    s.shapes[QStringLiteral("a")] = {1, 16};
    auto rank = ml::InputPlan::plan(graph(), s);
    ASSERT_FALSE(rank.ok());
    EXPECT_TRUE(rank.errorMessage().contains(QStringLiteral("dimensions"))) << rank.errorMessage().toStdString();

    s.shapes[QStringLiteral("a")] = {1, 16, 9};
    auto fixed = ml::InputPlan::plan(graph(), s);
    ASSERT_FALSE(fixed.ok());
    EXPECT_TRUE(fixed.errorMessage().contains(QStringLiteral("dimension 2 is 8"))) << fixed.errorMessage().toStdString();

    ml::EngineSettings u;
    u.shapes[QStringLiteral("nope")] = {1};
    auto unknown = ml::InputPlan::plan(graph(), u);
    ASSERT_FALSE(unknown.ok());
    EXPECT_TRUE(unknown.errorMessage().contains(QStringLiteral("inputs: a, m, img, k"))) << unknown.errorMessage().toStdString();

    ml::EngineSettings range;
    range.shapes[QStringLiteral("a")] = {4, 16, 8};
    range.maxShapes[QStringLiteral("a")] = {2, 16, 8};
    EXPECT_FALSE(ml::InputPlan::plan(graph(), range).ok());
}

TEST(InputPlan, SharedModels)
{
    REQUIRE_SHARED_MODEL(path, "silero_vad_v5.onnx");
    auto model = ml::OnnxModel::open(path);
    ASSERT_TRUE(model.ok());
    ml::EngineSettings s;
    s.shapes[QStringLiteral("input")] = {1, 512};
    s.shapes[QStringLiteral("state")] = {2, 1, 128};
    s.sources[QStringLiteral("sr")] = ml::InputSource::constant(16000);
    auto plan = ml::InputPlan::plan(model.value()->proto().graph(), s);
    ASSERT_TRUE(plan.ok()) << plan.errorMessage().toStdString();
    EXPECT_EQ(find(plan.value(), "input").shape, (ml::Shape{1, 512}));
    EXPECT_EQ(find(plan.value(), "sr").dataType, onnx::TensorProto::INT64);
    EXPECT_EQ(find(plan.value(), "sr").source.kind, ml::InputSource::Kind::Constant);
}

TEST(InputPlan, AnInputWithoutShapeNeedsOne)
{
    onnx::GraphProto g;
    auto *v = g.add_input();
    v->set_name("free");
    v->mutable_type()->mutable_tensor_type()->set_elem_type(onnx::TensorProto::FLOAT); // no shape at all
    ml::EngineSettings s;
    auto missing = ml::InputPlan::plan(g, s);
    ASSERT_FALSE(missing.ok());
    EXPECT_TRUE(missing.errorMessage().contains(QStringLiteral("--shapes"))) << missing.errorMessage().toStdString();
    s.shapes[QStringLiteral("free")] = {2, 5, 7};
    auto given = ml::InputPlan::plan(g, s);
    ASSERT_TRUE(given.ok()) << given.errorMessage().toStdString();
    EXPECT_EQ(given->front().shape, (ml::Shape{2, 5, 7}));
    EXPECT_FALSE(given->front().rankKnown);
}
