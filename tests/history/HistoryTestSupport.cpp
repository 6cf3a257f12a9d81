// SPDX-License-Identifier: GPL-3.0-or-later
#include "HistoryTestSupport.h"

#include <QFileInfo>
#include <QJsonObject>

#include <random>

using namespace Qt::StringLiterals;

namespace ml::test {

QString sharedModel(const QString &name)
{
    const QString path = QStringLiteral(MODELLENS_SHARED_MODELS) + u'/' + name;
    return QFileInfo(path).isFile() ? QFileInfo(path).absoluteFilePath() : QString();
}

RunResult syntheticResult(int iterations, int layers, double baseMs, unsigned seed)
{
    std::mt19937 rng(seed);
    std::normal_distribution<double> noise(0.0, baseMs * 0.02);
    RunResult r;
    r.backend = u"onnxruntime"_s;
    r.backendVersion = u"1.30.0"_s;
    r.settings = QJsonObject{{u"backend"_s, u"ort"_s},
                             {u"model"_s, u"/work/models/x.onnx"_s},
                             {u"work_dir"_s, u"/tmp/modellens-job-%1"_s.arg(seed)},
                             {u"result"_s, u"/tmp/modellens-job-%1/result.json"_s.arg(seed)},
                             {u"execution_provider"_s, u"CPUExecutionProvider"_s},
                             {u"optimization_level"_s, u"all"_s},
                             {u"intra_op_threads"_s, 2},
                             {u"iterations"_s, iterations},
                             {u"warmup_iterations"_s, 5}};
    r.providers = QStringList{u"CPUExecutionProvider"_s};
    r.buildMs = 600 + seed % 7;
    r.firstRunMs = baseMs * 3;
    r.warmupIterations = 5;
    for (int i = 0; i < iterations; ++i)
        r.latenciesMs.push_back(baseMs + noise(rng));
    r.peakRssBytes = 123456789;
    r.finish(0.05);
    if (layers > 0) {
        LayerReport report;
        report.runs = iterations;
        for (int i = 0; i < layers; ++i) {
            LayerTiming l;
            l.node = u"/block%1/Conv"_s.arg(i);
            l.nodeIndex = i;
            l.opType = i % 3 ? u"Conv"_s : u"Relu"_s;
            l.meanMs = baseMs / layers * (1.0 + 0.01 * (i % 5));
            l.medianMs = l.meanMs * 0.99;
            l.callsPerRun = 1;
            l.kernels << l.node;
            report.layers.push_back(l);
        }
        report.endToEndMs = r.latency.mean;
        report.endToEndMedianMs = r.latency.median;
        report.finish();
        r.layers = report;
    }
    return r;
}

} // namespace ml::test
