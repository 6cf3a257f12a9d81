// SPDX-License-Identifier: GPL-3.0-or-later
#include "ComparisonReport.h"

#include "RobustStats.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtConcurrent>

#include <cmath>

using namespace Qt::StringLiterals;

namespace ml {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("ml::Verdict", text); }

QString valueText(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Undefined:
    case QJsonValue::Null:
        return u"-"_s;
    case QJsonValue::String:
        return v.toString().isEmpty() ? u"\"\""_s : v.toString();
    case QJsonValue::Bool:
        return v.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Double:
        return QString::number(v.toDouble());
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

// Every key of either object whose values differ, in key order.
void diffObjects(const QJsonObject &a, const QJsonObject &b, RunDifference::Kind kind, const QString &prefix,
                 const QStringList &skip, std::vector<RunDifference> &out)
{
    QStringList keys = a.keys();
    for (const QString &k : b.keys())
        if (!keys.contains(k))
            keys << k;
    keys.sort();
    for (const QString &k : std::as_const(keys)) {
        if (skip.contains(k) || a.value(k) == b.value(k))
            continue;
        out.push_back({kind, prefix + k, valueText(a.value(k)), valueText(b.value(k))});
    }
}

QString versionText(const RunSummary &s)
{
    if (s.versionSha256.isEmpty())
        return u"-"_s;
    QString t = s.versionSha256.left(12);
    if (!s.versionLabel.isEmpty())
        t = s.versionLabel + u" ("_s + t + u')';
    if (s.edited)
        t += tr(" (edited)");
    return t;
}

Result<void> usable(const StoredRun &run)
{
    const RunSummary &s = run.summary;
    if (s.status != RunStatus::Completed)
        return makeError(tr("run %1 did not complete (%2%3): there are no times to compare")
                                 .arg(s.id, runStatusName(s.status),
                                      s.failureReason.isEmpty() ? QString() : u": "_s + s.failureReason.section(u'\n', 0, 0)));
    if (run.result.latenciesMs.empty())
        return makeError(tr("run %1 has no measured iterations: there are no times to compare").arg(s.id));
    return {};
}

QString presenceId(LayerDelta::Presence p)
{
    switch (p) {
    case LayerDelta::Presence::Both:
        return u"both"_s;
    case LayerDelta::Presence::Added:
        return u"added"_s;
    case LayerDelta::Presence::Removed:
        return u"removed"_s;
    }
    return {};
}

QJsonObject verdictJson(const Verdict &v)
{
    QJsonObject o = v.toJson();
    o.insert(u"text"_s, v.text());
    return o;
}

} // namespace

QString RunDifference::kindId(Kind kind)
{
    switch (kind) {
    case Kind::Model:
        return u"model"_s;
    case Kind::ModelVersion:
        return u"modelVersion"_s;
    case Kind::Machine:
        return u"machine"_s;
    case Kind::Engine:
        return u"engine"_s;
    case Kind::Settings:
        return u"settings"_s;
    }
    return {};
}

QJsonObject RunDifference::toJson() const { return {{u"kind"_s, kindId(kind)}, {u"what"_s, what}, {u"a"_s, a}, {u"b"_s, b}}; }

SampleSet samplesOf(const StoredRun &run)
{
    SampleSet s;
    s.iterations = run.result.latenciesMs;
    for (const RunRound &round : run.rounds)
        if (!round.latenciesMs.empty())
            s.roundMedians.push_back(median(round.latenciesMs));
    return s;
}

LayerSampleMap layerSamplesOf(const StoredRun &run)
{
    LayerSampleMap out;
    if (!run.result.layers)
        return out;
    const auto &rows = run.result.layers->layers;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const LayerTiming &row = rows[i];
        const QString key = row.graph.isEmpty() ? row.node : row.graph + u':' + row.node;
        auto [it, added] = out.try_emplace(key);
        if (!added)
            continue; // a name twice (unmapped kernels): the first, largest row stands
        it->second.opType = row.opType;
        for (const RunRound &round : run.rounds) {
            // NaN: the round has no such row (a kernel that ran in some sessions only).
            if (i < round.layerMeansMs.size() && std::isfinite(round.layerMeansMs[i]))
                it->second.roundMeans.push_back(round.layerMeansMs[i]);
        }
        if (it->second.roundMeans.empty())
            it->second.roundMeans.push_back(row.meanMs);
    }
    return out;
}

std::vector<RunDifference> differencesOf(const StoredRun &a, const StoredRun &b)
{
    using K = RunDifference::Kind;
    std::vector<RunDifference> out;
    const RunSummary &sa = a.summary, &sb = b.summary;
    if (sa.modelId != sb.modelId)
        out.push_back({K::Model, tr("model"), sa.modelPath.isEmpty() ? sa.modelName : sa.modelPath,
                       sb.modelPath.isEmpty() ? sb.modelName : sb.modelPath});
    if (sa.versionSha256 != sb.versionSha256 || sa.versionLabel != sb.versionLabel || sa.edited != sb.edited)
        out.push_back({K::ModelVersion, tr("model version"), versionText(sa), versionText(sb)});
    // Engine versions are part of the stored machine; they are listed as engines below.
    diffObjects(a.machine, b.machine, K::Machine, tr("machine: "), {u"onnxruntime"_s, u"tensorrt"_s}, out);
    const auto engine = [&](const char *key, const QString &name) {
        const QString va = a.machine.value(QLatin1StringView(key)).toString();
        const QString vb = b.machine.value(QLatin1StringView(key)).toString();
        if (va != vb)
            out.push_back({K::Engine, name, va.isEmpty() ? u"-"_s : va, vb.isEmpty() ? u"-"_s : vb});
    };
    engine("onnxruntime", u"ONNX Runtime"_s);
    engine("tensorrt", u"TensorRT"_s);
    if (sa.backend != sb.backend)
        out.push_back({K::Engine, tr("backend"), sa.backend, sb.backend});
    diffObjects(a.settings, b.settings, K::Settings, tr("setting "), {}, out);
    return out;
}

Result<ComparisonReport> compareStoredRuns(const StoredRun &a, const StoredRun &b, const VerdictOptions &options,
                                           const LayerOptions &layerOptions)
{
    for (const StoredRun *run : {&a, &b})
        if (auto ok = usable(*run); !ok)
            return ok.error();
    ComparisonReport r;
    r.a = a.summary;
    r.b = b.summary;
    r.differences = differencesOf(a, b);
    const SampleSet sa = samplesOf(a), sb = samplesOf(b);
    r.roundMediansA = sa.roundMedians;
    r.roundMediansB = sb.roundMedians;
    auto median = compareRuns(sa, sb, options);
    if (!median)
        return withContext(tr("runs %1 and %2: ").arg(a.summary.id, b.summary.id), median.error());
    r.median = median.value();
    // The p99 bootstrap (over every iteration) beside the layers' (on the pool themselves).
    QFuture<Result<Verdict>> p99 = QtConcurrent::run([&sa, &sb, &options] { return compareP99(sa, sb, options); });
    const LayerSampleMap la = layerSamplesOf(a), lb = layerSamplesOf(b);
    if (!la.empty() || !lb.empty()) {
        auto layers = compareLayers(la, lb, layerOptions);
        if (!layers) {
            p99.waitForFinished();
            return withContext(tr("runs %1 and %2: ").arg(a.summary.id, b.summary.id), layers.error());
        }
        r.layers = std::move(layers).value();
    }
    Result<Verdict> tail = p99.result();
    if (!tail)
        return withContext(tr("runs %1 and %2: ").arg(a.summary.id, b.summary.id), tail.error());
    r.p99 = tail.value();
    return r;
}

bool ComparisonReport::slower() const { return median.kind == Verdict::Slower || p99.kind == Verdict::Slower; }

QJsonObject ComparisonReport::toJson() const
{
    QJsonArray diffs;
    for (const RunDifference &d : differences)
        diffs.append(d.toJson());
    QJsonArray rows;
    for (const LayerDelta &d : layers) {
        QJsonObject o{{u"node"_s, d.node}, {u"op_type"_s, d.opType}, {u"presence"_s, presenceId(d.presence)},
                      {u"a_ms"_s, d.a},    {u"b_ms"_s, d.b},         {u"delta_ms"_s, d.delta()}};
        if (d.verdict)
            o.insert(u"verdict"_s, verdictJson(*d.verdict));
        rows.append(o);
    }
    QJsonObject ra = a.toJson(), rb = b.toJson();
    ra.insert(u"round_medians_ms"_s, jsonNumbers(roundMediansA));
    rb.insert(u"round_medians_ms"_s, jsonNumbers(roundMediansB));
    return {{u"a"_s, ra},
            {u"b"_s, rb},
            {u"differences"_s, diffs},
            {u"median"_s, verdictJson(median)},
            {u"p99"_s, verdictJson(p99)},
            {u"layers"_s, rows},
            {u"slower"_s, slower()}};
}

} // namespace ml
