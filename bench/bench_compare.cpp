// SPDX-License-Identifier: GPL-3.0-or-later
// Comparisons of stored runs (results in docs/BENCHMARKS.md): fills a temporary database
// through HistoryStore::recordRun with runs of R rounds (I iterations and L layers each),
// then times, on a fresh connection, what `modellens-cli compare` and `trend` do:
//  - compare: load two runs of L layers and build their whole ComparisonReport (differences,
//    median and p99 verdicts, every layer with Benjamini-Hochberg);
//  - trend: listRounds of N runs of one model and buildTrend over them (each run against
//    the previous and the baseline), with a step regression in the middle of the series.
//   bench_compare [--runs 1000] [--layers 200] [--rounds 5] [--iterations 1000] [--keep]
#include "ComparisonReport.h"
#include "HistoryStore.h"
#include "LatencyStats.h"
#include "Trend.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdlib>
#include <functional>
#include <random>

using namespace Qt::StringLiterals;
using namespace ml;

namespace {

RunRecord makeRun(std::mt19937 &rng, int rounds, int iterations, int layers, double baseMs)
{
    std::normal_distribution<double> noise(0.0, baseMs * 0.02);
    std::uniform_real_distribution<double> drift(-0.01, 0.01);
    RunRecord rec;
    RunResult r;
    r.backend = u"onnxruntime"_s;
    r.backendVersion = u"1.30.0"_s;
    r.settings = QJsonObject{{u"backend"_s, u"ort"_s},   {u"execution_provider"_s, u"CPUExecutionProvider"_s},
                             {u"intra_op_threads"_s, 2}, {u"iterations"_s, iterations},
                             {u"rounds"_s, rounds},      {u"per_layer"_s, true}};
    LayerReport report;
    std::vector<double> layerBase;
    for (int i = 0; i < layers; ++i) {
        LayerTiming l;
        l.node = u"/features/features.%1/conv/Conv"_s.arg(i);
        l.opType = u"Conv"_s;
        l.meanMs = baseMs / layers * (0.5 + (i % 7) * 0.15);
        layerBase.push_back(l.meanMs);
        report.layers.push_back(l);
    }
    for (int k = 0; k < rounds; ++k) {
        RunRound round;
        const double d = 1 + drift(rng);
        for (int i = 0; i < iterations / rounds; ++i)
            round.latenciesMs.push_back(baseMs * d + noise(rng));
        for (double m : layerBase)
            round.layerMeansMs.push_back(m * d * (1 + noise(rng) / baseMs));
        r.latenciesMs.insert(r.latenciesMs.end(), round.latenciesMs.begin(), round.latenciesMs.end());
        rec.rounds.push_back(std::move(round));
    }
    r.finish(0.05);
    report.runs = iterations;
    report.endToEndMs = r.latency.mean;
    if (layers > 0)
        r.layers = report; // rows in their stored order: no finish(), the round means follow it
    rec.result = r;
    rec.durationMs = 3000;
    return rec;
}

LatencyStats timeIt(int repeats, const std::function<void()> &fn)
{
    std::vector<double> ms;
    for (int k = 0; k < repeats; ++k) {
        QElapsedTimer t;
        t.start();
        fn();
        ms.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    return LatencyStats::compute(ms);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.addOption({u"runs"_s, QString(), u"n"_s, u"1000"_s});
    p.addOption({u"layers"_s, QString(), u"n"_s, u"200"_s});
    p.addOption({u"rounds"_s, QString(), u"n"_s, u"5"_s});
    p.addOption({u"iterations"_s, QString(), u"n"_s, u"1000"_s});
    p.addOption({u"keep"_s, QString()});
    p.process(app);
    QTextStream out(stdout);
    const int runs = p.value(u"runs"_s).toInt(), layers = p.value(u"layers"_s).toInt(), rounds = p.value(u"rounds"_s).toInt(),
              iterations = p.value(u"iterations"_s).toInt();
    QTemporaryDir tmp;
    tmp.setAutoRemove(!p.isSet(u"keep"_s));
    const QString db = tmp.filePath(u"history.sqlite"_s);
    // Model files, so that the runs have a lineage (baselines belong to one).
    const QString models = QStringLiteral(MODELLENS_SHARED_MODELS_DIR);
    const QString transientModel = models + u"/conv_dynhw.onnx"_s, stepModel = models + u"/squeezenet1_0.onnx"_s;
    for (const QString &m : {transientModel, stepModel})
        if (!QFileInfo::exists(m)) {
            out << m << " not found\n";
            return 2;
        }
    QString same[2], slower[2];
    {
        auto store = HistoryStore::open(db);
        if (!store) {
            out << store.errorMessage() << '\n';
            return 2;
        }
        std::mt19937 rng(1);
        auto record = [&](RunRecord rec, const QString &model, qint64 startMs) -> QString {
            rec.modelPath = model;
            rec.startedAt = QDateTime::fromMSecsSinceEpoch(startMs, Qt::UTC);
            auto id = store.value()->recordRun(rec);
            if (!id) {
                out << id.errorMessage() << '\n';
                std::exit(2);
            }
            return id.value();
        };
        const qint64 t0 = QDateTime::currentMSecsSinceEpoch() - qint64(runs) * 600000;
        // Two series of `runs` runs with a baseline at their start: one with a transient
        // regression of 10% (5 runs at 70% of the series, then back), one with a step of 10%
        // at 70% that stays (every later run is slower than the baseline, the worst case).
        for (const QString &model : {transientModel, stepModel}) {
            QString first;
            for (int i = 0; i < runs; ++i) {
                const int step = runs * 7 / 10;
                const bool slow = model == stepModel ? i >= step : (i >= step && i < step + 5);
                const QString id = record(makeRun(rng, rounds, iterations, 0, slow ? 4.4 : 4.0), model, t0 + qint64(i) * 600000);
                if (i == 0)
                    first = id;
            }
            if (!store.value()->setBaseline(u"main"_s, first))
                return 2;
        }
        // The compared pairs, with layers: the same distribution; and B 10% slower throughout
        // with layers of ~100 us (20 ms over 200 layers), so that every layer's change is
        // significant and beyond the 5 us floor: every layer is bootstrapped, the worst case.
        for (int k = 0; k < 2; ++k) {
            same[k] = record(makeRun(rng, rounds, iterations, layers, 4.0), QString(), t0);
            slower[k] = record(makeRun(rng, rounds, iterations, layers, k ? 22.0 : 20.0), QString(), t0);
        }
    }
    auto store = HistoryStore::open(db);
    if (!store)
        return 2;
    struct Row {
        QString what, size;
        LatencyStats stats;
    };
    std::vector<Row> rows;
    auto compare = [&](const QString &what, const QString(&pair)[2], bool lazy) {
        LayerOptions layerOptions;
        layerOptions.intervalOnlyWhenSignificant = lazy;
        int changed = 0, judged = 0;
        const LatencyStats t = timeIt(21, [&] {
            auto a = store.value()->loadRun(pair[0]), b = store.value()->loadRun(pair[1]);
            auto report = compareStoredRuns(a.value(), b.value(), VerdictOptions(), layerOptions);
            judged = int(report.value().layers.size());
            changed = 0;
            for (const LayerDelta &d : report.value().layers)
                changed += d.verdict && d.verdict->kind == Verdict::Slower ? 1 : 0;
        });
        rows.push_back({what, u"%1 layers, %2 slower"_s.arg(judged).arg(changed), t});
    };
    compare(u"compare, B unchanged (as the CLI: intervals where significant)"_s, same, true);
    compare(u"compare, B 10% slower in every layer, 20 ms (as the CLI)"_s, slower, true);
    compare(u"compare, B unchanged, every layer's interval"_s, same, false);
    auto trend = [&](const QString &what, const QString &model) {
        int points = 0, regressions = 0;
        const LatencyStats t = timeIt(11, [&] {
            RunFilter f;
            f.model = QFileInfo(model).fileName();
            f.limit = 0;
            f.descending = false;
            auto series = buildTrend(store.value()->listRounds(f).value());
            points = regressions = 0;
            for (const TrendSeries &s : series.value()) {
                points += int(s.points.size());
                regressions += s.regressions();
            }
        });
        rows.push_back({what, u"%1 runs, %2 regressions"_s.arg(points).arg(regressions), t});
    };
    {
        RunFilter f;
        f.model = QFileInfo(transientModel).fileName();
        f.limit = 0;
        std::size_t n = 0;
        const LatencyStats t = timeIt(11, [&] { n = store.value()->listRounds(f).value().size(); });
        rows.push_back({u"listRounds alone (what trend reads)"_s, u"%1 runs"_s.arg(n), t});
    }
    trend(u"trend, a transient regression (listRounds + buildTrend)"_s, transientModel);
    trend(u"trend, a step that stays (listRounds + buildTrend)"_s, stepModel);
    out << u"runs of %1 rounds and %2 iterations; the compared pairs with %3 layers; series of %4 runs\n"_s.arg(rounds)
                    .arg(iterations)
                    .arg(layers)
                    .arg(runs);
    out << u"\n| what | size | median ms | max ms |\n| --- | --- | ---: | ---: |\n"_s;
    for (const Row &r : rows)
        out << u"| %1 | %2 | %3 | %4 |\n"_s.arg(r.what, r.size).arg(r.stats.median, 0, 'f', 2).arg(r.stats.max, 0, 'f', 2);
    return 0;
}
