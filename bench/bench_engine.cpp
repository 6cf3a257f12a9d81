// SPDX-License-Identifier: GPL-3.0-or-later
// bench_engine: is the latency ModelLens reports the latency of the model?
//
// For each model, in rounds that alternate the order, it measures the same thing twice:
//  - ModelLens: an EngineWorker job (worker thread, child process modellens-engine-ort),
//    the median it reports;
//  - bare: a plain C++ loop over Ort::Session::Run in this process, same model, same
//    inputs (InputFactory, same seed), same session options, same warm-up and iteration
//    counts, timed with steady_clock around each Run as any hand-written loop would.
// Then one per-layer ModelLens job per model, to report what profiling costs: the median of
// the profiled runs against the unprofiled median of the same job.
//
//   bench_engine [--rounds N] [--models DIR] [--write-doc [FILE]] [--quick]
#include "InputFactory.h"
#include "InputPlan.h"
#include "LatencyStats.h"
#include "OnnxModel.h"
#include "RunSession.h"

#include <onnxruntime_cxx_api.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QSaveFile>
#include <QSysInfo>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>

using namespace Qt::StringLiterals;
using Clock = std::chrono::steady_clock;

namespace {

struct Case {
    QString file;
    QString shapes; // trtexec syntax
    int iterations;
};

struct Measured {
    std::vector<double> modellens, bare; // per-round medians, ms
    double perLayerUnprofiled = 0, perLayerProfiled = 0, layerSum = 0, layerEndToEnd = 0;
    int rows = 0;
};

double median(std::vector<double> v) { return ml::LatencyStats::compute(std::move(v)).median; }

ml::EngineSettings settingsFor(const QString &model, const Case &c, int warmup)
{
    ml::EngineSettings s;
    s.modelPath = model;
    s.intraOpThreads = 1;
    s.interOpThreads = 1;
    s.spinning = false;
    s.optimizationLevel = ml::OptimizationLevel::All;
    s.warmupIterations = warmup;
    s.iterations = c.iterations;
    for (const QString &entry : c.shapes.split(u',', Qt::SkipEmptyParts))
        s.shapes[entry.section(u':', 0, 0)] = ml::ShapeSpec::parseDims(entry.section(u':', 1)).value();
    auto opened = ml::OnnxModel::open(model);
    s.inputs = ml::InputPlan::plan(opened.value()->proto().graph(), s).value();
    return s;
}

std::shared_ptr<const ml::RunResult> runModelLens(const ml::EngineSettings &s)
{
    // Through the run session, as the GUI and the CLI run.
    ml::RunSession session;
    QEventLoop loop;
    std::shared_ptr<const ml::RunResult> result;
    QObject::connect(&session, &ml::RunSession::finished, &loop, [&](quint64, auto run) {
        result = run->result;
        loop.quit();
    });
    QObject::connect(&session, &ml::RunSession::failed, &loop, [&](quint64, const ml::Error &e) {
        QTextStream(stderr) << "ModelLens job failed: " << e.message << '\n';
        loop.quit();
    });
    session.start(ml::RunRequest{s, nullptr, {}, false, false});
    loop.exec();
    return result;
}

// The bare loop: what a user would write with the ONNX Runtime C++ API and the same settings.
double runBare(Ort::Env &env, const ml::EngineSettings &s)
{
    Ort::SessionOptions o;
    o.SetGraphOptimizationLevel(ORT_ENABLE_ALL);
    o.SetIntraOpNumThreads(1);
    o.SetInterOpNumThreads(1);
    o.SetExecutionMode(ORT_SEQUENTIAL);
    o.AddConfigEntry("session.intra_op.allow_spinning", "0");
    o.AddConfigEntry("session.inter_op.allow_spinning", "0");
    Ort::Session session(env, s.modelPath.toStdString().c_str(), o);
    Ort::AllocatorWithDefaultOptions allocator;
    const auto memory = Ort::MemoryInfo::CreateCpu(OrtArenaAllocator, OrtMemTypeDefault);
    std::vector<ml::TensorData> data;
    std::vector<Ort::Value> inputs;
    std::vector<std::string> inNames, outNames;
    for (const auto &planned : s.inputs)
        data.push_back(ml::InputFactory::make(planned, s.seed).value());
    for (std::size_t i = 0; i < session.GetInputCount(); ++i) {
        inNames.push_back(session.GetInputNameAllocated(i, allocator).get());
        auto &t = *std::find_if(data.begin(), data.end(), [&](const auto &d) { return d.name.toStdString() == inNames.back(); });
        inputs.push_back(Ort::Value::CreateTensor(memory, t.bytes.data(), static_cast<std::size_t>(t.bytes.size()),
                                                  t.shape.data(), t.shape.size(),
                                                  static_cast<ONNXTensorElementDataType>(t.dataType)));
    }
    for (std::size_t i = 0; i < session.GetOutputCount(); ++i)
        outNames.push_back(session.GetOutputNameAllocated(i, allocator).get());
    std::vector<const char *> in, out;
    for (const auto &n : inNames)
        in.push_back(n.c_str());
    for (const auto &n : outNames)
        out.push_back(n.c_str());
    Ort::RunOptions run;
    for (int i = 0; i < 1 + s.warmupIterations; ++i) // first run + warm-up, as ModelLens does
        session.Run(run, in.data(), inputs.data(), inputs.size(), out.data(), out.size());
    std::vector<double> ms;
    ms.reserve(static_cast<std::size_t>(s.iterations));
    for (int i = 0; i < s.iterations; ++i) {
        const auto t0 = Clock::now();
        auto outputs = session.Run(run, in.data(), inputs.data(), inputs.size(), out.data(), out.size());
        ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
    }
    return median(ms);
}

QString cpuModel()
{
    QFile f(u"/proc/cpuinfo"_s);
    if (f.open(QIODevice::ReadOnly))
        for (const QByteArray &line : f.readAll().split('\n'))
            if (line.startsWith("model name"))
                return QString::fromUtf8(line.mid(line.indexOf(':') + 1).trimmed());
    return u"unknown CPU"_s;
}

QString loadAverage()
{
    QFile f(u"/proc/loadavg"_s);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll().split(' ').mid(0, 3).join(' ')) : QString();
}

QString revision()
{
    QProcess git;
    git.start(u"git"_s,
              {u"-C"_s, QStringLiteral(MODELLENS_BENCHMARKS_MD).section(u'/', 0, -3), u"describe"_s, u"--always"_s,
               u"--dirty=+changes"_s});
    git.waitForFinished(5000);
    return QString::fromUtf8(git.readAllStandardOutput()).trimmed();
}

// Replaces the text between our markers, or appends a section at the end; never touches
// the rest of the file (other benchmarks write their own sections).
bool writeDoc(const QString &path, const QString &generated)
{
    const QString begin = u"<!-- bench_engine: begin generated -->"_s, end = u"<!-- bench_engine: end generated -->"_s;
    QFile in(path);
    QString text = in.open(QIODevice::ReadOnly) ? QString::fromUtf8(in.readAll()) : QString();
    in.close();
    const qsizetype b = text.indexOf(begin), e = text.indexOf(end);
    if (b >= 0 && e > b) {
        text.replace(b, e + end.size() - b, begin + u'\n' + generated + end);
    } else {
        if (!text.endsWith(u"\n"_s))
            text += u'\n';
        text += u"\n## Engines: reported latency against a bare Session::Run loop\n\n"_s
                u"Written by `bench/bench_engine` (see its header comment); the text between the markers is "
                u"regenerated by `bench_engine --write-doc`.\n\n"_s
                + begin + u'\n' + generated + end + u'\n';
    }
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return false;
    out.write(text.toUtf8());
    return out.commit();
}

} // namespace

int main(int argc, char *argv[])
{
    ::setenv("ORT_DISABLE_TELEMETRY", "1", 1);
    if (qEnvironmentVariableIsEmpty("MODELLENS_ENGINE_DIR"))
        qputenv("MODELLENS_ENGINE_DIR", MODELLENS_ENGINE_BUILD_DIR);
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments();
    int rounds = 5;
    QString models = QStringLiteral(MODELLENS_SHARED_MODELS_DIR), doc;
    bool quick = false;
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == u"--rounds" && i + 1 < args.size())
            rounds = args[++i].toInt();
        else if (args[i] == u"--models" && i + 1 < args.size())
            models = args[++i];
        else if (args[i] == u"--write-doc")
            doc = (i + 1 < args.size() && !args[i + 1].startsWith(u"--"_s)) ? args[++i] : QStringLiteral(MODELLENS_BENCHMARKS_MD);
        else if (args[i] == u"--quick")
            quick = true;
    }
    const int warmup = 10;
    const std::vector<Case> cases = {
            {u"resnet18_dynbatch.onnx"_s, u"input0:1x3x224x224"_s, quick ? 20 : 100},
            {u"mobilenet_v3_small.onnx"_s, QString(), quick ? 50 : 400},
            {u"bert_like_encoder_2l_tied.onnx"_s, u"input0:1x128x768"_s, quick ? 20 : 100},
    };
    QTextStream err(stderr);
    const QString loadBefore = loadAverage();
    Ort::Env env(ORT_LOGGING_LEVEL_ERROR, "bench");
    std::vector<Measured> results(cases.size());
    for (std::size_t c = 0; c < cases.size(); ++c) {
        const QString path = QDir(models).filePath(cases[c].file);
        if (!QFile::exists(path)) {
            err << path << " is missing\n";
            return 1;
        }
        const ml::EngineSettings s = settingsFor(path, cases[c], warmup);
        for (int r = 0; r < rounds; ++r) {
            for (int k = 0; k < 2; ++k) {
                if ((k == 0) == (r % 2 == 0)) {
                    const auto res = runModelLens(s);
                    if (!res)
                        return 1;
                    results[c].modellens.push_back(res->latency.median);
                } else {
                    results[c].bare.push_back(runBare(env, s));
                }
            }
            err << cases[c].file << " round " << r + 1 << ": ModelLens " << results[c].modellens.back() << " ms, bare "
                << results[c].bare.back() << " ms\n";
        }
        ml::EngineSettings profiled = s;
        profiled.perLayer = true;
        const auto res = runModelLens(profiled);
        if (!res || !res->layers)
            return 1;
        results[c].perLayerUnprofiled = res->latency.median;
        results[c].perLayerProfiled = res->layers->endToEndMedianMs;
        results[c].layerSum = res->layers->layerSumMs;
        results[c].layerEndToEnd = res->layers->endToEndMs;
        results[c].rows = static_cast<int>(res->layers->layers.size());
    }

    QString md;
    QTextStream o(&md);
    o << "Measured " << QDate::currentDate().toString(Qt::ISODate) << " on source revision `" << revision() << "`, " << rounds
      << " alternating rounds per model; load average " << loadBefore << " before, " << loadAverage() << " after.\n\n"
      << "Machine: " << QThread::idealThreadCount() << " CPUs, " << cpuModel() << ", " << QSysInfo::prettyProductName()
      << " (Linux " << QSysInfo::kernelVersion() << "); ONNX Runtime " << QString::fromStdString(Ort::GetVersionString())
      << ". Shared with other jobs.\n\n"
      << "Settings, identical on both sides: CPUExecutionProvider, optimization level all, 1 intra-op and 1 inter-op thread, "
         "sequential execution, spinning off, "
      << warmup << " warm-up runs after the first, random inputs from seed 0.\n\n"
      << "```sh\ncmake --build build --target bench_engine\nbuild/bench/bench_engine --rounds " << rounds
      << " --write-doc\n```\n\n"
      << "| model | inputs | runs per round | ModelLens median ms | bare loop median ms | difference | per-round differences |\n"
      << "| --- | --- | ---: | ---: | ---: | ---: | --- |\n";
    for (std::size_t c = 0; c < cases.size(); ++c) {
        const auto &m = results[c];
        const double a = median(m.modellens), b = median(m.bare);
        QStringList perRound;
        for (std::size_t r = 0; r < m.bare.size(); ++r)
            perRound << u"%1%"_s.arg((m.modellens[r] / m.bare[r] - 1) * 100, 0, 'f', 1);
        o << "| " << cases[c].file << " | " << (cases[c].shapes.isEmpty() ? u"static"_s : cases[c].shapes) << " | "
          << cases[c].iterations << " | " << QString::number(a, 'f', 3) << " | " << QString::number(b, 'f', 3) << " | "
          << QString::number((a / b - 1) * 100, 'f', 2) << "% | " << perRound.join(u", "_s) << " |\n";
    }
    o << "\nGoal: the median ModelLens reports within 3% of the bare loop's.\n\n";
    for (std::size_t c = 0; c < cases.size(); ++c) {
        const double d = (median(results[c].modellens) / median(results[c].bare) - 1) * 100;
        o << "- " << cases[c].file << ": " << (std::abs(d) <= 3 ? "met" : "NOT met") << " (" << QString::number(d, 'f', 2)
          << "%)\n";
    }
    o << "\nPer-layer profiling (one `--per-layer` job per model: the measured loop as above, then a second, profiled "
         "session with the same runs):\n\n"
      << "| model | unprofiled median ms | profiled median ms | profiling overhead | rows | sum of layers ms | end-to-end ms "
         "(profiled, mean) | gap |\n"
      << "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n";
    for (std::size_t c = 0; c < cases.size(); ++c) {
        const auto &m = results[c];
        o << "| " << cases[c].file << " | " << QString::number(m.perLayerUnprofiled, 'f', 3) << " | "
          << QString::number(m.perLayerProfiled, 'f', 3) << " | "
          << QString::number((m.perLayerProfiled / m.perLayerUnprofiled - 1) * 100, 'f', 1) << "% | " << m.rows << " | "
          << QString::number(m.layerSum, 'f', 3) << " | " << QString::number(m.layerEndToEnd, 'f', 3) << " | "
          << QString::number((m.layerEndToEnd - m.layerSum) / m.layerEndToEnd * 100, 'f', 1) << "% |\n";
    }
    o.flush();
    QTextStream(stdout) << md;
    if (!doc.isEmpty() && !writeDoc(doc, md)) {
        err << "cannot write " << doc << '\n';
        return 1;
    }
    return 0;
}
