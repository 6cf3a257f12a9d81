// SPDX-License-Identifier: GPL-3.0-or-later
#include "ModelFacts.h"
#include "ModelWriter.h"
#include "OnnxModel.h"
#include "TestModels.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <cstring>
#include <fstream>
#include <unistd.h>

using namespace ml;

namespace {

std::int64_t residentBytes()
{
    std::ifstream statm("/proc/self/statm");
    std::int64_t size = 0, resident = 0;
    statm >> size >> resident;
    return resident * sysconf(_SC_PAGESIZE);
}

class OnnxModelTest : public ::testing::Test {
protected:
    QTemporaryDir dir;
    QString file(const char *name) const { return dir.filePath(QString::fromLatin1(name)); }
};

} // namespace

TEST_F(OnnxModelTest, ReadsDeferredWeightsFromTheFileOnRequest)
{
    const auto source = mltest::makeLinearModel(128, 64);
    ASSERT_TRUE(mltest::writeProto(source, file("m.onnx")));
    auto model = OnnxModel::open(file("m.onnx"));
    ASSERT_TRUE(model.ok()) << model.errorMessage().toStdString();
    const auto &w = model.value()->proto().graph().initializer(0);
    EXPECT_EQ(model.value()->storageOf(w), TensorStorage::ModelFile);
    EXPECT_EQ(model.value()->deferredBytes(), 128u * 64u * 4u);
    auto bytes = model.value()->tensorBytes(w);
    ASSERT_TRUE(bytes.ok());
    ASSERT_EQ(static_cast<std::size_t>(bytes->size()), source.graph().initializer(0).raw_data().size());
    EXPECT_EQ(std::memcmp(bytes->constData(), source.graph().initializer(0).raw_data().data(), bytes->size()), 0);
}

TEST_F(OnnxModelTest, TensorBytesOfTypedFieldsAreLittleEndianElements)
{
    auto source = mltest::makeLinearModel(2, 2);
    auto *shape = source.mutable_graph()->add_initializer();
    shape->set_name("shape");
    shape->set_data_type(onnx::TensorProto::INT64);
    shape->add_dims(3);
    for (std::int64_t v : {1, -1, 7})
        shape->add_int64_data(v);
    auto *half = source.mutable_graph()->add_initializer();
    half->set_name("half");
    half->set_data_type(onnx::TensorProto::FLOAT16);
    half->add_dims(2);
    half->add_int32_data(0x3c00); // 1.0
    half->add_int32_data(0xc000); // -2.0
    ASSERT_TRUE(mltest::writeProto(source, file("t.onnx")));
    auto model = OnnxModel::open(file("t.onnx"));
    ASSERT_TRUE(model.ok());
    const auto &g = model.value()->proto().graph();
    auto shapeBytes = model.value()->tensorBytes(g.initializer(1));
    ASSERT_TRUE(shapeBytes.ok());
    ASSERT_EQ(shapeBytes->size(), 24);
    std::int64_t values[3];
    std::memcpy(values, shapeBytes->constData(), sizeof values);
    EXPECT_EQ(values[0], 1);
    EXPECT_EQ(values[1], -1);
    EXPECT_EQ(values[2], 7);
    auto halfBytes = model.value()->tensorBytes(g.initializer(2));
    ASSERT_TRUE(halfBytes.ok());
    ASSERT_EQ(halfBytes->size(), 4);
    std::uint16_t h[2];
    std::memcpy(h, halfBytes->constData(), sizeof h);
    EXPECT_EQ(h[0], 0x3c00);
    EXPECT_EQ(h[1], 0xc000);
}

TEST_F(OnnxModelTest, OpeningDoesNotReadTheWeightsIntoMemory)
{
    // 192 MiB of weights; open and analyze must not make them resident.
    const std::int64_t rows = 4096, cols = 12288;
    {
        auto source = mltest::makeLinearModel(rows, cols);
        ASSERT_TRUE(mltest::writeProto(source, file("big.onnx")));
    }
    const std::int64_t before = residentBytes();
    auto model = OnnxModel::open(file("big.onnx"));
    ASSERT_TRUE(model.ok()) << model.errorMessage().toStdString();
    const ModelFacts facts = analyzeModel(*model.value());
    const std::int64_t grown = residentBytes() - before;
    EXPECT_EQ(facts.paramCount, rows * cols);
    EXPECT_EQ(model.value()->deferredBytes(), static_cast<std::uint64_t>(rows * cols * 4));
    EXPECT_LT(grown, 24 << 20) << "opening grew the resident set by " << grown << " bytes";
}

TEST_F(OnnxModelTest, RefusesWhatIsNotAModelNamingTheFile)
{
    struct Case {
        const char *name;
        QByteArray bytes;
        const char *reason;
    };
    const Case cases[] = {
            {"empty.onnx", QByteArray(), "empty"},
            {"text.onnx", QByteArray("hello, this is not protobuf\n"), "not an ONNX model"},
            {"nograph.onnx", QByteArray("\x08\x08", 2), "no graph"}, // ir_version = 8, nothing else
    };
    for (const auto &c : cases) {
        QFile f(file(c.name));
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(c.bytes);
        f.close();
        auto model = OnnxModel::open(f.fileName());
        ASSERT_FALSE(model.ok()) << c.name;
        EXPECT_NE(model.errorMessage().indexOf(QString::fromLatin1(c.name)), -1) << model.errorMessage().toStdString();
        EXPECT_NE(model.errorMessage().indexOf(QString::fromLatin1(c.reason)), -1) << model.errorMessage().toStdString();
    }
    auto missing = OnnxModel::open(file("missing.onnx"));
    ASSERT_FALSE(missing.ok());
    EXPECT_NE(missing.errorMessage().indexOf(QStringLiteral("no such file")), -1);
    auto folder = OnnxModel::open(dir.path());
    ASSERT_FALSE(folder.ok());
    EXPECT_NE(folder.errorMessage().indexOf(QStringLiteral("not a regular file")), -1);
}

TEST_F(OnnxModelTest, SavingUnchangedGivesTheSameProto)
{
    for (bool floatData : {false, true}) {
        const auto source = mltest::makeLinearModel(64, 64, floatData);
        ASSERT_TRUE(mltest::writeProto(source, file("in.onnx")));
        auto model = OnnxModel::open(file("in.onnx"));
        ASSERT_TRUE(model.ok());
        ASSERT_TRUE(model.value()->save(file("out.onnx")).ok());
        onnx::ModelProto reread;
        ASSERT_TRUE(mltest::readProto(file("out.onnx"), reread));
        std::string diff;
        EXPECT_TRUE(mltest::protoEquals(source, reread, &diff)) << diff;
    }
}

TEST_F(OnnxModelTest, SavingOverTheOpenFileKeepsTheMappingValid)
{
    const auto source = mltest::makeLinearModel(128, 64);
    ASSERT_TRUE(mltest::writeProto(source, file("m.onnx")));
    auto model = OnnxModel::open(file("m.onnx"));
    ASSERT_TRUE(model.ok());
    // Atomic save replaces the directory entry; the mapped old file stays readable.
    ASSERT_TRUE(model.value()->save(file("m.onnx")).ok());
    ASSERT_TRUE(model.value()->save(file("m.onnx")).ok());
    onnx::ModelProto reread;
    ASSERT_TRUE(mltest::readProto(file("m.onnx"), reread));
    EXPECT_TRUE(mltest::protoEquals(source, reread));
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("m.onnx")}) << "no temporary left";
}

TEST_F(OnnxModelTest, AFailedSaveLeavesNothingBehind)
{
    const auto source = mltest::makeLinearModel(8, 8);
    ASSERT_TRUE(mltest::writeProto(source, file("m.onnx")));
    auto model = OnnxModel::open(file("m.onnx"));
    ASSERT_TRUE(model.ok());
    auto saved = model.value()->save(file("no/such/folder/out.onnx"));
    ASSERT_FALSE(saved.ok());
    EXPECT_NE(saved.errorMessage().indexOf(QStringLiteral("out.onnx")), -1);
    onnx::ModelProto reread;
    ASSERT_TRUE(mltest::readProto(file("m.onnx"), reread));
    EXPECT_TRUE(mltest::protoEquals(source, reread));
}

// A save counts the bytes it writes against the file's size, for the GUI's progress: the
// total is the serialized size and the count reaches it, also when the weights (here 4 MB,
// deferred in the mapped file) are gathered first.
TEST_F(OnnxModelTest, SaveCountsItsBytes)
{
    const auto source = mltest::makeLinearModel(1024, 1024);
    ASSERT_TRUE(mltest::writeProto(source, file("big.onnx")));
    auto model = OnnxModel::open(file("big.onnx"));
    ASSERT_TRUE(model.ok());
    ProgressCounter progress;
    EXPECT_EQ(progress.total, 0);
    ASSERT_TRUE(writeModelFile(*model.value(), file("out.onnx"), &progress).ok());
    const qint64 size = QFileInfo(file("out.onnx")).size();
    EXPECT_GT(size, 4 * 1024 * 1024);
    // Counted: the weights gathered from the source file, then the bytes written.
    EXPECT_EQ(progress.done, progress.total);
    const auto deferred = static_cast<qint64>(model.value()->deferredBytes());
    EXPECT_GE(deferred, 4 * 1024 * 1024);
    EXPECT_GE(progress.total - size, deferred);
    EXPECT_LE(progress.total - size, deferred + 256) << "a tensor's header bytes at most besides its payload";
    onnx::ModelProto reread;
    ASSERT_TRUE(mltest::readProto(file("out.onnx"), reread));
    EXPECT_TRUE(mltest::protoEquals(source, reread)) << "the same bytes as save()";
}

TEST_F(OnnxModelTest, NodeIdsSurviveEditsClonesAndRestores)
{
    auto source = mltest::makeLinearModel(4, 4);
    auto *iff = source.mutable_graph()->add_node();
    iff->set_op_type("If");
    auto *branch = iff->add_attribute();
    branch->set_name("then_branch");
    branch->set_type(onnx::AttributeProto::GRAPH);
    branch->mutable_g()->add_node()->set_op_type("Identity");
    ASSERT_TRUE(mltest::writeProto(source, file("m.onnx")));
    auto opened = OnnxModel::open(file("m.onnx"));
    ASSERT_TRUE(opened.ok());
    OnnxModel &model = *opened.value();
    EXPECT_EQ(model.nodeIdsInOrder(), (std::vector<NodeId>{0, 1, 2, 3}));
    const ModelFacts facts = analyzeModel(model);
    ASSERT_EQ(facts.nodes.size(), 4u);
    for (std::size_t i = 0; i < facts.nodes.size(); ++i)
        EXPECT_EQ(facts.nodes[i].id, static_cast<NodeId>(i)) << "facts list nodes in id order at open";

    const onnx::ModelProto before = model.proto();
    const std::vector<NodeId> beforeIds = model.nodeIdsInOrder();
    // Delete "matmul" (id 0), add a node: the others keep their ids, the new one is fresh.
    auto *nodes = model.mutableProto().mutable_graph()->mutable_node();
    model.forgetNode(nodes->Get(0));
    nodes->DeleteSubrange(0, 1);
    model.mutableProto().mutable_graph()->add_node()->set_op_type("Neg");
    model.syncNodeIds();
    EXPECT_EQ(model.nodeIdsInOrder(), (std::vector<NodeId>{1, 2, 4, 3}));
    EXPECT_EQ(model.node(0), nullptr);
    EXPECT_EQ(model.node(1)->name(), "relu");
    EXPECT_EQ(model.node(4)->op_type(), "Neg");

    auto copy = model.clone();
    EXPECT_EQ(copy->nodeIdsInOrder(), model.nodeIdsInOrder());
    EXPECT_NE(copy->node(1), model.node(1)) << "a clone owns its proto";
    EXPECT_TRUE(copy->tensorBytes(copy->proto().graph().initializer(0)).ok()) << "and shares the file";

    model.restore(before, beforeIds);
    EXPECT_EQ(model.nodeIdsInOrder(), beforeIds);
    EXPECT_EQ(model.node(0)->name(), "matmul");
    EXPECT_TRUE(mltest::protoEquals(model.proto(), before));
    model.mutableProto().mutable_graph()->add_node();
    model.syncNodeIds();
    EXPECT_EQ(model.nodeIdsInOrder(), (std::vector<NodeId>{0, 1, 2, 5, 3})) << "ids are never reused";
}
