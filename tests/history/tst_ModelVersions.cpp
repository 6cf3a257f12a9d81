// SPDX-License-Identifier: GPL-3.0-or-later
// Model versions: sha256 (against the corpus' index.json), structural signature, the
// weight-stripped graph kept in the database, the hash cache, lineages and edited models.
#include "HistoryStore.h"
#include "HistoryTestSupport.h"
#include "ModelIdentity.h"
#include "OnnxModel.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QThread>

#include <gtest/gtest.h>

#include <fcntl.h>
#include <sys/stat.h>

using namespace ml;
using namespace Qt::StringLiterals;

namespace {

QJsonObject indexEntry(const QString &name)
{
    QFile f(QStringLiteral(MODELLENS_SHARED_MODELS) + u"/index.json"_s);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    for (const auto &m : QJsonDocument::fromJson(f.readAll()).object().value(u"models"_s).toArray())
        if (m.toObject().value(u"name"_s).toString() == name)
            return m.toObject();
    return {};
}

RunRecord runOf(const QString &model, unsigned seed)
{
    RunRecord rec;
    rec.result = test::syntheticResult(20, 2, 1.5, seed);
    rec.modelPath = model;
    return rec;
}

TEST(ModelIdentity, Sha256AndFactsMatchTheCorpusIndex)
{
    for (const char *name : {"squeezenet1_0.onnx", "scripted_nested_loop_if.onnx", "bert_like_encoder_2l_tied.onnx"}) {
        const QString path = test::sharedModel(QString::fromLatin1(name));
        if (path.isEmpty())
            GTEST_SKIP() << "shared corpus not found";
        const QJsonObject expected = indexEntry(QString::fromLatin1(name));
        auto id = ModelIdentity::ofFile(path);
        ASSERT_TRUE(id) << id.errorMessage().toStdString();
        EXPECT_EQ(id->sha256, expected.value(u"sha256"_s).toString()) << name;
        EXPECT_EQ(id->nodeCount, expected.value(u"nodes_total"_s).toInt()) << name;
        EXPECT_EQ(id->sizeBytes, expected.value(u"total_bytes"_s).toInteger()) << name;
        EXPECT_EQ(id->producer, expected.value(u"producer"_s).toString()) << name;
        EXPECT_EQ(id->opsets, expected.value(u"opset_import"_s).toObject()) << name;
        EXPECT_EQ(id->signature.size(), 64);
    }
}

TEST(ModelIdentity, HashesExternalDataToo)
{
    ML_REQUIRE_MODEL(source, "conv_dynhw.onnx");
    QTemporaryDir dir;
    auto model = OnnxModel::open(source);
    ASSERT_TRUE(model);
    // Saving to another folder with an external tensor copies its bytes into "<name>.data".
    auto proto = model.value()->materialize();
    ASSERT_TRUE(proto);
    onnx::TensorProto *big = nullptr;
    for (auto &t : *proto->mutable_graph()->mutable_initializer())
        if (!big || t.raw_data().size() > big->raw_data().size())
            big = &t;
    ASSERT_NE(big, nullptr);
    QFile data(dir.filePath(u"ext.onnx.data"_s));
    ASSERT_TRUE(data.open(QIODevice::WriteOnly));
    data.write(QByteArray::fromStdString(big->raw_data()));
    data.close();
    const auto length = big->raw_data().size();
    big->clear_raw_data();
    big->set_data_location(onnx::TensorProto::EXTERNAL);
    auto *loc = big->add_external_data();
    loc->set_key("location");
    loc->set_value("ext.onnx.data");
    auto *len = big->add_external_data();
    len->set_key("length");
    len->set_value(std::to_string(length));
    QFile out(dir.filePath(u"ext.onnx"_s));
    ASSERT_TRUE(out.open(QIODevice::WriteOnly));
    out.write(QByteArray::fromStdString(proto->SerializeAsString()));
    out.close();

    auto id = ModelIdentity::ofFile(dir.filePath(u"ext.onnx"_s));
    ASSERT_TRUE(id) << id.errorMessage().toStdString();
    ASSERT_EQ(id->externalFiles.size(), 1);
    EXPECT_EQ(id->sha256, ModelIdentity::hashFiles({dir.filePath(u"ext.onnx"_s), dir.filePath(u"ext.onnx.data"_s)}).value());
    // Same structure as the original: the weights moved, the graph did not.
    EXPECT_EQ(id->signature, ModelIdentity::ofFile(source)->signature);
    // Other weight bytes: another sha256, the same signature.
    ASSERT_TRUE(data.open(QIODevice::ReadWrite));
    data.seek(0);
    data.write("\x01\x02\x03\x04", 4);
    data.close();
    auto changed = ModelIdentity::ofFile(dir.filePath(u"ext.onnx"_s));
    ASSERT_TRUE(changed);
    EXPECT_NE(changed->sha256, id->sha256);
    EXPECT_EQ(changed->signature, id->signature);
}

TEST(ModelIdentity, SignatureSeesStructureNotWeightsOrNames)
{
    ML_REQUIRE_MODEL(source, "conv_dynhw.onnx");
    auto model = OnnxModel::open(source);
    ASSERT_TRUE(model);
    onnx::ModelProto m = model.value()->proto();
    const QString base = ModelIdentity::signatureOf(m);
    onnx::ModelProto renamed = m;
    renamed.mutable_graph()->mutable_node(0)->set_name("another name");
    renamed.mutable_graph()->mutable_node(0)->set_doc_string("notes");
    EXPECT_EQ(ModelIdentity::signatureOf(renamed), base);
    onnx::ModelProto reweighted = m;
    reweighted.mutable_graph()->mutable_initializer(0)->set_raw_data(std::string(16, '\x7f'));
    EXPECT_EQ(ModelIdentity::signatureOf(reweighted), base);
    onnx::ModelProto attribute = m;
    for (auto &a : *attribute.mutable_graph()->mutable_node(0)->mutable_attribute())
        if (a.ints_size())
            a.set_ints(0, a.ints(0) + 1);
    EXPECT_NE(ModelIdentity::signatureOf(attribute), base);
    onnx::ModelProto shape = m;
    shape.mutable_graph()
            ->mutable_input(0)
            ->mutable_type()
            ->mutable_tensor_type()
            ->mutable_shape()
            ->mutable_dim(0)
            ->set_dim_value(8);
    EXPECT_NE(ModelIdentity::signatureOf(shape), base);
    onnx::ModelProto op = m;
    op.mutable_graph()->mutable_node(1)->set_op_type("Sigmoid");
    EXPECT_NE(ModelIdentity::signatureOf(op), base);
}

TEST(HistoryVersions, KeepsAWeightStrippedGraphThatOutlivesTheFile)
{
    ML_REQUIRE_MODEL(source, "resnet18_dynbatch.onnx");
    QTemporaryDir dir;
    const QString copy = dir.filePath(u"resnet.onnx"_s);
    ASSERT_TRUE(QFile::copy(source, copy));
    auto store = HistoryStore::open(dir.filePath(u"h.sqlite"_s));
    ASSERT_TRUE(store);
    auto id = store.value()->recordRun(runOf(copy, 1));
    ASSERT_TRUE(id) << id.errorMessage().toStdString();
    ASSERT_TRUE(QFile::remove(copy));

    auto run = store.value()->loadRun(id.value());
    ASSERT_TRUE(run);
    auto version = store.value()->version(run->summary.versionId);
    ASSERT_TRUE(version);
    EXPECT_EQ(version->fileName, u"resnet.onnx"_s);
    EXPECT_EQ(version->sha256, indexEntry(u"resnet18_dynbatch.onnx"_s).value(u"sha256"_s).toString());
    EXPECT_EQ(version->nodeCount, 49);
    auto blob = store.value()->versionGraph(version->id);
    ASSERT_TRUE(blob);
    EXPECT_LT(blob->size(), 200 * 1024) << "46 MB of weights must not be kept";
    auto graph = ModelIdentity::readGraph(blob.value());
    ASSERT_TRUE(graph) << graph.errorMessage().toStdString();
    EXPECT_EQ(graph->graph().node_size(), 49);
    EXPECT_EQ(ModelIdentity::signatureOf(graph.value()), version->signature);
    for (const auto &t : graph->graph().initializer()) {
        EXPECT_NE(t.data_location(), onnx::TensorProto::EXTERNAL) << t.name() << " still points into the deleted file";
        EXPECT_GT(t.dims_size(), 0) << t.name();
    }
}

TEST(HistoryVersions, CachesTheHashAndFollowsALineage)
{
    ML_REQUIRE_MODEL(conv, "conv_dynhw.onnx");
    ML_REQUIRE_MODEL(squeeze, "squeezenet1_0.onnx");
    QTemporaryDir dir;
    const QString path = dir.filePath(u"model.onnx"_s);
    ASSERT_TRUE(QFile::copy(conv, path));
    auto store = HistoryStore::open(dir.filePath(u"h.sqlite"_s));
    ASSERT_TRUE(store);
    auto a = store.value()->recordRun(runOf(path, 1));
    ASSERT_TRUE(a);
    // Same path, size and mtime: the cache answers, so a corruption the stat cannot see goes
    // unnoticed, which is how we know the file was not read again.
    {
        struct stat before {};
        ASSERT_EQ(::stat(QFile::encodeName(path).constData(), &before), 0);
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::ReadWrite));
        f.seek(100);
        const QByteArray old = f.read(1);
        f.seek(100);
        f.write(QByteArray(1, char(old.at(0) ^ 0x55)));
        f.close();
        const struct timespec times[2] = {before.st_atim, before.st_mtim};
        ASSERT_EQ(::utimensat(AT_FDCWD, QFile::encodeName(path).constData(), times, 0), 0);
    }
    auto b = store.value()->recordRun(runOf(path, 2));
    ASSERT_TRUE(b);
    EXPECT_EQ(store.value()->loadRun(a.value())->summary.versionId, store.value()->loadRun(b.value())->summary.versionId);

    // Overwritten with another model: a new version of the same lineage.
    ASSERT_TRUE(QFile::remove(path));
    ASSERT_TRUE(QFile::copy(squeeze, path));
    auto c = store.value()->recordRun(runOf(path, 3));
    ASSERT_TRUE(c) << c.errorMessage().toStdString();
    const RunSummary sa = store.value()->loadRun(a.value())->summary, sc = store.value()->loadRun(c.value())->summary;
    EXPECT_NE(sa.versionId, sc.versionId);
    EXPECT_EQ(sa.modelId, sc.modelId);
    EXPECT_EQ(sc.versionSha256, indexEntry(u"squeezenet1_0.onnx"_s).value(u"sha256"_s).toString());
    auto versions = store.value()->versions(sa.modelId);
    ASSERT_TRUE(versions);
    EXPECT_EQ(versions->size(), 2u);
    ASSERT_TRUE(store.value()->setVersionLabel(sc.versionId, u"v2"_s));
    RunFilter byLabel;
    byLabel.version = u"v2"_s;
    EXPECT_EQ(store.value()->countRuns(byLabel).value(), 1);
}

TEST(HistoryVersions, AnEditedModelIsItsOwnVersionLinkedToItsFile)
{
    ML_REQUIRE_MODEL(source, "squeezenet1_0.onnx");
    QTemporaryDir dir;
    auto store = HistoryStore::open(dir.filePath(u"h.sqlite"_s));
    ASSERT_TRUE(store);
    auto model = OnnxModel::open(source);
    ASSERT_TRUE(model);
    onnx::ModelProto edited = model.value()->proto(); // as a tab holds it: weights deferred
    edited.mutable_graph()->mutable_node(0)->set_name("renamed_conv");
    edited.mutable_graph()->mutable_output(0)->set_name("logits");
    edited.mutable_graph()->mutable_node(edited.graph().node_size() - 1)->set_output(0, "logits");
    RunRecord rec = runOf(source, 4);
    rec.editedModel = QByteArray::fromStdString(edited.SerializeAsString());
    auto id = store.value()->recordRun(rec);
    ASSERT_TRUE(id) << id.errorMessage().toStdString();
    auto plain = store.value()->recordRun(runOf(source, 5));
    ASSERT_TRUE(plain);

    const RunSummary e = store.value()->loadRun(id.value())->summary, p = store.value()->loadRun(plain.value())->summary;
    EXPECT_TRUE(e.edited);
    EXPECT_FALSE(p.edited);
    EXPECT_EQ(e.modelId, p.modelId) << "one lineage";
    auto version = store.value()->version(e.versionId);
    ASSERT_TRUE(version);
    EXPECT_TRUE(version->edited);
    EXPECT_EQ(version->parentId, p.versionId);
    EXPECT_NE(version->signature, store.value()->version(p.versionId)->signature);
    auto graph = ModelIdentity::readGraph(store.value()->versionGraph(e.versionId).value());
    ASSERT_TRUE(graph);
    EXPECT_EQ(graph->graph().output(0).name(), "logits");
}

} // namespace
