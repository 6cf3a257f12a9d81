// SPDX-License-Identifier: GPL-3.0-or-later
#include "EngineSettings.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ml {
namespace {

QString tr(const char *text) { return QCoreApplication::translate("EngineSettings", text); }

QJsonObject shapesToJson(const std::map<QString, Shape> &shapes)
{
    QJsonObject o;
    for (const auto &[name, shape] : shapes) {
        QJsonArray a;
        for (auto d : shape)
            a.append(static_cast<qint64>(d));
        o.insert(name, a);
    }
    return o;
}

std::map<QString, Shape> shapesFromJson(const QJsonValue &value)
{
    std::map<QString, Shape> shapes;
    const QJsonObject o = value.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        Shape s;
        for (const auto &d : it.value().toArray())
            s.push_back(d.toInteger());
        shapes[it.key()] = s;
    }
    return shapes;
}

} // namespace

QString optimizationLevelName(OptimizationLevel level)
{
    switch (level) {
    case OptimizationLevel::None:
        return u"none"_s;
    case OptimizationLevel::Basic:
        return u"basic"_s;
    case OptimizationLevel::Extended:
        return u"extended"_s;
    case OptimizationLevel::All:
        return u"all"_s;
    }
    return {};
}

std::optional<OptimizationLevel> parseOptimizationLevel(const QString &name)
{
    for (auto level : {OptimizationLevel::None, OptimizationLevel::Basic, OptimizationLevel::Extended, OptimizationLevel::All})
        if (name.compare(optimizationLevelName(level), Qt::CaseInsensitive) == 0)
            return level;
    return std::nullopt;
}

QString backendIdName(BackendId id) { return id == BackendId::Trtexec ? u"trtexec"_s : u"ort"_s; }

std::optional<BackendId> parseBackendId(const QString &name)
{
    if (name == u"ort" || name == u"onnxruntime")
        return BackendId::OnnxRuntime;
    if (name == u"trtexec" || name == u"tensorrt")
        return BackendId::Trtexec;
    return std::nullopt;
}

std::vector<BackendId> allBackends() { return {BackendId::OnnxRuntime, BackendId::Trtexec}; }

QJsonObject EngineSettings::toJson() const
{
    QJsonObject sourcesJson;
    for (const auto &[name, source] : sources)
        sourcesJson.insert(name, source.toJson());
    QJsonArray inputsJson;
    for (const auto &input : inputs)
        inputsJson.append(input.toJson());
    QJsonObject o{
            {u"backend"_s, backendIdName(backend)},
            {u"model"_s, modelPath},
            {u"shapes"_s, shapesToJson(shapes)},
            {u"min_shapes"_s, shapesToJson(minShapes)},
            {u"max_shapes"_s, shapesToJson(maxShapes)},
            {u"sources"_s, sourcesJson},
            {u"seed"_s, QString::number(seed)}, // as text: JSON numbers lose 64-bit integers
            {u"inputs"_s, inputsJson},
            {u"optimization_level"_s, optimizationLevelName(optimizationLevel)},
            {u"intra_op_threads"_s, intraOpThreads},
            {u"inter_op_threads"_s, interOpThreads},
            {u"execution_mode"_s, parallelExecution ? u"parallel"_s : u"sequential"_s},
            {u"spinning"_s, spinning},
            {u"execution_provider"_s, executionProvider},
            {u"save_optimized"_s, saveOptimizedPath},
            {u"trtexec"_s, trtexecPath},
            {u"precisions"_s, QJsonArray::fromStringList(precisions)},
            {u"workspace_mib"_s, workspaceMiB},
            {u"timing_cache"_s, timingCachePath},
            {u"engine"_s, enginePath},
            {u"builder_optimization_level"_s, builderOptimizationLevel},
            {u"warmup_iterations"_s, warmupIterations},
            {u"warmup_seconds"_s, warmupSeconds},
            {u"iterations"_s, iterations},
            {u"duration_seconds"_s, durationSeconds},
            {u"per_layer"_s, perLayer},
            {u"profile_iterations"_s, profileIterations},
            {u"separate_profile_run"_s, separateProfileRun},
            {u"unstable_cv"_s, unstableCv},
            {u"save_outputs"_s, saveOutputsDir},
            {u"memory_limit_bytes"_s, memoryLimitBytes},
            {u"work_dir"_s, workDir},
            {u"result"_s, resultPath},
    };
    if (rounds != 1)
        o.insert(u"rounds"_s, rounds);
    return o;
}

Result<EngineSettings> EngineSettings::fromJson(const QJsonObject &o)
{
    EngineSettings s;
    if (o.contains(u"backend"_s)) {
        const auto backend = parseBackendId(o.value(u"backend"_s).toString());
        if (!backend)
            return makeError(tr("unknown backend \"%1\" (known: ort, trtexec)").arg(o.value(u"backend"_s).toString()),
                             ErrorCode::InvalidSettings);
        s.backend = *backend;
    }
    s.modelPath = o.value(u"model"_s).toString();
    s.shapes = shapesFromJson(o.value(u"shapes"_s));
    s.minShapes = shapesFromJson(o.value(u"min_shapes"_s));
    s.maxShapes = shapesFromJson(o.value(u"max_shapes"_s));
    const QJsonObject sourcesJson = o.value(u"sources"_s).toObject();
    for (auto it = sourcesJson.begin(); it != sourcesJson.end(); ++it)
        s.sources[it.key()] = InputSource::fromJson(it.value().toObject());
    s.seed = o.value(u"seed"_s).toString().toULongLong();
    for (const auto &v : o.value(u"inputs"_s).toArray())
        s.inputs.push_back(PlannedInput::fromJson(v.toObject()));
    const auto level = parseOptimizationLevel(o.value(u"optimization_level"_s).toString(u"all"_s));
    if (!level)
        return makeError(tr("unknown optimization level \"%1\" (none, basic, extended, all)")
                                 .arg(o.value(u"optimization_level"_s).toString()));
    s.optimizationLevel = *level;
    s.intraOpThreads = o.value(u"intra_op_threads"_s).toInt();
    s.interOpThreads = o.value(u"inter_op_threads"_s).toInt();
    s.parallelExecution = o.value(u"execution_mode"_s).toString() == u"parallel";
    s.spinning = o.value(u"spinning"_s).toBool(true);
    s.executionProvider = o.value(u"execution_provider"_s).toString(s.executionProvider);
    s.saveOptimizedPath = o.value(u"save_optimized"_s).toString();
    s.trtexecPath = o.value(u"trtexec"_s).toString();
    for (const auto &v : o.value(u"precisions"_s).toArray())
        s.precisions << v.toString();
    s.workspaceMiB = o.value(u"workspace_mib"_s).toInt();
    s.timingCachePath = o.value(u"timing_cache"_s).toString();
    s.enginePath = o.value(u"engine"_s).toString();
    s.builderOptimizationLevel = o.value(u"builder_optimization_level"_s).toInt(-1);
    s.warmupIterations = o.value(u"warmup_iterations"_s).toInt(s.warmupIterations);
    s.warmupSeconds = o.value(u"warmup_seconds"_s).toDouble();
    s.iterations = o.value(u"iterations"_s).toInt(s.iterations);
    s.durationSeconds = o.value(u"duration_seconds"_s).toDouble();
    s.rounds = std::max(1, o.value(u"rounds"_s).toInt(1));
    s.perLayer = o.value(u"per_layer"_s).toBool();
    s.profileIterations = o.value(u"profile_iterations"_s).toInt();
    s.separateProfileRun = o.value(u"separate_profile_run"_s).toBool(true);
    s.unstableCv = o.value(u"unstable_cv"_s).toDouble(s.unstableCv);
    s.saveOutputsDir = o.value(u"save_outputs"_s).toString();
    s.memoryLimitBytes = o.value(u"memory_limit_bytes"_s).toInteger();
    s.workDir = o.value(u"work_dir"_s).toString();
    s.resultPath = o.value(u"result"_s).toString();
    if (s.iterations < 1 && s.durationSeconds <= 0)
        return makeError(tr("a run needs at least one iteration or a duration"));
    return s;
}

} // namespace ml
