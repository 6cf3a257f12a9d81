// SPDX-License-Identifier: GPL-3.0-or-later
#include "GraphSearch.h"
#include "ModelFacts.h"
#include "OnnxModel.h"
#include "TestModels.h"

#include <gtest/gtest.h>

using namespace ml;

namespace {

class Search : public ::testing::Test {
protected:
    void SetUp() override
    {
        if (mltest::sharedModelsDir().isEmpty())
            GTEST_SKIP() << "../shared/models is absent";
        auto opened = OnnxModel::open(mltest::sharedModelsDir() + QStringLiteral("/resnet18_dynbatch.onnx"));
        ASSERT_TRUE(opened.ok());
        model = opened.value();
        facts = analyzeModel(*model);
    }
    std::vector<std::string> names(const SearchQuery &q) const
    {
        std::vector<std::string> out;
        for (const auto &hit : searchGraph(*model, facts, {}, q))
            out.push_back(model->node(hit.node)->name());
        return out;
    }
    std::shared_ptr<OnnxModel> model;
    ModelFacts facts;
};

} // namespace

TEST_F(Search, ByOpTypeNameTensorAndShape)
{
    EXPECT_EQ(names(SearchQuery::parse(QStringLiteral("Conv"), SearchQuery::Mode::Exact)).size(), 20u);
    EXPECT_EQ(names(SearchQuery::parse(QStringLiteral("gemm"))), (std::vector<std::string>{"/fc/Gemm"}));
    EXPECT_EQ(names(SearchQuery::parse(QStringLiteral("fc.weight"))), (std::vector<std::string>{"/fc/Gemm"}));
    // Output shapes: the 7x7 maps of layer4, however the shape is written.
    const auto byShape = names(SearchQuery::parse(QStringLiteral("batch×512×7×7"), SearchQuery::Mode::Exact));
    EXPECT_FALSE(byShape.empty());
    EXPECT_EQ(byShape, names(SearchQuery::parse(QStringLiteral("batch,512,7,7"), SearchQuery::Mode::Exact)));
    for (const auto &n : byShape)
        EXPECT_EQ(n.rfind("/layer4", 0), 0u) << n;
}

TEST_F(Search, SeveralTermsAndRegularExpressions)
{
    // Every term must match some field: nodes of layer2 that are, read or feed a Relu.
    const auto relus = names(SearchQuery::parse(QStringLiteral("layer2 Relu")));
    int reluNodes = 0;
    for (const auto &n : relus)
        reluNodes += n.rfind("/layer2/", 0) == 0 && n.find("/Relu") != std::string::npos;
    EXPECT_EQ(reluNodes, 4);
    EXPECT_LT(relus.size(), names(SearchQuery::parse(QStringLiteral("layer2"))).size());
    const auto re = names(SearchQuery::parse(QStringLiteral("^/layer[34]/.*/conv1/Conv$"), SearchQuery::Mode::RegularExpression));
    EXPECT_EQ(re.size(), 4u);
    EXPECT_TRUE(names(SearchQuery::parse(QStringLiteral("(unclosed"), SearchQuery::Mode::RegularExpression)).empty());
    EXPECT_TRUE(names(SearchQuery::parse(QStringLiteral("no-such-thing"))).empty());
    EXPECT_EQ(SearchQuery::parse(QStringLiteral("a \"b c\" d")).terms,
              (QStringList{QStringLiteral("a"), QStringLiteral("b c"), QStringLiteral("d")}));
}
