// SPDX-License-Identifier: GPL-3.0-or-later
#include "RunQuery.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace ml {

QJsonObject RunSummary::toJson() const
{
    QJsonObject o{{u"id"_s, id},
                  {u"started_at"_s, startedAt.toUTC().toString(Qt::ISODateWithMs)},
                  {u"status"_s, runStatusName(status)},
                  {u"source"_s, source},
                  {u"model"_s, modelName},
                  {u"model_path"_s, modelPath},
                  {u"model_id"_s, modelId},
                  {u"version_sha256"_s, versionSha256},
                  {u"version_id"_s, versionId},
                  {u"edited"_s, edited},
                  {u"backend"_s, backend},
                  {u"backend_version"_s, backendVersion},
                  {u"provider"_s, provider},
                  {u"precision"_s, precision},
                  {u"machine"_s, machineFingerprint},
                  {u"settings_hash"_s, settingsHash},
                  {u"iterations"_s, iterations},
                  {u"rounds"_s, rounds},
                  {u"layers"_s, layerCount},
                  {u"latency_ms"_s,
                   QJsonObject{{u"mean"_s, meanMs},
                               {u"median"_s, medianMs},
                               {u"min"_s, minMs},
                               {u"max"_s, maxMs},
                               {u"p90"_s, p90Ms},
                               {u"p95"_s, p95Ms},
                               {u"p99"_s, p99Ms},
                               {u"stddev"_s, stddevMs},
                               {u"cv"_s, cv}}},
                  {u"throughput_per_s"_s, throughputPerS},
                  {u"build_ms"_s, buildMs},
                  {u"first_run_ms"_s, firstRunMs},
                  {u"peak_rss_bytes"_s, peakRssBytes},
                  {u"tags"_s, QJsonArray::fromStringList(tags)},
                  {u"baselines"_s, QJsonArray::fromStringList(baselines)}};
    if (durationMs >= 0)
        o.insert(u"duration_ms"_s, durationMs);
    if (!versionLabel.isEmpty())
        o.insert(u"version_label"_s, versionLabel);
    if (!failureReason.isEmpty())
        o.insert(u"failure"_s, failureReason);
    if (!note.isEmpty())
        o.insert(u"note"_s, note);
    return o;
}

} // namespace ml
