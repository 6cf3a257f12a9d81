// SPDX-License-Identifier: GPL-3.0-or-later
#include "OrtRunner.h"

#include "ChildProgress.h"
#include "InputFactory.h"
#include "OrtLayerAttribution.h"
#include "OrtTensors.h"
#include "OutputComparison.h"
#include "ProgressWriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <sys/resource.h>

#include <algorithm>
#include <chrono>

using namespace Qt::StringLiterals;

namespace ml {
using Clock = std::chrono::steady_clock;

namespace {

QString tr(const char *text) { return QCoreApplication::translate("OrtRunner", text); }

double msSince(Clock::time_point start) { return std::chrono::duration<double, std::milli>(Clock::now() - start).count(); }

qint64 peakRssBytes()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<qint64>(usage.ru_maxrss) * 1024; // Linux reports KiB
}

GraphOptimizationLevel ortLevel(ml::OptimizationLevel level)
{
    switch (level) {
    case ml::OptimizationLevel::None:
        return ORT_DISABLE_ALL;
    case ml::OptimizationLevel::Basic:
        return ORT_ENABLE_BASIC;
    case ml::OptimizationLevel::Extended:
        return ORT_ENABLE_EXTENDED;
    case ml::OptimizationLevel::All:
        return ORT_ENABLE_ALL;
    }
    return ORT_ENABLE_ALL;
}

// Execution providers that the generic AppendExecutionProvider(name) call accepts, by the
// name GetAvailableProviders() reports.
const std::pair<const char *, const char *> kGenericProviders[] = {
        {"XnnpackExecutionProvider", "XNNPACK"}, {"QNNExecutionProvider", "QNN"},     {"SNPEExecutionProvider", "SNPE"},
        {"WebGpuExecutionProvider", "WebGPU"},   {"AzureExecutionProvider", "AZURE"}, {"CoreMLExecutionProvider", "CoreML"},
        {"VitisAIExecutionProvider", "VitisAI"},
};

// Adds execution provider `ep` (a name GetAvailableProviders() reports, not the CPU's) to
// `o`. ONNX Runtime loads a shared provider's library (libonnxruntime_providers_cuda.so and
// the CUDA libraries it needs) here, so this is also the test of whether it can load.
ml::Result<void> appendProvider(Ort::SessionOptions &o, const std::string &ep, const QString &name)
{
    if (ep == "CUDAExecutionProvider") {
        OrtCUDAProviderOptionsV2 *cuda = nullptr;
        Ort::ThrowOnError(Ort::GetApi().CreateCUDAProviderOptions(&cuda));
        std::unique_ptr<OrtCUDAProviderOptionsV2, void (*)(OrtCUDAProviderOptionsV2 *)> owned(
                cuda, Ort::GetApi().ReleaseCUDAProviderOptions);
        o.AppendExecutionProvider_CUDA_V2(*cuda);
    } else if (ep == "TensorrtExecutionProvider") {
        OrtTensorRTProviderOptionsV2 *trt = nullptr;
        Ort::ThrowOnError(Ort::GetApi().CreateTensorRTProviderOptions(&trt));
        std::unique_ptr<OrtTensorRTProviderOptionsV2, void (*)(OrtTensorRTProviderOptionsV2 *)> owned(
                trt, Ort::GetApi().ReleaseTensorRTProviderOptions);
        o.AppendExecutionProvider_TensorRT_V2(*trt);
    } else if (ep == "OpenVINOExecutionProvider") {
        o.AppendExecutionProvider_OpenVINO_V2();
    } else if (ep == "DnnlExecutionProvider") {
        OrtDnnlProviderOptions *dnnl = nullptr;
        Ort::ThrowOnError(Ort::GetApi().CreateDnnlProviderOptions(&dnnl));
        std::unique_ptr<OrtDnnlProviderOptions, void (*)(OrtDnnlProviderOptions *)> owned(
                dnnl, Ort::GetApi().ReleaseDnnlProviderOptions);
        o.AppendExecutionProvider_Dnnl(*dnnl);
    } else {
        auto it = std::find_if(std::begin(kGenericProviders), std::end(kGenericProviders),
                               [&](const auto &p) { return ep == p.first; });
        if (it == std::end(kGenericProviders))
            return ml::makeError(
                    tr("execution provider %1 is available but ModelLens does not know how to configure it").arg(name));
        o.AppendExecutionProvider(it->second, {});
    }
    return {};
}

} // namespace

OrtRunner::OrtRunner(const ml::EngineSettings &settings, ProgressWriter &progress)
    : m_settings(settings), m_progress(progress), m_env(ORT_LOGGING_LEVEL_WARNING, "modellens")
{
    m_env.DisableTelemetryEvents(); // belt and braces: main() set ORT_DISABLE_TELEMETRY=1 before this
}

QByteArray OrtRunner::info()
{
    // GetAvailableProviders() lists what the build was compiled with (TensorRT and CUDA in
    // the GPU packages), not what can load here: each is tried, and one that cannot load is
    // listed apart with the reason, instead of failing the user's first run.
    // Loading a provider logs through the environment's logger: one must exist (quiet, the
    // reason is reported in the answer).
    Ort::Env env(ORT_LOGGING_LEVEL_FATAL, "modellens-info");
    env.DisableTelemetryEvents();
    QJsonArray providers, unavailable;
    for (const auto &p : Ort::GetAvailableProviders()) {
        const QString name = QString::fromStdString(p);
        if (p == "CPUExecutionProvider") {
            providers.append(name);
            continue;
        }
        QString missing;
        try {
            Ort::SessionOptions o;
            if (auto ok = appendProvider(o, p, name); !ok)
                missing = ok.errorMessage();
        } catch (const Ort::Exception &e) {
            missing = QString::fromUtf8(e.what()).trimmed();
        } catch (const std::exception &e) {
            missing = QString::fromUtf8(e.what()).trimmed();
        }
        // What to install: the provider's library beside libonnxruntime.so (the GPU package
        // has them) and the CUDA (and TensorRT) libraries it links.
        if (!missing.isEmpty() && p == "CUDAExecutionProvider")
            missing += u" ("_s
                    + tr("needs %1 beside libonnxruntime.so and the CUDA libraries it links")
                              .arg(u"libonnxruntime_providers_cuda.so"_s)
                    + u")"_s;
        else if (!missing.isEmpty() && p == "TensorrtExecutionProvider")
            missing += u" ("_s
                    + tr("needs %1 beside libonnxruntime.so and the CUDA and TensorRT libraries it links")
                              .arg(u"libonnxruntime_providers_tensorrt.so"_s)
                    + u")"_s;
        if (missing.isEmpty())
            providers.append(name);
        else
            unavailable.append(QJsonObject{{u"name"_s, name}, {u"missing"_s, missing}});
    }
    const QJsonObject o{{u"backend"_s, u"onnxruntime"_s},
                        {u"version"_s, QString::fromStdString(Ort::GetVersionString())},
                        {u"providers"_s, providers},
                        {u"unavailable_providers"_s, unavailable}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

ml::Result<Ort::SessionOptions> OrtRunner::options(const QString &optimizedPath, const QString &profilePrefix) const
{
    const auto &s = m_settings;
    Ort::SessionOptions o;
    o.SetGraphOptimizationLevel(ortLevel(s.optimizationLevel));
    o.SetIntraOpNumThreads(s.intraOpThreads);
    o.SetInterOpNumThreads(s.interOpThreads);
    o.SetExecutionMode(s.parallelExecution ? ORT_PARALLEL : ORT_SEQUENTIAL);
    o.AddConfigEntry("session.intra_op.allow_spinning", s.spinning ? "1" : "0");
    o.AddConfigEntry("session.inter_op.allow_spinning", s.spinning ? "1" : "0");
    if (!optimizedPath.isEmpty())
        o.SetOptimizedModelFilePath(optimizedPath.toStdString().c_str());
    if (!profilePrefix.isEmpty())
        o.EnableProfiling(profilePrefix.toStdString().c_str());

    const std::string ep = s.executionProvider.toStdString();
    if (ep.empty() || ep == "CPUExecutionProvider")
        return o;
    const auto available = Ort::GetAvailableProviders();
    if (std::find(available.begin(), available.end(), ep) == available.end()) {
        QStringList names;
        for (const auto &a : available)
            names << QString::fromStdString(a);
        return ml::makeError(tr("execution provider %1 is not in this ONNX Runtime build (it has: %2)")
                                     .arg(s.executionProvider, names.join(u", "_s)));
    }
    if (auto ok = appendProvider(o, ep, s.executionProvider); !ok)
        return ok.error();
    return o;
}

ml::Result<void> OrtRunner::bind(Ort::Session &session)
{
    Ort::AllocatorWithDefaultOptions allocator;
    m_inputs.clear();
    m_inputNames.clear();
    m_outputNames.clear();
    for (std::size_t i = 0; i < session.GetInputCount(); ++i) {
        const std::string name = session.GetInputNameAllocated(i, allocator).get();
        auto it =
                std::find_if(m_inputData.begin(), m_inputData.end(), [&](const auto &t) { return t.name.toStdString() == name; });
        if (it == m_inputData.end())
            return ml::makeError(
                    tr("the session wants input %1, which the settings do not plan").arg(QString::fromStdString(name)));
        m_inputNames.push_back(name);
        m_inputs.push_back(OrtTensors::wrap(*it));
    }
    for (std::size_t i = 0; i < session.GetOutputCount(); ++i)
        m_outputNames.push_back(session.GetOutputNameAllocated(i, allocator).get());
    m_inputPtrs.clear();
    m_outputPtrs.clear();
    for (const auto &n : m_inputNames)
        m_inputPtrs.push_back(n.c_str());
    for (const auto &n : m_outputNames)
        m_outputPtrs.push_back(n.c_str());
    return {};
}

void OrtRunner::runOnce(Ort::Session &session, std::vector<Ort::Value> *outputs)
{
    auto values = session.Run(m_runOptions, m_inputPtrs.data(), m_inputs.data(), m_inputs.size(), m_outputPtrs.data(),
                              m_outputPtrs.size());
    if (outputs)
        *outputs = std::move(values);
}

OrtRunner::Loop OrtRunner::loop(Ort::Session &session, const QString &stage, int count, double seconds, bool report)
{
    Loop result;
    const bool byTime = seconds > 0;
    const qint64 totalMs = static_cast<qint64>(seconds * 1000);
    if (report)
        m_progress.stage(stage, byTime ? totalMs : count);
    result.latenciesMs.reserve(byTime ? 1024 : static_cast<std::size_t>(std::max(count, 0)));
    const auto start = Clock::now();
    for (int i = 0; byTime || i < count; ++i) {
        const auto t0 = Clock::now();
        auto outputs = session.Run(m_runOptions, m_inputPtrs.data(), m_inputs.data(), m_inputs.size(), m_outputPtrs.data(),
                                   m_outputPtrs.size());
        const auto t1 = Clock::now();
        result.latenciesMs.push_back(std::chrono::duration<double, std::milli>(t1 - t0).count());
        const double elapsedMs = std::chrono::duration<double, std::milli>(t1 - start).count();
        if (report)
            m_progress.update(byTime ? static_cast<qint64>(elapsedMs) : i + 1);
        if (byTime && elapsedMs >= seconds * 1000)
            break;
    }
    result.seconds = std::chrono::duration<double>(Clock::now() - start).count();
    if (report)
        m_progress.update(byTime ? totalMs : count, true);
    return result;
}

ml::Result<ml::RunResult> OrtRunner::run()
{
    const auto &s = m_settings;
    ml::RunResult result;
    result.backend = u"onnxruntime"_s;
    result.backendVersion = QString::fromStdString(Ort::GetVersionString());
    result.settings = s.toJson();
    result.providers << s.executionProvider;
    if (s.executionProvider != u"CPUExecutionProvider")
        result.providers << u"CPUExecutionProvider"_s;

    m_progress.stage(ml::ChildProgress::preparing());
    for (const auto &input : s.inputs) {
        auto data = ml::InputFactory::make(input, s.seed);
        if (!data)
            return data.error();
        m_inputData.push_back(std::move(data.value()));
    }

    const bool profileHere = s.perLayer && !s.separateProfileRun;
    QString optimizedPath = s.saveOptimizedPath;
    if (profileHere && optimizedPath.isEmpty())
        optimizedPath = QDir(s.workDir).filePath(u"optimized.onnx"_s);
    auto opts = options(optimizedPath, profileHere ? QDir(s.workDir).filePath(u"profile"_s) : QString());
    if (!opts)
        return opts.error();

    m_progress.stage(ml::ChildProgress::building());
    auto start = Clock::now();
    auto session = std::make_unique<Ort::Session>(m_env, s.modelPath.toStdString().c_str(), opts.value());
    result.buildMs = msSince(start);
    if (!s.saveOptimizedPath.isEmpty())
        result.optimizedModelPath = s.saveOptimizedPath;
    if (auto ok = bind(*session); !ok)
        return ok.error();

    m_progress.stage(ml::ChildProgress::firstRun());
    std::vector<Ort::Value> outputs;
    start = Clock::now();
    runOnce(*session, &outputs);
    result.firstRunMs = msSince(start);
    if (!s.saveOutputsDir.isEmpty()) {
        std::vector<ml::TensorData> saved;
        for (std::size_t i = 0; i < outputs.size(); ++i) {
            ml::TensorData t = OrtTensors::copy(outputs[i], QString::fromStdString(m_outputNames[i]));
            if (t.name.isEmpty())
                result.warnings << tr("output %1 is not a numeric tensor and was not saved")
                                           .arg(QString::fromStdString(m_outputNames[i]));
            else
                saved.push_back(std::move(t));
        }
        if (auto ok = ml::OutputComparison::save(s.saveOutputsDir, saved); !ok)
            return ok.error();
        result.outputsDir = s.saveOutputsDir;
    }
    outputs.clear();

    const Loop warm = loop(*session, ml::ChildProgress::warmup(), s.warmupIterations, s.warmupSeconds, true);
    result.warmupIterations = static_cast<int>(warm.latenciesMs.size());
    const Loop measured = loop(*session, ml::ChildProgress::measuring(), s.iterations, s.durationSeconds, true);
    result.latenciesMs = measured.latenciesMs;
    result.measuredSeconds = measured.seconds;
    result.peakRssBytes = peakRssBytes();
    result.finish(s.unstableCv);

    if (profileHere) {
        Ort::AllocatorWithDefaultOptions allocator;
        const QString profile = QString::fromUtf8(session->EndProfilingAllocated(allocator).get());
        session.reset();
        m_progress.stage(ml::ChildProgress::reading());
        auto report = ml::OrtLayerAttribution::build(profile, s.modelPath, optimizedPath, 1 + result.warmupIterations);
        if (!report)
            return report.error();
        result.layers = report.value();
        result.layers->notes << tr("profiled in the measured session: the latency above includes the cost of profiling");
        result.profilePath = profile;
        return result;
    }
    session.reset();
    if (s.perLayer)
        if (auto ok = profileLayers(result, std::min(result.warmupIterations, 100), result.iterations); !ok)
            return ok.error();
    return result;
}

ml::Result<void> OrtRunner::profileLayers(ml::RunResult &result, int warmups, int measured)
{
    const auto &s = m_settings;
    const int runs = s.profileIterations > 0 ? s.profileIterations : std::min(measured, 200);
    // Same options, so the optimized graph is the one measured above: reuse the user's copy.
    const QString optimizedPath = s.saveOptimizedPath.isEmpty() ? QDir(s.workDir).filePath(u"optimized.onnx"_s) : QString();
    auto opts = options(optimizedPath, QDir(s.workDir).filePath(u"profile"_s));
    if (!opts)
        return opts.error();
    m_progress.stage(ml::ChildProgress::profiling(), runs);
    Ort::Session session(m_env, s.modelPath.toStdString().c_str(), opts.value());
    if (auto ok = bind(session); !ok)
        return ok.error();
    runOnce(session);
    loop(session, ml::ChildProgress::profiling(), warmups, 0, false);
    const Loop profiled = loop(session, ml::ChildProgress::profiling(), runs, 0, true);
    (void)profiled;
    Ort::AllocatorWithDefaultOptions allocator;
    const QString profile = QString::fromUtf8(session.EndProfilingAllocated(allocator).get());
    m_progress.stage(ml::ChildProgress::reading());
    auto report = ml::OrtLayerAttribution::build(profile, s.modelPath,
                                                 optimizedPath.isEmpty() ? s.saveOptimizedPath : optimizedPath, 1 + warmups);
    if (!report)
        return report.error();
    result.layers = report.value();
    result.profilePath = profile;
    return {};
}

} // namespace ml
