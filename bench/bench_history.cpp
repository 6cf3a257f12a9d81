// SPDX-License-Identifier: GPL-3.0-or-later
// The run history under load (results in docs/BENCHMARKS.md): fills a database with N runs of
// L layers and I iterations each through HistoryStore::recordRun (the run session's entry
// point), timing every store, then times what the history list asks of it on a fresh
// connection: the first page, filters, a count, loading one run; and the file size per run.
//   bench_history [--runs 10000] [--layers 200] [--iterations 1000] [--db FILE] [--keep]
#include "HistoryStore.h"
#include "LatencyStats.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTextStream>

#include <functional>
#include <random>

using namespace Qt::StringLiterals;
using namespace ml;

namespace {

RunResult makeResult(std::mt19937 &rng, int iterations, int layers, double baseMs, int threads)
{
    std::normal_distribution<double> noise(0.0, baseMs * 0.03);
    RunResult r;
    r.backend = u"onnxruntime"_s;
    r.backendVersion = u"1.30.0"_s;
    r.settings = QJsonObject{{u"backend"_s, u"ort"_s},         {u"execution_provider"_s, u"CPUExecutionProvider"_s},
                             {u"intra_op_threads"_s, threads}, {u"iterations"_s, iterations},
                             {u"warmup_iterations"_s, 10},     {u"optimization_level"_s, u"all"_s},
                             {u"per_layer"_s, true},           {u"work_dir"_s, u"/tmp/modellens-job-%1"_s.arg(rng())}};
    r.latenciesMs.reserve(std::size_t(iterations));
    for (int i = 0; i < iterations; ++i)
        r.latenciesMs.push_back(baseMs + noise(rng));
    r.buildMs = 650;
    r.firstRunMs = baseMs * 3;
    r.warmupIterations = 10;
    r.peakRssBytes = 200 << 20;
    r.finish(0.05);
    LayerReport report;
    report.runs = iterations;
    for (int i = 0; i < layers; ++i) {
        LayerTiming l;
        l.node = u"/features/features.%1/conv/Conv"_s.arg(i);
        l.nodeIndex = i;
        l.opType = i % 4 ? u"Conv"_s : u"Relu"_s;
        l.meanMs = baseMs / layers * (0.5 + (i % 7) * 0.15);
        l.medianMs = l.meanMs * 0.98;
        l.callsPerRun = 1;
        l.kernels << l.node;
        report.layers.push_back(l);
    }
    report.endToEndMs = r.latency.mean;
    report.finish();
    r.layers = report;
    return r;
}

struct Timing {
    QString what;
    LatencyStats stats;
    qsizetype rows = 0;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.addOption({u"runs"_s, QString(), u"n"_s, u"10000"_s});
    p.addOption({u"layers"_s, QString(), u"n"_s, u"200"_s});
    p.addOption({u"iterations"_s, QString(), u"n"_s, u"1000"_s});
    p.addOption({u"db"_s, QString(), u"file"_s});
    p.addOption({u"keep"_s, QString()});
    p.addOption({u"no-model"_s, QString()});
    p.process(app);
    QTextStream out(stdout);
    const int runs = p.value(u"runs"_s).toInt(), layers = p.value(u"layers"_s).toInt(),
              iterations = p.value(u"iterations"_s).toInt();
    QTemporaryDir tmp;
    tmp.setAutoRemove(!p.isSet(u"keep"_s));
    const QString db = p.isSet(u"db"_s) ? p.value(u"db"_s) : tmp.filePath(u"history.sqlite"_s);
    QFile::remove(db);
    // Three model lineages (files of the shared corpus when present, else no model).
    const QString models = QStringLiteral(MODELLENS_SHARED_MODELS_DIR);
    QStringList modelPaths;
    for (const char *m : {"squeezenet1_0.onnx", "mobilenet_v3_small.onnx", "resnet18_dynbatch.onnx"})
        if (!p.isSet(u"no-model"_s) && QFileInfo::exists(models + u'/' + QLatin1String(m)))
            modelPaths << models + u'/' + QLatin1String(m);
    if (modelPaths.isEmpty())
        modelPaths << QString();

    std::vector<double> storeMs;
    storeMs.reserve(std::size_t(runs));
    {
        auto store = HistoryStore::open(db);
        if (!store) {
            out << store.errorMessage() << '\n';
            return 2;
        }
        std::mt19937 rng(1);
        const qint64 t0 = QDateTime::currentMSecsSinceEpoch() - qint64(runs) * 600000;
        QElapsedTimer total;
        total.start();
        for (int i = 0; i < runs; ++i) {
            RunRecord rec;
            rec.result = makeResult(rng, iterations, layers, 2.0 + (i % 50) * 0.1, 1 + i % 4);
            rec.modelPath = modelPaths[std::size_t(i) % std::size_t(modelPaths.size())];
            rec.startedAt = QDateTime::fromMSecsSinceEpoch(t0 + qint64(i) * 600000, Qt::UTC);
            rec.durationMs = 3000;
            if (i % 10 == 0)
                rec.tags << u"nightly"_s;
            if (i % 100 == 0)
                rec.tags << u"release"_s;
            QElapsedTimer t;
            t.start();
            auto id = store.value()->recordRun(rec);
            storeMs.push_back(double(t.nsecsElapsed()) / 1e6);
            if (!id) {
                out << id.errorMessage() << '\n';
                return 2;
            }
            if ((i + 1) % 1000 == 0)
                out << u"stored %1 runs, %2 s\n"_s.arg(i + 1).arg(total.elapsed() / 1000.0, 0, 'f', 1) << Qt::flush;
        }
    }
    const double sizeBytes = double(QFileInfo(db).size() + QFileInfo(db + u"-wal"_s).size());

    // What the list asks for, on a fresh connection (as a GUI worker would open one).
    QElapsedTimer openTimer;
    openTimer.start();
    auto store = HistoryStore::open(db);
    const double openMs = double(openTimer.nsecsElapsed()) / 1e6;
    if (!store)
        return 2;
    std::vector<Timing> timings;
    auto time = [&](const QString &what, const std::function<qsizetype()> &fn) {
        std::vector<double> ms;
        qsizetype rows = 0;
        for (int k = 0; k < 21; ++k) {
            QElapsedTimer t;
            t.start();
            rows = fn();
            ms.push_back(double(t.nsecsElapsed()) / 1e6);
        }
        timings.push_back({what, LatencyStats::compute(ms), rows});
    };
    auto list = [&](const RunFilter &f) {
        return [&store, f]() { return qsizetype(store.value()->listRuns(f).value().size()); };
    };
    RunFilter first;
    time(u"first page (200 newest)"_s, list(first));
    RunFilter byModel;
    byModel.model = QFileInfo(modelPaths.first()).fileName();
    time(u"filter: model"_s, list(byModel));
    RunFilter byTag;
    byTag.tag = u"release"_s;
    time(u"filter: tag (1% of runs)"_s, list(byTag));
    RunFilter byRange;
    byRange.since = QDateTime::currentDateTimeUtc().addDays(-30);
    byRange.model = byModel.model;
    time(u"filter: model + last 30 days"_s, list(byRange));
    RunFilter slow;
    slow.sort = RunFilter::Sort::Mean;
    time(u"sort: slowest first"_s, list(slow));
    RunFilter text;
    text.text = u"night"_s;
    time(u"filter: text in tags/notes"_s, list(text));
    time(u"count: all runs"_s, [&]() { return qsizetype(store.value()->countRuns(RunFilter()).value()); });
    time(u"load one run (1,000 iterations, 200 layers)"_s,
         [&]() { return qsizetype(store.value()->loadRun(u"last~%1"_s.arg(runs / 2)).value().result.layers->layers.size()); });
    std::vector<double> fullStoreMs;
    {
        std::mt19937 rng(2);
        for (int k = 0; k < 50; ++k) {
            RunRecord rec;
            rec.result = makeResult(rng, iterations, layers, 2.5, 2);
            rec.modelPath = modelPaths.first();
            QElapsedTimer t;
            t.start();
            if (!store.value()->recordRun(rec))
                return 2;
            fullStoreMs.push_back(double(t.nsecsElapsed()) / 1e6);
        }
    }

    const LatencyStats s = LatencyStats::compute(storeMs), f = LatencyStats::compute(fullStoreMs);
    out << u"\nruns %1, layers %2, iterations %3; database %4 MB, %5 KiB per run\n"_s.arg(runs)
                    .arg(layers)
                    .arg(iterations)
                    .arg(sizeBytes / 1e6, 0, 'f', 1)
                    .arg(sizeBytes / runs / 1024, 0, 'f', 1);
    out << u"store a run while filling: median %1 ms, p95 %2 ms, p99 %3 ms, max %4 ms\n"_s.arg(s.median, 0, 'f', 2)
                    .arg(s.p95, 0, 'f', 2)
                    .arg(s.p99, 0, 'f', 2)
                    .arg(s.max, 0, 'f', 2);
    out << u"store a run into the full database: median %1 ms, p95 %2 ms, max %3 ms\n"_s.arg(f.median, 0, 'f', 2)
                    .arg(f.p95, 0, 'f', 2)
                    .arg(f.max, 0, 'f', 2);
    out << u"open the database: %1 ms\n"_s.arg(openMs, 0, 'f', 2);
    out << u"\n| query | rows | median ms | max ms |\n| --- | ---: | ---: | ---: |\n"_s;
    for (const auto &t : timings)
        out << u"| %1 | %2 | %3 | %4 |\n"_s.arg(t.what).arg(t.rows).arg(t.stats.median, 0, 'f', 2).arg(t.stats.max, 0, 'f', 2);
    return 0;
}
