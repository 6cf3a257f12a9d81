// SPDX-License-Identifier: GPL-3.0-or-later
#include "TrtexecBackend.h"

#include "InputFactory.h"
#include "OnnxModel.h"
#include "OutputComparison.h"
#include "TensorFile.h"
#include "TrtexecLayerMapper.h"
#include "TrtexecReports.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ml {
namespace {

QString tr(const char *text) { return QCoreApplication::translate("TrtexecBackend", text); }

QString file(const EngineSettings &s, const QString &name) { return QDir(s.workDir).filePath(name); }

Result<QByteArray> readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(tr("%1: cannot be read: %2").arg(path, f.errorString()));
    return f.readAll();
}

bool isDynamic(const PlannedInput &input)
{
    return std::any_of(input.dimNames.begin(), input.dimNames.end(), [](const QString &d) {
        bool ok = false;
        d.toLongLong(&ok);
        return !ok;
    });
}

// Warm-up by count is not something trtexec has; it warms up for a time.
int warmupMs(const EngineSettings &s) { return s.warmupSeconds > 0 ? static_cast<int>(s.warmupSeconds * 1000) : 200; }

} // namespace

QString TrtexecBackend::findProgram(const EngineSettings &settings)
{
    if (!settings.trtexecPath.isEmpty()) {
        const QFileInfo f(settings.trtexecPath);
        return f.isFile() && f.isExecutable() ? f.absoluteFilePath() : QString();
    }
    // The app's settings dialog ("engine/trtexecPath"), before PATH: where the user pointed.
    if (const QString set = QSettings().value(u"engine/trtexecPath"_s).toString(); !set.isEmpty()) {
        const QFileInfo f(set);
        if (f.isFile() && f.isExecutable())
            return f.absoluteFilePath();
    }
    const QString onPath = QStandardPaths::findExecutable(u"trtexec"_s);
    if (!onPath.isEmpty())
        return onPath;
    const QString env = qEnvironmentVariable("MODELLENS_TRTEXEC");
    if (!env.isEmpty() && QFileInfo(env).isExecutable())
        return QFileInfo(env).absoluteFilePath();
    return {};
}

QStringList TrtexecBackend::precisionFlags()
{
    return {u"fp16"_s, u"bf16"_s, u"int8"_s, u"fp8"_s, u"best"_s, u"noTF32"_s, u"stronglyTyped"_s};
}

BackendId TrtexecBackend::id() const { return BackendId::Trtexec; }
QString TrtexecBackend::displayName() const { return tr("TensorRT (trtexec)"); }

BackendAvailability TrtexecBackend::availability(const EngineSettings &settings) const
{
    BackendAvailability a;
    a.program = findProgram(settings);
    if (a.program.isEmpty()) {
        a.missing = settings.trtexecPath.isEmpty()
                ? tr("trtexec was not found on PATH (nor in $MODELLENS_TRTEXEC). It comes with NVIDIA TensorRT "
                     "(https://developer.nvidia.com/tensorrt, in its bin/ folder; Debian/Ubuntu package "
                     "libnvinfer-bin puts it in /usr/src/tensorrt/bin) and needs an NVIDIA GPU; add its folder "
                     "to PATH or set its path in the settings.")
                : tr("%1 is not an executable file; point the setting at trtexec from TensorRT's bin/ folder.")
                          .arg(settings.trtexecPath);
        return a;
    }
    QProcess probe; // prints "&&&& RUNNING TensorRT.trtexec [TensorRT v100300] # trtexec --help"
    probe.start(a.program, {u"--help"_s});
    probe.waitForFinished(30000);
    const TrtexecSummary summary = TrtexecReports::parseConsole(QString::fromUtf8(probe.readAllStandardOutput()));
    a.version = summary.version;
    a.available = true;
    return a;
}

QString TrtexecBackend::shapesArgument(const std::vector<PlannedInput> &inputs, Shape PlannedInput::*which)
{
    std::vector<std::pair<QString, Shape>> shapes;
    for (const auto &input : inputs)
        if (isDynamic(input))
            shapes.emplace_back(input.name, input.*which);
    return ShapeSpec::format(shapes);
}

Result<std::vector<ChildStep>> TrtexecBackend::plan(const EngineSettings &s) const
{
    const QString program = findProgram(s);
    if (program.isEmpty())
        return makeError(availability(s).missing);
    for (const QString &p : s.precisions)
        if (!precisionFlags().contains(p))
            return makeError(tr("unknown precision \"%1\" for trtexec (%2)").arg(p, precisionFlags().join(u", "_s)));

    // The same values the ONNX Runtime child would make, as raw files for --loadInputs.
    QStringList loads;
    QDir(s.workDir).mkpath(u"inputs"_s);
    for (std::size_t i = 0; i < s.inputs.size(); ++i) {
        auto data = InputFactory::make(s.inputs[i], s.seed);
        if (!data)
            return data.error();
        const QString path = file(s, u"inputs/input_%1.bin"_s.arg(i));
        if (auto ok = TensorFile::writeRaw(path, data.value()); !ok)
            return ok.error();
        loads << ShapeSpec::quoteName(s.inputs[i].name) + u':' + path;
    }
    const QString engine = s.enginePath.isEmpty() ? file(s, u"model.engine"_s) : s.enginePath;
    if (s.reuseEngine && !QFileInfo::exists(engine))
        return makeError(tr("the engine an earlier round built is gone: %1").arg(QDir::toNativeSeparators(engine)),
                         ErrorCode::Io);

    ChildStep build;
    build.stage = ChildProgress::building();
    build.program = program;
    build.arguments << u"--onnx="_s + s.modelPath << u"--saveEngine="_s + engine << u"--skipInference"_s
                    << u"--profilingVerbosity=detailed"_s;
    for (const QString &p : s.precisions)
        build.arguments << u"--"_s + p;
    if (const QString opt = shapesArgument(s.inputs, &PlannedInput::shape); !opt.isEmpty())
        build.arguments << u"--minShapes="_s + shapesArgument(s.inputs, &PlannedInput::minShape) << u"--optShapes="_s + opt
                        << u"--maxShapes="_s + shapesArgument(s.inputs, &PlannedInput::maxShape);
    if (s.workspaceMiB > 0)
        build.arguments << u"--memPoolSize=workspace:%1M"_s.arg(s.workspaceMiB);
    if (!s.timingCachePath.isEmpty())
        build.arguments << u"--timingCacheFile="_s + s.timingCachePath;
    if (s.builderOptimizationLevel >= 0)
        build.arguments << u"--builderOptimizationLevel=%1"_s.arg(s.builderOptimizationLevel);

    ChildStep run;
    run.stage = ChildProgress::measuring();
    run.program = program;
    run.arguments << u"--loadEngine="_s + engine << u"--warmUp=%1"_s.arg(warmupMs(s))
                  << u"--exportTimes="_s + file(s, u"times.json"_s) << u"--exportLayerInfo="_s + file(s, u"layers.json"_s)
                  << u"--profilingVerbosity=detailed"_s << u"--percentile=90,95,99"_s;
    if (s.durationSeconds > 0)
        run.arguments << u"--duration=%1"_s.arg(s.durationSeconds) << u"--iterations=1"_s;
    else
        run.arguments << u"--duration=0"_s << u"--iterations=%1"_s.arg(s.iterations);
    if (const QString opt = shapesArgument(s.inputs, &PlannedInput::shape); !opt.isEmpty())
        run.arguments << u"--shapes="_s + opt;
    if (!loads.isEmpty())
        run.arguments << u"--loadInputs="_s + loads.join(u','); // the console summary is still printed
    if (s.perLayer) // timed separately so the latency above is not inflated by per-layer timing
        run.arguments << u"--exportProfile="_s + file(s, u"profile.json"_s) << u"--separateProfileRun"_s;
    if (!s.saveOutputsDir.isEmpty())
        run.arguments << u"--exportOutput="_s + file(s, u"outputs.json"_s);
    if (s.reuseEngine) // a later round: the first one built it (RunRounds.h)
        return std::vector<ChildStep>{run};
    return std::vector<ChildStep>{build, run};
}

std::optional<ChildProgress> TrtexecBackend::progressFrom(const ChildStep &step, const QByteArray &line) const
{
    if (step.stage == ChildProgress::building())
        return line.contains("Engine built") ? std::optional(ChildProgress{ChildProgress::building(), 1, 1}) : std::nullopt;
    if (line.contains("Warmup completed") || line.contains("Starting inference"))
        return ChildProgress{ChildProgress::measuring(), 0, 0};
    if (line.contains("Performance summary"))
        return ChildProgress{ChildProgress::reading(), 0, 0};
    return std::nullopt;
}

QString TrtexecBackend::failureMessage(const ChildStep &step, int exitCode, const StepOutcome &outcome) const
{
    // trtexec logs to stdout: its [E] lines and the FAILED line say what went wrong.
    QStringList lines;
    for (const QString &l : QString::fromUtf8(outcome.output + '\n' + outcome.errors).split(u'\n'))
        if (l.contains(u"[E]"_s) || l.contains(u"&&&& FAILED"_s))
            lines << l.trimmed();
    const QString what = step.stage == ChildProgress::building() ? tr("trtexec could not build the engine")
                                                                 : tr("trtexec could not run the engine");
    if (lines.isEmpty())
        return u"%1: %2"_s.arg(what, EngineBackend::failureMessage(step, exitCode, outcome));
    return u"%1:\n%2"_s.arg(what, lines.mid(std::max<qsizetype>(0, lines.size() - 8)).join(u'\n'));
}

Result<RunResult> TrtexecBackend::collect(const EngineSettings &s, const std::vector<StepOutcome> &steps) const
{
    RunResult r;
    r.backend = u"tensorrt"_s;
    r.settings = s.toJson();
    r.enginePath = s.enginePath.isEmpty() ? QString() : s.enginePath;
    // Two steps (build, run), or only the run for a round that loads an earlier round's engine.
    const StepOutcome &runStep = steps.back();
    const StepOutcome *buildStep = s.reuseEngine ? nullptr : &steps.front();
    const TrtexecSummary built =
            buildStep ? TrtexecReports::parseConsole(QString::fromUtf8(buildStep->output)) : TrtexecSummary{};
    const TrtexecSummary summary = TrtexecReports::parseConsole(QString::fromUtf8(runStep.output));
    r.backendVersion = summary.version.isEmpty() ? built.version : summary.version;
    r.buildMs = !buildStep ? 0 : built.buildSeconds >= 0 ? built.buildSeconds * 1000 : buildStep->wallMs;
    r.firstRunMs = -1; // trtexec does not report its first inference on its own
    r.warmupIterations = 0;
    if (s.warmupSeconds <= 0)
        r.warnings << tr("trtexec warms up for a time, not a count: it warmed up for %1 ms").arg(warmupMs(s));

    auto timesJson = readAll(file(s, u"times.json"_s));
    if (!timesJson)
        return timesJson.error();
    auto times = TrtexecReports::parseTimes(timesJson.value());
    if (!times)
        return times.error();
    std::vector<TrtexecTime> measured = times.value();
    if (!measured.empty() && measured.front().hasEndToEnd) {
        // Older writers included the warm-up queries: drop those that started within it.
        const double start = measured.front().startH2dMs;
        std::erase_if(measured, [&](const auto &t) { return t.startH2dMs - start < warmupMs(s); });
        r.warnings << tr("this trtexec's --exportTimes includes warm-up queries; those in the first %1 ms were left out")
                              .arg(warmupMs(s));
    }
    std::vector<double> compute, h2d, d2h, enqueue;
    for (const auto &t : measured) {
        r.latenciesMs.push_back(t.latencyMs);
        compute.push_back(t.computeMs);
        h2d.push_back(t.h2dMs);
        d2h.push_back(t.d2hMs);
        enqueue.push_back(t.endEnqMs - t.startEnqMs);
    }
    if (!measured.empty())
        r.measuredSeconds = (measured.back().endD2hMs - measured.front().startEnqMs) / 1000.0;
    r.extraTimes[u"gpu_compute"_s] = LatencyStats::compute(compute);
    r.extraTimes[u"h2d"_s] = LatencyStats::compute(h2d);
    r.extraTimes[u"d2h"_s] = LatencyStats::compute(d2h);
    r.extraTimes[u"enqueue"_s] = LatencyStats::compute(enqueue);
    r.finish(s.unstableCv);
    if (summary.throughputQps > 0)
        r.throughputPerS = summary.throughputQps; // trtexec's own: queries / total host walltime
    if (r.extraTimes[u"gpu_compute"_s].cv > 0.01)
        r.warnings << tr("GPU compute time is unstable (coefficient of variation %1%, trtexec warns above 1%)")
                              .arg(r.extraTimes[u"gpu_compute"_s].cv * 100, 0, 'f', 1);
    r.warnings << summary.warnings;
    r.peakRssBytes = std::max(buildStep ? buildStep->peakRssBytes : 0, runStep.peakRssBytes);

    if (s.perLayer) {
        auto profileJson = readAll(file(s, u"profile.json"_s));
        if (!profileJson)
            return profileJson.error();
        auto profile = TrtexecReports::parseProfile(profileJson.value());
        if (!profile)
            return profile.error();
        std::vector<TrtexecLayer> info;
        if (auto infoJson = readAll(file(s, u"layers.json"_s)))
            if (auto parsed = TrtexecReports::parseLayerInfo(infoJson.value()))
                info = parsed.value();
        auto model = OnnxModel::open(s.modelPath);
        if (!model)
            return model.error();
        LayerReport report = TrtexecLayerMapper(model.value()->proto().graph()).report(profile.value(), info);
        report.endToEndMs = r.extraTimes[u"gpu_compute"_s].mean;
        report.endToEndMedianMs = r.extraTimes[u"gpu_compute"_s].median;
        report.notes << tr("end-to-end here is the GPU compute time of the unprofiled run");
        r.layers = report;
        r.profilePath = file(s, u"profile.json"_s);
    }
    if (!s.saveOutputsDir.isEmpty()) {
        auto outputsJson = readAll(file(s, u"outputs.json"_s));
        if (!outputsJson)
            return outputsJson.error();
        auto outputs = TrtexecReports::parseOutputs(outputsJson.value());
        if (!outputs)
            return outputs.error();
        if (auto ok = OutputComparison::save(s.saveOutputsDir, outputs.value()); !ok)
            return ok.error();
        r.outputsDir = s.saveOutputsDir;
    }
    return r;
}

} // namespace ml
