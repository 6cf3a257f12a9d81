// SPDX-License-Identifier: GPL-3.0-or-later
#include "RunImporter.h"

#include "FusedKernelMapper.h"
#include "OnnxModel.h"
#include "OrtLayerAttribution.h"
#include "OrtProfile.h"
#include "TrtexecImport.h"
#include "TrtexecReports.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <map>

using namespace Qt::StringLiterals;

namespace ml {
namespace {

QString tr(const char *text) { return QCoreApplication::translate("ml::HistoryStore", text); }

const QRegularExpression &perfTestLine()
{
    // model name, seconds (or integer nanoseconds in some builds), peak working set, CPU usage, iteration
    static const QRegularExpression re(u"^(.*),([-+0-9.eE]+),(\\d+),(-?\\d+),(\\d+)\\s*$"_s);
    return re;
}

QJsonObject importedMachine(const QString &backend, const QString &version)
{
    QJsonObject o{{u"origin"_s, u"imported"_s}};
    if (!version.isEmpty())
        o.insert(backend == u"tensorrt" ? u"tensorrt"_s : u"onnxruntime"_s, version);
    return o;
}

RunRecord recordOf(RunResult result, const QString &source, const QStringList &files, const QString &model)
{
    RunRecord rec;
    rec.environment = importedMachine(result.backend, result.backendVersion);
    rec.result = std::move(result);
    rec.source = source;
    rec.sourceFiles = files;
    rec.modelPath = model;
    QDateTime oldest;
    for (const QString &f : files) {
        const QDateTime t = QFileInfo(f).lastModified();
        if (!oldest.isValid() || t < oldest)
            oldest = t;
    }
    rec.startedAt = oldest.toUTC(); // what the files tell of when the run was made
    return rec;
}

// Per-iteration lines of onnxruntime_perf_test, split where the iteration count restarts.
std::vector<RunResult> perfTestRuns(const QString &text)
{
    std::vector<RunResult> runs;
    std::vector<double> values;
    std::vector<qint64> peaks;
    auto flush = [&]() {
        if (values.empty())
            return;
        RunResult r;
        r.backend = u"onnxruntime"_s;
        r.settings = QJsonObject{{u"backend"_s, u"ort"_s}};
        // Upstream writes seconds as a double; some builds (MLPerf's loadgen types) write
        // integer nanoseconds. Whole numbers above a million are taken as nanoseconds.
        bool nanoseconds = true;
        for (double v : values)
            nanoseconds = nanoseconds && v == std::floor(v) && v > 1e6;
        for (double v : values)
            r.latenciesMs.push_back(nanoseconds ? v / 1e6 : v * 1000.0);
        r.peakRssBytes = peaks.empty() ? 0 : *std::max_element(peaks.begin(), peaks.end());
        r.firstRunMs = -1;
        r.finish(0.05);
        runs.push_back(std::move(r));
        values.clear();
        peaks.clear();
    };
    for (const QString &line : text.split(u'\n')) {
        const auto m = perfTestLine().match(line.trimmed());
        if (!m.hasMatch())
            continue;
        if (m.captured(5).toLongLong() == 0)
            flush();
        values.push_back(m.captured(2).toDouble());
        peaks.push_back(m.captured(3).toLongLong());
    }
    flush();
    return runs;
}

Result<RunResult> ortProfileRun(const QByteArray &content, const QString &file, const OnnxModel *model)
{
    auto profile = OrtProfile::parse(content);
    if (!profile)
        return makeError(tr("%1: %2").arg(file, profile.errorMessage()));
    RunResult r;
    r.backend = u"onnxruntime"_s;
    r.settings = QJsonObject{{u"backend"_s, u"ort"_s}, {u"per_layer"_s, true}};
    r.firstRunMs = -1;
    // The first Run is the first inference (slower, allocating): left out of the statistics.
    const int skip = profile->runsUs.size() > 1 ? 1 : 0;
    if (skip)
        r.firstRunMs = profile->runsUs.front() / 1000.0;
    for (std::size_t i = std::size_t(skip); i < profile->runsUs.size(); ++i)
        r.latenciesMs.push_back(profile->runsUs[i] / 1000.0);
    r.buildMs = profile->sessionInitializationUs / 1000.0;
    r.finish(0.05);
    r.warnings << tr("latencies from the profile's model_run events: profiling was on, so they include its cost");
    if (model) {
        const FusedKernelMapper mapper(model->proto().graph(), model->proto().graph());
        r.layers = OrtLayerAttribution::build(profile.value(), mapper, skip);
    } else {
        // Without the model: one row per kernel name, summed within a run, averaged over runs.
        std::map<QString, LayerTiming> rows;
        const int measured = std::max<int>(1, int(profile->runsUs.size()) - skip);
        for (const auto &k : profile->kernels) {
            if (k.run >= 0 && k.run < skip)
                continue;
            LayerTiming &row = rows[k.node];
            row.node = k.node;
            row.opType = k.opName;
            row.mapped = false;
            row.meanMs += k.selfUs / 1000.0 / measured;
            row.callsPerRun += 1.0 / measured;
            if (!row.kernels.contains(k.node))
                row.kernels << k.node;
        }
        LayerReport report;
        report.runs = measured;
        for (auto &[name, row] : rows) {
            row.medianMs = row.meanMs;
            report.layers.push_back(row);
        }
        report.endToEndMs = r.latency.mean;
        report.endToEndMedianMs = r.latency.median;
        report.notes << tr("imported without the model: rows are ONNX Runtime's kernels, medians are means");
        report.finish();
        r.layers = report;
    }
    return r;
}

} // namespace

QString RunImporter::kindName(Kind kind)
{
    switch (kind) {
    case Kind::ModelLensJson:
        return u"modellens-cli profile --json"_s;
    case Kind::TrtexecTimes:
        return u"trtexec --exportTimes"_s;
    case Kind::TrtexecProfile:
        return u"trtexec --exportProfile"_s;
    case Kind::TrtexecLayerInfo:
        return u"trtexec --exportLayerInfo"_s;
    case Kind::TrtexecConsole:
        return u"trtexec console log"_s;
    case Kind::OrtProfile:
        return u"ONNX Runtime profile"_s;
    case Kind::PerfTest:
        return u"onnxruntime_perf_test result file"_s;
    case Kind::Unknown:
        break;
    }
    return u"unknown"_s;
}

RunImporter::Kind RunImporter::detect(const QByteArray &content)
{
    const QByteArray head = content.left(4096).trimmed();
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(content, &error);
    if (error.error == QJsonParseError::NoError && doc.isObject()) {
        const QJsonObject o = doc.object();
        if (o.contains(u"backend"_s) && o.contains(u"latency_ms"_s))
            return Kind::ModelLensJson;
        if (o.value(u"Layers"_s).isArray())
            return Kind::TrtexecLayerInfo;
        return Kind::Unknown;
    }
    if (error.error == QJsonParseError::NoError && doc.isArray()) {
        const QJsonArray a = doc.array();
        const QJsonObject first = a.isEmpty() ? QJsonObject() : a.first().toObject();
        if (first.contains(u"count"_s) && (a.size() == 1 || a.at(1).toObject().contains(u"timeMs"_s)))
            return Kind::TrtexecProfile;
        if (first.contains(u"latencyMs"_s) || first.contains(u"computeMs"_s))
            return Kind::TrtexecTimes;
        if (first.contains(u"ph"_s) && first.contains(u"cat"_s))
            return Kind::OrtProfile;
        return Kind::Unknown;
    }
    // ONNX Runtime leaves its profile without the closing bracket when cut short.
    if (head.startsWith('[') && head.contains("\"ph\"") && head.contains("\"cat\""))
        return Kind::OrtProfile;
    if (head.startsWith('[') || head.startsWith('{'))
        return Kind::Unknown;
    const QString text = QString::fromUtf8(content.left(1 << 20));
    if (text.contains(u"=== Performance summary ==="_s) || text.contains(u"&&&& RUNNING TensorRT"_s)
        || text.contains(u"&&&& PASSED TensorRT"_s))
        return Kind::TrtexecConsole;
    int lines = 0, matching = 0;
    for (const QString &line : text.split(u'\n')) {
        const QString l = line.trimmed();
        if (l.isEmpty())
            continue;
        ++lines;
        if (perfTestLine().match(l).hasMatch())
            ++matching;
        else if (!l.contains(u"Latency is"_s)) // the statistics perf_test appends with -s
            return Kind::Unknown;
    }
    return matching > 0 && lines > 0 ? Kind::PerfTest : Kind::Unknown;
}

Result<std::vector<RunRecord>> RunImporter::read(const QStringList &files, const QString &modelPath)
{
    if (files.isEmpty())
        return makeError(tr("no file to import"));
    std::shared_ptr<OnnxModel> opened;
    if (!modelPath.isEmpty()) {
        auto o = OnnxModel::open(modelPath);
        if (!o)
            return o.error();
        opened = o.value();
    }
    const QString model = modelPath.isEmpty() ? QString() : QFileInfo(modelPath).absoluteFilePath();
    std::vector<RunRecord> out;
    TrtexecFiles trt;
    QStringList trtFiles;
    for (const QString &raw : files) {
        const QString file = QFileInfo(raw).absoluteFilePath();
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            return makeError(tr("%1: cannot read it: %2").arg(file, f.errorString()));
        const QByteArray content = f.readAll();
        const Kind kind = detect(content);
        auto bad = [&file](const QString &why) { return makeError(tr("%1: %2").arg(file, why)); };
        switch (kind) {
        case Kind::Unknown:
            return makeError(tr("%1 is none of the files ModelLens imports (trtexec's --exportTimes, --exportProfile, "
                                "--exportLayerInfo or console log, an ONNX Runtime profile, onnxruntime_perf_test's "
                                "result file, modellens-cli profile --json)")
                                     .arg(file));
        case Kind::ModelLensJson: {
            auto r = RunResult::fromJson(QJsonDocument::fromJson(content).object());
            if (!r)
                return bad(r.errorMessage());
            QString own = model;
            const QString recorded = r->settings.value(u"model"_s).toString();
            if (own.isEmpty() && !recorded.isEmpty() && QFileInfo(recorded).isFile())
                own = recorded;
            RunRecord rec = recordOf(std::move(r.value()), u"import:modellens"_s, {file}, own);
            out.push_back(std::move(rec));
            break;
        }
        case Kind::TrtexecTimes: {
            auto t = TrtexecReports::parseTimes(content);
            if (!t)
                return bad(t.errorMessage());
            if (trt.times)
                return bad(tr("a second --exportTimes file: import the runs one at a time"));
            trt.times = t.value();
            trtFiles << file;
            break;
        }
        case Kind::TrtexecProfile: {
            auto p = TrtexecReports::parseProfile(content);
            if (!p)
                return bad(p.errorMessage());
            if (trt.profile)
                return bad(tr("a second --exportProfile file: import the runs one at a time"));
            trt.profile = p.value();
            trtFiles << file;
            break;
        }
        case Kind::TrtexecLayerInfo: {
            auto l = TrtexecReports::parseLayerInfo(content);
            if (!l)
                return bad(l.errorMessage());
            trt.layerInfo = l.value();
            trtFiles << file;
            break;
        }
        case Kind::TrtexecConsole:
            trt.console = TrtexecReports::parseConsole(QString::fromUtf8(content));
            trtFiles << file;
            break;
        case Kind::OrtProfile: {
            auto r = ortProfileRun(content, file, opened.get());
            if (!r)
                return r.error();
            out.push_back(recordOf(std::move(r.value()), u"import:ort-profile"_s, {file}, model));
            break;
        }
        case Kind::PerfTest: {
            std::vector<RunResult> runs = perfTestRuns(QString::fromUtf8(content));
            if (runs.empty())
                return bad(tr("no iterations in this onnxruntime_perf_test result file"));
            // The file says not when each run was made: the last ends at the file's time, the
            // earlier ones are put a second apart before it, in their order in the file.
            const int count = int(runs.size());
            for (int i = 0; i < count; ++i) {
                RunRecord rec = recordOf(std::move(runs[std::size_t(i)]), u"import:perf-test"_s, {file}, model);
                rec.startedAt = rec.startedAt.addSecs(i - count + 1);
                out.push_back(std::move(rec));
            }
            break;
        }
        }
    }
    if (!trtFiles.isEmpty()) {
        auto r = TrtexecImport::run(trt, opened ? &opened->proto().graph() : nullptr);
        if (!r)
            return makeError(tr("%1: %2").arg(trtFiles.join(u", "_s), r.errorMessage()));
        out.push_back(recordOf(std::move(r.value()), u"import:trtexec"_s, trtFiles, model));
    }
    return out;
}

} // namespace ml
