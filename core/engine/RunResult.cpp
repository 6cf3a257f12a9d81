// SPDX-License-Identifier: GPL-3.0-or-later
#include "RunResult.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <numeric>

using namespace Qt::StringLiterals;

namespace ml {
namespace {
QString tr(const char *text) { return QCoreApplication::translate("RunResult", text); }
} // namespace

void RunResult::finish(double unstableCv)
{
    iterations = static_cast<int>(latenciesMs.size());
    latency = LatencyStats::compute(latenciesMs);
    if (measuredSeconds <= 0)
        measuredSeconds = std::accumulate(latenciesMs.begin(), latenciesMs.end(), 0.0) / 1000.0;
    throughputPerS = measuredSeconds > 0 ? iterations / measuredSeconds : 0;
    unstable = latency.count > 1 && latency.cv > unstableCv;
    if (unstable)
        warnings << tr("unstable: the latency's coefficient of variation is %1% (above %2%); "
                       "other load on the machine, frequency scaling or thread spinning may be the cause")
                            .arg(latency.cv * 100, 0, 'f', 1)
                            .arg(unstableCv * 100, 0, 'f', 1);
}

QJsonObject RunResult::toJson() const
{
    QJsonArray samples;
    for (double v : latenciesMs)
        samples.append(v);
    QJsonObject extra;
    for (const auto &[name, stats] : extraTimes)
        extra.insert(name, stats.toJson());
    QJsonObject o{{u"backend"_s, backend},
                  {u"backend_version"_s, backendVersion},
                  {u"settings"_s, settings},
                  {u"providers"_s, QJsonArray::fromStringList(providers)},
                  {u"build_ms"_s, buildMs},
                  {u"first_run_ms"_s, firstRunMs},
                  {u"warmup_iterations"_s, warmupIterations},
                  {u"iterations"_s, iterations},
                  {u"measured_seconds"_s, measuredSeconds},
                  {u"latency_ms"_s, latency.toJson()},
                  {u"latencies_ms"_s, samples},
                  {u"throughput_per_s"_s, throughputPerS},
                  {u"peak_rss_bytes"_s, peakRssBytes},
                  {u"unstable"_s, unstable},
                  {u"warnings"_s, QJsonArray::fromStringList(warnings)},
                  {u"extra_times_ms"_s, extra},
                  {u"optimized_model"_s, optimizedModelPath},
                  {u"profile"_s, profilePath},
                  {u"engine"_s, enginePath},
                  {u"outputs"_s, outputsDir}};
    if (layers) {
        QJsonObject report = layers->toJson();
        o.insert(u"layers"_s, report.take(u"layers"_s));
        o.insert(u"per_layer"_s, report);
    }
    return o;
}

Result<RunResult> RunResult::fromJson(const QJsonObject &o)
{
    if (!o.contains(u"backend"_s) || !o.contains(u"latency_ms"_s))
        return makeError(tr("not a ModelLens run result (no backend or latency_ms)"));
    RunResult r;
    r.backend = o.value(u"backend"_s).toString();
    r.backendVersion = o.value(u"backend_version"_s).toString();
    r.settings = o.value(u"settings"_s).toObject();
    for (const auto &v : o.value(u"providers"_s).toArray())
        r.providers << v.toString();
    r.buildMs = o.value(u"build_ms"_s).toDouble();
    r.firstRunMs = o.value(u"first_run_ms"_s).toDouble();
    r.warmupIterations = o.value(u"warmup_iterations"_s).toInt();
    r.iterations = o.value(u"iterations"_s).toInt();
    r.measuredSeconds = o.value(u"measured_seconds"_s).toDouble();
    r.latency = LatencyStats::fromJson(o.value(u"latency_ms"_s).toObject());
    for (const auto &v : o.value(u"latencies_ms"_s).toArray())
        r.latenciesMs.push_back(v.toDouble());
    r.throughputPerS = o.value(u"throughput_per_s"_s).toDouble();
    r.peakRssBytes = o.value(u"peak_rss_bytes"_s).toInteger();
    r.unstable = o.value(u"unstable"_s).toBool();
    for (const auto &v : o.value(u"warnings"_s).toArray())
        r.warnings << v.toString();
    const QJsonObject extra = o.value(u"extra_times_ms"_s).toObject();
    for (auto it = extra.begin(); it != extra.end(); ++it)
        r.extraTimes[it.key()] = LatencyStats::fromJson(it.value().toObject());
    r.optimizedModelPath = o.value(u"optimized_model"_s).toString();
    r.profilePath = o.value(u"profile"_s).toString();
    r.enginePath = o.value(u"engine"_s).toString();
    r.outputsDir = o.value(u"outputs"_s).toString();
    if (o.contains(u"layers"_s)) {
        QJsonObject report = o.value(u"per_layer"_s).toObject();
        report.insert(u"layers"_s, o.value(u"layers"_s));
        r.layers = LayerReport::fromJson(report);
    }
    return r;
}

} // namespace ml
