// SPDX-License-Identifier: GPL-3.0-or-later
// Importing runs made elsewhere: trtexec (TensorRT 8 and 10), ONNX Runtime profiles,
// onnxruntime_perf_test result files, modellens-cli profile --json; and refusals.
#include "HistoryStore.h"
#include "HistoryTestSupport.h"
#include "RunImporter.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace ml;
using namespace Qt::StringLiterals;

namespace {

QString fixture(const QString &name) { return QStringLiteral(MODELLENS_HISTORY_FIXTURES) + u'/' + name; }
QString trtFixture(const QString &name) { return QStringLiteral(MODELLENS_ENGINE_FIXTURES) + u"/trtexec/"_s + name; }

QByteArray contents(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

const LayerTiming *row(const RunResult &r, const QString &kernel)
{
    for (const auto &l : r.layers->layers)
        if (l.kernels.contains(kernel))
            return &l;
    return nullptr;
}

TEST(Import, DetectsEachFormatByContent)
{
    using K = RunImporter::Kind;
    EXPECT_EQ(RunImporter::detect(contents(trtFixture(u"times_v10.json"_s))), K::TrtexecTimes);
    EXPECT_EQ(RunImporter::detect(contents(trtFixture(u"times_v8.json"_s))), K::TrtexecTimes);
    EXPECT_EQ(RunImporter::detect(contents(trtFixture(u"profile_v10.json"_s))), K::TrtexecProfile);
    EXPECT_EQ(RunImporter::detect(contents(trtFixture(u"profile_v8.json"_s))), K::TrtexecProfile);
    EXPECT_EQ(RunImporter::detect(contents(trtFixture(u"layers_v10.json"_s))), K::TrtexecLayerInfo);
    EXPECT_EQ(RunImporter::detect(contents(trtFixture(u"layers_v8.json"_s))), K::TrtexecLayerInfo);
    EXPECT_EQ(RunImporter::detect(contents(trtFixture(u"console_v10.txt"_s))), K::TrtexecConsole);
    EXPECT_EQ(RunImporter::detect(contents(trtFixture(u"console_v8.txt"_s))), K::TrtexecConsole);
    EXPECT_EQ(RunImporter::detect(contents(fixture(u"ort_profile_conv_dynhw.json"_s))), K::OrtProfile);
    QByteArray cut = contents(fixture(u"ort_profile_conv_dynhw.json"_s));
    cut.chop(4); // ONNX Runtime killed before its closing bracket
    EXPECT_EQ(RunImporter::detect(cut), K::OrtProfile);
    EXPECT_EQ(RunImporter::detect(contents(fixture(u"perf_test_result.txt"_s))), K::PerfTest);
    EXPECT_EQ(RunImporter::detect(contents(fixture(u"modellens_profile.json"_s))), K::ModelLensJson);
    EXPECT_EQ(RunImporter::detect(contents(fixture(u"not_a_run.json"_s))), K::Unknown);
    EXPECT_EQ(RunImporter::detect(contents(fixture(u"notes.txt"_s))), K::Unknown);
    EXPECT_EQ(RunImporter::detect(QByteArray()), K::Unknown);
}

TEST(Import, RefusesAFileThatIsNoneOfThemNamingIt)
{
    for (const QString &name : {u"not_a_run.json"_s, u"notes.txt"_s}) {
        auto r = RunImporter::read({fixture(name)});
        ASSERT_FALSE(r);
        EXPECT_TRUE(r.errorMessage().startsWith(fixture(name) + u" is none of the files ModelLens imports"_s))
                << r.errorMessage().toStdString();
    }
    // One bad file among good ones refuses the lot.
    EXPECT_FALSE(RunImporter::read({trtFixture(u"times_v10.json"_s), fixture(u"notes.txt"_s)}));
    auto missing = RunImporter::read({fixture(u"nope.json"_s)});
    ASSERT_FALSE(missing);
    EXPECT_TRUE(missing.errorMessage().contains(u"nope.json"_s));
}

TEST(Import, TrtexecTen_AllFilesMakeOneRunMappedToNodes)
{
    ML_REQUIRE_MODEL(model, "resnet18_dynbatch.onnx");
    auto runs = RunImporter::read({trtFixture(u"times_v10.json"_s), trtFixture(u"profile_v10.json"_s),
                                   trtFixture(u"layers_v10.json"_s), trtFixture(u"console_v10.txt"_s)},
                                  model);
    ASSERT_TRUE(runs) << runs.errorMessage().toStdString();
    ASSERT_EQ(runs->size(), 1u);
    const RunRecord &rec = runs->front();
    EXPECT_EQ(rec.source, u"import:trtexec"_s);
    EXPECT_EQ(rec.sourceFiles.size(), 4);
    EXPECT_EQ(rec.modelPath, model);
    const RunResult &r = *rec.result;
    EXPECT_EQ(r.backend, u"tensorrt"_s);
    EXPECT_FALSE(r.backendVersion.isEmpty());
    EXPECT_GT(r.latenciesMs.size(), 0u);
    EXPECT_EQ(r.latency.count, int(r.latenciesMs.size()));
    EXPECT_TRUE(r.extraTimes.count(u"gpu_compute"_s));
    ASSERT_TRUE(r.layers);
    // The reformatting layer stays a row, attributed to the node it feeds.
    const LayerTiming *reformat = row(r, u"Reformatting CopyNode for Input Tensor 0 to /conv1/Conv + /relu/Relu"_s);
    ASSERT_NE(reformat, nullptr);
    EXPECT_TRUE(reformat->mapped);
    EXPECT_EQ(reformat->node, u"/conv1/Conv"_s);
    const LayerTiming *conv = row(r, u"/conv1/Conv + /relu/Relu"_s);
    ASSERT_NE(conv, nullptr);
    EXPECT_EQ(conv->node, u"/conv1/Conv"_s);
    EXPECT_EQ(conv->fusedNodes, QStringList{u"/relu/Relu"_s});
    EXPECT_EQ(rec.environment.value(u"origin"_s).toString(), u"imported"_s);

    QTemporaryDir dir;
    auto store = HistoryStore::open(dir.filePath(u"h.sqlite"_s));
    ASSERT_TRUE(store);
    auto id = store.value()->recordRun(rec);
    ASSERT_TRUE(id) << id.errorMessage().toStdString();
    auto back = store.value()->loadRun(id.value());
    ASSERT_TRUE(back);
    EXPECT_EQ(back->summary.source, u"import:trtexec"_s);
    EXPECT_EQ(back->summary.provider, u"TensorRT"_s);
    EXPECT_EQ(back->sourceFiles, rec.sourceFiles);
    EXPECT_EQ(back->result.layers->layers.size(), r.layers->layers.size());
    EXPECT_EQ(back->machine.value(u"origin"_s).toString(), u"imported"_s);
    EXPECT_TRUE(back->machine.value(u"cpu"_s).toString().isEmpty()) << "not this machine's CPU";
}

TEST(Import, TrtexecEight_WithoutTheModel)
{
    auto runs = RunImporter::read(
            {trtFixture(u"times_v8.json"_s), trtFixture(u"profile_v8.json"_s), trtFixture(u"layers_v8.json"_s)});
    ASSERT_TRUE(runs) << runs.errorMessage().toStdString();
    ASSERT_EQ(runs->size(), 1u);
    const RunResult &r = *runs->front().result;
    EXPECT_TRUE(runs->front().modelPath.isEmpty());
    ASSERT_TRUE(r.layers);
    EXPECT_FALSE(r.layers->layers.empty());
    for (const auto &l : r.layers->layers)
        EXPECT_FALSE(l.mapped);
    EXPECT_FALSE(r.warnings.isEmpty()) << "v8 times include the warm-up: said so";
}

TEST(Import, TrtexecParallelAndCopyLayersAreRowsAttributedWhereTheyCanBe)
{
    ML_REQUIRE_MODEL(model, "resnet18_dynbatch.onnx");
    auto runs = RunImporter::read({fixture(u"trtexec_parallel_profile_v10.json"_s)}, model);
    ASSERT_TRUE(runs) << runs.errorMessage().toStdString();
    const RunResult &r = *runs->front().result;
    ASSERT_TRUE(r.layers);
    EXPECT_EQ(r.layers->layers.size(), 7u) << "every engine layer is a row";
    const LayerTiming *parallel = row(
            r, u"/layer2/layer2.0/conv1/Conv + /layer2/layer2.0/relu/Relu || /layer2/layer2.0/downsample/downsample.0/Conv"_s);
    ASSERT_NE(parallel, nullptr);
    EXPECT_TRUE(parallel->mapped);
    EXPECT_EQ(parallel->node, u"/layer2/layer2.0/conv1/Conv"_s);
    EXPECT_TRUE(parallel->fusedNodes.contains(u"/layer2/layer2.0/relu/Relu"_s));
    EXPECT_TRUE(parallel->fusedNodes.contains(u"/layer2/layer2.0/downsample/downsample.0/Conv"_s));
    const LayerTiming *copy = row(r, u"/layer1/layer1.1/relu_1/Relu_output_0 copy"_s);
    ASSERT_NE(copy, nullptr);
    EXPECT_TRUE(copy->mapped);
    EXPECT_EQ(copy->node, u"/layer1/layer1.1/relu_1/Relu"_s);
    const LayerTiming *foreign = row(r, u"{ForeignNode[/layer3/layer3.0/conv1/Conv.../layer3/layer3.0/relu_1/Relu]}"_s);
    ASSERT_NE(foreign, nullptr);
    EXPECT_EQ(foreign->node, u"/layer3/layer3.0/conv1/Conv"_s);
    EXPECT_GE(foreign->fusedNodes.size(), 4);
    const LayerTiming *scratch = row(r, u"myelin_scratch_copy 2"_s);
    ASSERT_NE(scratch, nullptr);
    EXPECT_FALSE(scratch->mapped);
    EXPECT_EQ(scratch->node, u"myelin_scratch_copy 2"_s);
    double shares = 0;
    for (const auto &l : r.layers->layers)
        shares += l.share;
    EXPECT_NEAR(shares, 1.0, 1e-9);
}

TEST(Import, OrtProfileMappedToTheModel)
{
    ML_REQUIRE_MODEL(model, "conv_dynhw.onnx");
    auto runs = RunImporter::read({fixture(u"ort_profile_conv_dynhw.json"_s)}, model);
    ASSERT_TRUE(runs) << runs.errorMessage().toStdString();
    ASSERT_EQ(runs->size(), 1u);
    const RunResult &r = *runs->front().result;
    EXPECT_EQ(runs->front().source, u"import:ort-profile"_s);
    EXPECT_EQ(r.latenciesMs.size(), 3u) << "the first of the 4 model_runs is the first inference";
    EXPECT_GT(r.firstRunMs, r.latency.max);
    ASSERT_TRUE(r.layers);
    ASSERT_EQ(r.layers->layers.size(), 9u);
    for (const auto &l : r.layers->layers)
        EXPECT_TRUE(l.mapped) << l.node.toStdString();
    const auto first = std::find_if(r.layers->layers.begin(), r.layers->layers.end(),
                                    [](const auto &l) { return l.node == u"/body/body.0/Conv"; });
    ASSERT_NE(first, r.layers->layers.end());
    EXPECT_NEAR(first->meanMs, 0.100, 1e-9); // 100 us in each measured run
    EXPECT_EQ(first->opType, u"Conv"_s);
}

TEST(Import, OrtProfileWithoutTheModel)
{
    auto runs = RunImporter::read({fixture(u"ort_profile_conv_dynhw.json"_s)});
    ASSERT_TRUE(runs) << runs.errorMessage().toStdString();
    const RunResult &r = *runs->front().result;
    ASSERT_TRUE(r.layers);
    EXPECT_EQ(r.layers->layers.size(), 9u);
    EXPECT_FALSE(r.layers->layers.front().mapped);
}

TEST(Import, PerfTestResultFileWithTwoAppendedRuns)
{
    auto runs = RunImporter::read({fixture(u"perf_test_result.txt"_s)});
    ASSERT_TRUE(runs) << runs.errorMessage().toStdString();
    ASSERT_EQ(runs->size(), 2u);
    const RunResult &a = *runs->at(0).result, &b = *runs->at(1).result;
    EXPECT_EQ(a.latenciesMs.size(), 10u);
    EXPECT_EQ(b.latenciesMs.size(), 5u);
    EXPECT_NEAR(a.latenciesMs.front(), 1.21, 1e-9); // seconds in the file, milliseconds here
    EXPECT_NEAR(b.latency.median, 1.00, 1e-9);
    EXPECT_EQ(a.peakRssBytes, 18534400);
    EXPECT_EQ(runs->at(0).source, u"import:perf-test"_s);
}

TEST(Import, ModelLensJsonFromAnotherMachine)
{
    ML_REQUIRE_MODEL(model, "conv_dynhw.onnx");
    auto runs = RunImporter::read({fixture(u"modellens_profile.json"_s)}, model);
    ASSERT_TRUE(runs) << runs.errorMessage().toStdString();
    ASSERT_EQ(runs->size(), 1u);
    const RunRecord &rec = runs->front();
    EXPECT_EQ(rec.source, u"import:modellens"_s);
    EXPECT_EQ(rec.result->latenciesMs.size(), 10u);
    EXPECT_EQ(rec.result->layers->layers.size(), 3u);
    QTemporaryDir dir;
    auto store = HistoryStore::open(dir.filePath(u"h.sqlite"_s));
    ASSERT_TRUE(store);
    auto id = store.value()->recordRun(rec);
    ASSERT_TRUE(id) << id.errorMessage().toStdString();
    auto back = store.value()->loadRun(id.value());
    ASSERT_TRUE(back);
    EXPECT_EQ(back->summary.provider, u"CUDAExecutionProvider"_s);
    EXPECT_EQ(back->summary.modelName, u"conv_dynhw.onnx"_s);
    EXPECT_FALSE(back->settings.contains(u"work_dir"_s));
    EXPECT_EQ(back->result.latenciesMs, rec.result->latenciesMs);
    // Without --model, the server's path does not exist here: no model version.
    auto loose = RunImporter::read({fixture(u"modellens_profile.json"_s)});
    ASSERT_TRUE(loose);
    EXPECT_TRUE(loose->front().modelPath.isEmpty());
}

} // namespace
