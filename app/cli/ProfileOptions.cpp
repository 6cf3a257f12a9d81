// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProfileOptions.h"

#include "ShapeSpec.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <map>

using namespace Qt::StringLiterals;

namespace ml {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("cli", text); }

ml::Result<std::map<QString, ml::Shape>> shapeMap(const QString &text)
{
    auto parsed = ml::ShapeSpec::parse(text);
    if (!parsed)
        return parsed.error();
    std::map<QString, ml::Shape> out;
    for (const auto &[name, shape] : parsed.value())
        out[name] = shape;
    return out;
}

ml::Result<int> count(const QString &text, const QString &option, int minimum)
{
    bool ok = false;
    const int v = text.toInt(&ok);
    if (!ok || v < minimum)
        return ml::makeError(tr("%1 wants a whole number of at least %2, not \"%3\"").arg(option).arg(minimum).arg(text));
    return v;
}

ml::Result<double> seconds(const QString &text, const QString &option)
{
    bool ok = false;
    const double v = text.toDouble(&ok);
    if (!ok || v <= 0)
        return ml::makeError(tr("%1 wants a positive number of seconds, not \"%2\"").arg(option, text));
    return v;
}

} // namespace

ml::Result<ml::EngineSettings> ProfileOptions::withOverrides(const ml::EngineSettings &base, const QString &overrides,
                                                             const QString &option)
{
    ml::EngineSettings s = base;
    for (const QString &pair : overrides.split(u',', Qt::SkipEmptyParts)) {
        const QString key = pair.section(u'=', 0, 0).trimmed();
        const QString value = pair.section(u'=', 1).trimmed();
        // Counts: the setting and the smallest value it takes.
        const std::map<QString, std::pair<int *, int>> counts{{u"threads"_s, {&s.intraOpThreads, 0}},
                                                              {u"inter-threads"_s, {&s.interOpThreads, 0}},
                                                              {u"iterations"_s, {&s.iterations, 1}},
                                                              {u"warmup"_s, {&s.warmupIterations, 0}}};
        if (const auto c = counts.find(key); c != counts.end()) {
            auto n = count(value, key, c->second.second);
            if (!n)
                return n.error();
            *c->second.first = n.value();
            if (key == u"iterations")
                s.durationSeconds = 0;
        } else if (key == u"backend") {
            const auto backend = parseBackendId(value);
            if (!backend)
                return makeError(tr("%1: backend is ort or trtexec, not \"%2\"").arg(option, value), ErrorCode::InvalidSettings);
            s.backend = *backend;
        } else if (key == u"opt-level") {
            const auto level = ml::parseOptimizationLevel(value);
            if (!level)
                return ml::makeError(tr("unknown optimization level \"%1\" (none, basic, extended, all)").arg(value));
            s.optimizationLevel = *level;
        } else if (key == u"duration") {
            auto v = seconds(value, key);
            if (!v)
                return v.error();
            s.durationSeconds = v.value();
        } else if (key == u"ep" || key == u"provider") {
            s.executionProvider = value;
        } else if (key == u"precision") {
            s.precisions = value.split(u'+', Qt::SkipEmptyParts);
        } else if (key == u"spinning") {
            if (value != u"on" && value != u"off")
                return ml::makeError(tr("%1: spinning is on or off, not \"%2\"").arg(option, value));
            s.spinning = value == u"on";
        } else if (key == u"seed") {
            bool ok = false;
            s.seed = value.toULongLong(&ok);
            if (!ok)
                return ml::makeError(tr("--seed wants a whole number, not \"%1\"").arg(value));
        } else {
            return ml::makeError(tr("%1: unknown setting \"%2\" (backend, opt-level, threads, inter-threads, ep or "
                                    "provider, precision, iterations, duration, warmup, spinning, seed)")
                                         .arg(option, key));
        }
    }
    return s;
}

ml::Result<ProfileOptions> ProfileOptions::parse(const QStringList &arguments)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Build an inference engine for an ONNX model, run it in a child process, and report "
                                   "latency statistics, memory and (with --per-layer) the time of every node."));
    p.addHelpOption();
    p.addPositionalArgument(u"model"_s, tr("The .onnx file."));
    auto opt = [&p](const QString &name, const QString &help, const QString &value = QString()) {
        p.addOption(QCommandLineOption(name, help, value));
    };
    opt(u"backend"_s, tr("ort (ONNX Runtime, default) or trtexec (TensorRT)."), u"name"_s);
    opt(u"shapes"_s,
        tr("Shapes of inputs with dynamic dims, trtexec syntax: in:1x3x224x224,mask:1x128. "
           "Others get defaults (see --plan)."),
        u"list"_s);
    opt(u"min-shapes"_s, tr("trtexec: smallest shapes the engine accepts (default: the dynamic batch from 1)."), u"list"_s);
    opt(u"max-shapes"_s, tr("trtexec: largest shapes the engine accepts (default: --shapes)."), u"list"_s);
    opt(u"inputs"_s,
        tr("Values per input: name:file.npy|file.pb|file.bin, name:=VALUE (every element), "
           "name:LOW..HIGH (random range). Default: random, see --seed."),
        u"list"_s);
    opt(u"seed"_s, tr("Seed of the random inputs (default 0)."), u"n"_s);
    opt(u"threads"_s, tr("ONNX Runtime intra-op threads (default: one per core)."), u"n"_s);
    opt(u"inter-threads"_s, tr("ONNX Runtime inter-op threads."), u"n"_s);
    opt(u"parallel"_s, tr("ONNX Runtime parallel execution mode (default sequential)."));
    opt(u"no-spinning"_s, tr("Turn off ONNX Runtime's thread spinning (steadier on busy machines)."));
    opt(u"opt-level"_s, tr("ONNX Runtime graph optimization: none, basic, extended, all (default)."), u"level"_s);
    opt(u"ep"_s, tr("ONNX Runtime execution provider (default CPUExecutionProvider; see --list-backends)."), u"name"_s);
    opt(u"warmup"_s, tr("Warm-up iterations (default 5)."), u"n"_s);
    opt(u"warmup-duration"_s, tr("Warm up for this many seconds instead."), u"s"_s);
    opt(u"iterations"_s, tr("Measured iterations (default 100)."), u"n"_s);
    opt(u"duration"_s, tr("Measure for this many seconds instead."), u"s"_s);
    opt(u"rounds"_s,
        tr("Split the measurement over this many fresh engines (default 5), so that drift between sessions "
           "is measured; the iterations are shared out."),
        u"n"_s);
    opt(u"per-layer"_s, tr("Time every node (in a second, profiled session; latency stays unprofiled)."));
    opt(u"profile-iterations"_s, tr("Runs of the per-layer profile (default: as many as measured, at most 200)."), u"n"_s);
    opt(u"save-optimized"_s, tr("Save the graph ONNX Runtime actually runs."), u"file"_s);
    opt(u"save-outputs"_s, tr("Save the first run's outputs as .npy files into this folder."), u"dir"_s);
    opt(u"precision"_s, tr("trtexec precision flags: fp16,bf16,int8,fp8,best,noTF32,stronglyTyped."), u"list"_s);
    opt(u"workspace"_s, tr("trtexec workspace in MiB."), u"MiB"_s);
    opt(u"timing-cache"_s, tr("trtexec timing cache file."), u"file"_s);
    opt(u"save-engine"_s, tr("trtexec: where to keep the built .engine."), u"file"_s);
    opt(u"trtexec"_s, tr("Path of trtexec (default: PATH, then $MODELLENS_TRTEXEC)."), u"file"_s);
    opt(u"memory-limit"_s, tr("Address-space limit of the engine process in MB."), u"MB"_s);
    opt(u"compare"_s,
        tr("Run again with these changes and compare outputs: backend=trtexec,opt-level=none,"
           "threads=2,ep=NAME,precision=fp16+int8."),
        u"changes"_s);
    opt(u"tolerance"_s, tr("Comparison tolerance ATOL[,RTOL] (default 1e-4,1e-3; |a-b| <= atol + rtol*|b|)."), u"t"_s);
    opt(u"top"_s, tr("Rows of the per-layer table in text output (default 25, 0: all)."), u"n"_s);
    opt(u"plan"_s, tr("Show the inputs as they would run (defaults marked) and stop."));
    opt(u"list-backends"_s, tr("Say which backends can run here, and what is missing for the others."));
    opt(u"json"_s, tr("Print one JSON object."));
    opt(u"db"_s, tr("The run history to store the runs in (default: $MODELLENS_DB, else history.sqlite in the data folder)."),
        u"file"_s);
    opt(u"no-history"_s, tr("Do not store the runs in the history."));

    ProfileOptions o;
    if (!p.parse(arguments))
        return ml::makeError(p.errorText());
    o.helpText = p.helpText();
    o.help = p.isSet(u"help"_s);
    o.json = p.isSet(u"json"_s);
    o.history = !p.isSet(u"no-history"_s);
    o.database = p.value(u"db"_s);
    o.listBackends = p.isSet(u"list-backends"_s);
    o.planOnly = p.isSet(u"plan"_s);
    if (o.help || o.listBackends)
        return o;
    if (p.positionalArguments().size() != 1)
        return ml::makeError(tr("usage: modellens-cli profile MODEL [options] (see --help)"));
    ml::EngineSettings &s = o.settings;
    s.modelPath = p.positionalArguments().first();
    s.rounds = 5; // the CLI's default; the GUI's runs have one round
    if (p.isSet(u"backend"_s)) {
        const auto backend = parseBackendId(p.value(u"backend"_s));
        if (!backend)
            return makeError(tr("--backend is ort or trtexec, not \"%1\"").arg(p.value(u"backend"_s)),
                             ErrorCode::InvalidSettings);
        s.backend = *backend;
    }
    for (const auto &[option, target] : {std::pair{u"shapes"_s, &s.shapes}, std::pair{u"min-shapes"_s, &s.minShapes},
                                         std::pair{u"max-shapes"_s, &s.maxShapes}}) {
        if (!p.isSet(option))
            continue;
        auto shapes = shapeMap(p.value(option));
        if (!shapes)
            return ml::makeError(u"--%1: %2"_s.arg(option, shapes.errorMessage()));
        *target = shapes.value();
    }
    if (p.isSet(u"inputs"_s)) {
        auto entries = ml::ShapeSpec::splitEntries(p.value(u"inputs"_s));
        if (!entries)
            return ml::makeError(u"--inputs: "_s + entries.errorMessage());
        for (const auto &[name, value] : entries.value()) {
            auto source = ml::InputSource::parse(value);
            if (!source)
                return ml::makeError(u"--inputs %1: %2"_s.arg(name, source.errorMessage()));
            s.sources[name] = source.value();
        }
    }
    if (p.isSet(u"seed"_s)) {
        bool ok = false;
        s.seed = p.value(u"seed"_s).toULongLong(&ok);
        if (!ok)
            return ml::makeError(tr("--seed wants a whole number, not \"%1\"").arg(p.value(u"seed"_s)));
    }
    struct IntOption {
        QString name;
        int *target;
        int minimum;
    };
    int memoryMb = 0;
    for (const IntOption &i :
         {IntOption{u"threads"_s, &s.intraOpThreads, 0}, IntOption{u"inter-threads"_s, &s.interOpThreads, 0},
          IntOption{u"warmup"_s, &s.warmupIterations, 0}, IntOption{u"iterations"_s, &s.iterations, 1},
          IntOption{u"profile-iterations"_s, &s.profileIterations, 1}, IntOption{u"workspace"_s, &s.workspaceMiB, 1},
          IntOption{u"top"_s, &o.top, 0}, IntOption{u"memory-limit"_s, &memoryMb, 1}, IntOption{u"rounds"_s, &s.rounds, 1}}) {
        if (!p.isSet(i.name))
            continue;
        auto n = count(p.value(i.name), u"--"_s + i.name, i.minimum);
        if (!n)
            return n.error();
        *i.target = n.value();
    }
    s.memoryLimitBytes = static_cast<qint64>(memoryMb) * 1000 * 1000;
    for (const auto &[name, target] :
         {std::pair{u"duration"_s, &s.durationSeconds}, std::pair{u"warmup-duration"_s, &s.warmupSeconds}}) {
        if (!p.isSet(name))
            continue;
        auto v = seconds(p.value(name), u"--"_s + name);
        if (!v)
            return v.error();
        *target = v.value();
    }
    if (p.isSet(u"duration"_s) && p.isSet(u"iterations"_s))
        return ml::makeError(tr("--iterations and --duration exclude each other"));
    s.parallelExecution = p.isSet(u"parallel"_s);
    s.spinning = !p.isSet(u"no-spinning"_s);
    if (p.isSet(u"opt-level"_s)) {
        const auto level = ml::parseOptimizationLevel(p.value(u"opt-level"_s));
        if (!level)
            return ml::makeError(tr("--opt-level is none, basic, extended or all, not \"%1\"").arg(p.value(u"opt-level"_s)));
        s.optimizationLevel = *level;
    }
    if (p.isSet(u"ep"_s))
        s.executionProvider = p.value(u"ep"_s);
    s.perLayer = p.isSet(u"per-layer"_s);
    s.saveOptimizedPath = p.value(u"save-optimized"_s);
    s.saveOutputsDir = p.value(u"save-outputs"_s);
    if (p.isSet(u"precision"_s))
        s.precisions = p.value(u"precision"_s).split(u',', Qt::SkipEmptyParts);
    s.timingCachePath = p.value(u"timing-cache"_s);
    s.enginePath = p.value(u"save-engine"_s);
    s.trtexecPath = p.value(u"trtexec"_s);
    o.compare = p.value(u"compare"_s);
    if (p.isSet(u"tolerance"_s)) {
        const QStringList parts = p.value(u"tolerance"_s).split(u',');
        bool ok1 = false, ok2 = true;
        o.atol = parts.value(0).toDouble(&ok1);
        if (parts.size() > 1)
            o.rtol = parts.value(1).toDouble(&ok2);
        if (!ok1 || !ok2 || o.atol < 0 || o.rtol < 0)
            return ml::makeError(tr("--tolerance wants ATOL[,RTOL], not \"%1\"").arg(p.value(u"tolerance"_s)));
    }
    return o;
}

} // namespace ml
