// SPDX-License-Identifier: GPL-3.0-or-later
#include "Trend.h"

#include "RobustStats.h"

#include <QJsonArray>
#include <QtConcurrent>

#include <algorithm>
#include <map>
#include <tuple>

using namespace Qt::StringLiterals;

namespace ml {

namespace {

SampleSet samplesOf(const StoredRounds &run)
{
    SampleSet s;
    for (const auto &round : run.rounds) {
        if (round.empty())
            continue;
        s.roundMedians.push_back(median(round));
        s.iterations.insert(s.iterations.end(), round.begin(), round.end());
    }
    return s;
}

QJsonObject verdictJson(const Verdict &v)
{
    QJsonObject o = v.toJson();
    o.insert(u"text"_s, v.text());
    return o;
}

} // namespace

int TrendSeries::regressions() const
{
    return int(std::count_if(points.begin(), points.end(), [](const TrendPoint &p) { return p.regression; }));
}

QJsonObject TrendSeries::toJson() const
{
    QJsonArray runs;
    for (const TrendPoint &p : points) {
        QJsonObject o{{u"id"_s, p.run.id},
                      {u"started_at"_s, p.run.startedAt.toUTC().toString(Qt::ISODateWithMs)},
                      {u"version_sha256"_s, p.run.versionSha256},
                      {u"version_label"_s, p.run.versionLabel},
                      {u"rounds"_s, p.run.rounds},
                      {u"iterations"_s, p.run.iterations},
                      {u"median_ms"_s, p.run.medianMs},
                      {u"round_median_ms"_s, p.roundMedianMs},
                      {u"p99_ms"_s, p.run.p99Ms},
                      {u"baselines"_s, QJsonArray::fromStringList(p.run.baselines)},
                      {u"regression"_s, p.regression}};
        if (!p.previousId.isEmpty())
            o.insert(u"previous"_s, p.previousId);
        if (p.vsPrevious)
            o.insert(u"vs_previous"_s, verdictJson(*p.vsPrevious));
        if (p.vsBaseline)
            o.insert(u"vs_baseline"_s, verdictJson(*p.vsBaseline));
        runs.append(o);
    }
    return {{u"model"_s, modelName},
            {u"model_path"_s, modelPath},
            {u"model_id"_s, modelId},
            {u"machine"_s, machineFingerprint},
            {u"settings_hash"_s, settingsHash},
            {u"backend"_s, backend},
            {u"provider"_s, provider},
            {u"precision"_s, precision},
            {u"baseline"_s, baselineId},
            {u"baseline_names"_s, QJsonArray::fromStringList(baselineNames)},
            {u"regressions"_s, regressions()},
            {u"runs"_s, runs}};
}

Result<std::vector<TrendSeries>> buildTrend(const std::vector<StoredRounds> &runs, const TrendOptions &options)
{
    // (model name, model id, machine, settings) -> indices into runs
    using Key = std::tuple<QString, qint64, QString, QString>;
    std::map<Key, std::vector<std::size_t>> groups;
    for (std::size_t i = 0; i < runs.size(); ++i) {
        const RunSummary &s = runs[i].summary;
        if (s.status != RunStatus::Completed || s.iterations <= 0)
            continue;
        groups[Key{s.modelName, s.modelId, s.machineFingerprint, s.settingsHash}].push_back(i);
    }
    std::vector<SampleSet> samples(runs.size());
    // One comparison to make: the point's run against the run at `against` (indices into runs).
    struct Job {
        std::size_t series, point, run, against;
        bool baseline;
        std::optional<Result<Verdict>> verdict;
    };
    std::vector<Job> jobs;
    std::vector<TrendSeries> out;
    out.reserve(groups.size());
    for (auto &[key, members] : groups) {
        std::sort(members.begin(), members.end(), [&](std::size_t x, std::size_t y) {
            const RunSummary &a = runs[x].summary, &b = runs[y].summary;
            return a.startedAt != b.startedAt ? a.startedAt < b.startedAt : a.id < b.id;
        });
        TrendSeries series;
        const RunSummary &first = runs[members.front()].summary;
        series.modelId = first.modelId;
        series.modelName = first.modelName;
        series.modelPath = first.modelPath;
        series.machineFingerprint = first.machineFingerprint;
        series.settingsHash = first.settingsHash;
        series.backend = first.backend;
        series.provider = first.provider;
        series.precision = first.precision;
        std::optional<std::size_t> baseline; // position in members
        for (std::size_t k = 0; k < members.size(); ++k) {
            samples[members[k]] = samplesOf(runs[members[k]]);
            if (!runs[members[k]].summary.baselines.isEmpty())
                baseline = k; // the latest wins
        }
        if (baseline) {
            series.baselineId = runs[members[*baseline]].summary.id;
            series.baselineNames = runs[members[*baseline]].summary.baselines;
        }
        for (std::size_t k = 0; k < members.size(); ++k) {
            TrendPoint p;
            p.run = runs[members[k]].summary;
            p.roundMedianMs = median(samples[members[k]].roundMedians);
            if (k > 0) {
                p.previousId = runs[members[k - 1]].summary.id;
                jobs.push_back({out.size(), k, members[k], members[k - 1], false, std::nullopt});
            }
            // Against the baseline, unless that is the comparison with the previous run.
            if (baseline && *baseline != k && !(k > 0 && *baseline == k - 1))
                jobs.push_back({out.size(), k, members[k], members[*baseline], true, std::nullopt});
            series.points.push_back(std::move(p));
        }
        out.push_back(std::move(series));
    }
    // Each comparison is a pure function of two runs' samples: spread them over the pool.
    QtConcurrent::blockingMap(
            jobs, [&](Job &job) { job.verdict = compareRuns(samples[job.against], samples[job.run], options.verdict); });
    for (Job &job : jobs) {
        TrendPoint &p = out[job.series].points[job.point];
        if (!*job.verdict)
            return withContext(u"run %1: "_s.arg(p.run.id), job.verdict->error());
        (job.baseline ? p.vsBaseline : p.vsPrevious) = job.verdict->value();
    }
    for (TrendSeries &series : out) {
        std::optional<std::size_t> baseline;
        for (std::size_t k = 0; k < series.points.size(); ++k)
            if (series.points[k].run.id == series.baselineId)
                baseline = k;
        for (std::size_t k = 0; k < series.points.size(); ++k) {
            TrendPoint &p = series.points[k];
            if (baseline && k == *baseline + 1)
                p.vsBaseline = p.vsPrevious; // the same comparison
            // Slower than the run before, or than a baseline set before this run.
            p.regression = (p.vsPrevious && p.vsPrevious->kind == Verdict::Slower)
                    || (baseline && *baseline < k && p.vsBaseline && p.vsBaseline->kind == Verdict::Slower);
        }
    }
    return out;
}

} // namespace ml
