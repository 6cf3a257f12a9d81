// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportTestSupport.h"

#include "../history/HistoryTestSupport.h"

#include <QFile>
#include <QStandardPaths>

#include <random>

using namespace Qt::StringLiterals;

namespace ml::test {

QStringList injectionStrings()
{
    return {u"<script>alert(1)</script>"_s,
            u"<img src=x onerror=alert(2)>"_s,
            u"</script><script>alert(3)</script>"_s,
            u"pipe|in|name"_s,
            u"tick`code`tick"_s,
            u"@someone"_s,
            u"#123"_s,
            u"=cmd()"_s,
            u"+SUM(A1:A2)"_s,
            u"-1+2"_s,
            u"@SUM(1)"_s,
            u"line\nbreak, \"quoted\""_s};
}

onnx::ModelProto chainModel(const QStringList &nodeNames)
{
    onnx::ModelProto m;
    m.set_ir_version(8);
    m.set_producer_name("report-tests <img src=x onerror=alert(2)>");
    m.set_doc_string("<img src=x onerror=alert(2)> and </script><script>alert(4)</script>");
    auto *meta = m.add_metadata_props();
    meta->set_key("<b>owner</b>");
    meta->set_value("@someone #123 </script>");
    m.add_opset_import()->set_version(17);
    onnx::GraphProto *g = m.mutable_graph();
    g->set_name("chain");
    auto addValue = [](google::protobuf::RepeatedPtrField<onnx::ValueInfoProto> *list, const std::string &name) {
        onnx::ValueInfoProto *v = list->Add();
        v->set_name(name);
        auto *t = v->mutable_type()->mutable_tensor_type();
        t->set_elem_type(onnx::TensorProto::FLOAT);
        t->mutable_shape()->add_dim()->set_dim_value(1);
        t->mutable_shape()->add_dim()->set_dim_value(8);
    };
    addValue(g->mutable_input(), "x");
    std::string previous = "x";
    for (int i = 0; i < nodeNames.size(); ++i) {
        onnx::NodeProto *n = g->add_node();
        n->set_name(nodeNames[i].toStdString());
        n->set_op_type("Relu");
        n->set_doc_string("<img src=x onerror=alert(2)>");
        n->add_input(previous);
        previous = i + 1 == nodeNames.size() ? std::string("y") : "t" + std::to_string(i);
        n->add_output(previous);
    }
    addValue(g->mutable_output(), "y");
    return m;
}

RunRecord chainRun(const QString &modelPath, const QStringList &nodeNames, double baseMs, unsigned seed, int rounds, int perRound,
                   int slowLayer, double factor)
{
    RunRecord rec;
    RunResult r = syntheticResult(rounds * perRound, int(nodeNames.size()), baseMs, seed);
    std::mt19937 rng(seed * 7 + 1);
    std::normal_distribution<double> noise(0.0, 0.01);
    auto &layers = r.layers->layers;
    // syntheticResult sorts its rows by time: give them the chain's names in node order.
    for (std::size_t i = 0; i < layers.size(); ++i) {
        layers[i].node = nodeNames[int(i)];
        layers[i].nodeIndex = int(i);
        layers[i].opType = u"Relu"_s;
        layers[i].kernels = QStringList{nodeNames[int(i)] + u"_kernel_time"_s};
        layers[i].meanMs = baseMs / double(layers.size()) * (1.0 + 0.05 * double(i % 4)) * (int(i) == slowLayer ? factor : 1.0);
        layers[i].medianMs = layers[i].meanMs;
    }
    r.layers->finish();
    // finish() sorted the rows; the rounds' layer means follow the stored row order.
    for (int k = 0; k < rounds; ++k) {
        RunRound round;
        round.latenciesMs.assign(r.latenciesMs.begin() + k * perRound, r.latenciesMs.begin() + (k + 1) * perRound);
        for (const LayerTiming &l : layers)
            round.layerMeansMs.push_back(l.meanMs * (1.0 + noise(rng)));
        rec.rounds.push_back(std::move(round));
    }
    rec.result = std::move(r);
    rec.modelPath = modelPath;
    rec.durationMs = 1000;
    rec.tags = QStringList{u"<script>alert(1)</script>"_s, u"@someone"_s, u"=cmd()"_s};
    rec.note = u"note | `x` #123 @someone </script><script>alert(5)</script>"_s;
    return rec;
}

std::unique_ptr<ReportHistory> makeReportHistory()
{
    auto h = std::make_unique<ReportHistory>();
    if (!h->dir.isValid())
        return h;
    h->dbPath = h->dir.filePath(u"history.sqlite"_s);
    h->modelPath = h->dir.filePath(u"injection.onnx"_s);
    const QStringList names = injectionStrings();
    {
        const std::string bytes = chainModel(names).SerializeAsString();
        QFile f(h->modelPath);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes.data(), qint64(bytes.size())) != qint64(bytes.size()))
            return h;
    }
    auto opened = HistoryStore::open(h->dbPath);
    if (!opened)
        return h;
    h->store = std::move(opened.value());
    auto a = h->store->recordRun(chainRun(h->modelPath, names, 2.0, 1, 5, 200));
    RunRecord slower = chainRun(h->modelPath, names, 2.4, 2, 5, 200, 0, 3.0);
    slower.result->settings.insert(u"intra_op_threads"_s, 4);
    auto b = h->store->recordRun(slower);
    if (!a || !b)
        return h;
    h->runA = a.value();
    h->runB = b.value();
    h->ok = true;
    return h;
}

QString findTool(const QStringList &names)
{
    for (const QString &n : names)
        if (const QString path = QStandardPaths::findExecutable(n); !path.isEmpty())
            return path;
    return QString();
}

} // namespace ml::test
