// SPDX-License-Identifier: GPL-3.0-or-later
#include "RunRounds.h"

#include <QDir>
#include <QJsonObject>

#include <algorithm>
#include <cmath>
#include <map>
#include <utility>

using namespace Qt::StringLiterals;

namespace ml {

namespace {

// Splits `total` into `parts` shares, the remainder going to the first ones.
int share(int total, int index, int parts) { return total / parts + (index < total % parts ? 1 : 0); }

// The round's warnings without the "unstable" one RunResult::finish wrote for it: the merged
// run judges its stability over all its iterations and says so itself.
QStringList warningsBesidesStability(const RunResult &round, double unstableCv)
{
    RunResult probe;
    probe.latenciesMs = round.latenciesMs;
    probe.measuredSeconds = round.measuredSeconds;
    probe.finish(unstableCv);
    QStringList out = round.warnings;
    for (const QString &w : std::as_const(probe.warnings))
        out.removeAll(w);
    return out;
}

double medianOf(std::vector<double> values)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

using LayerKey = std::pair<QString, QString>; // graph, node

} // namespace

int effectiveRounds(const EngineSettings &s)
{
    int rounds = std::max(1, s.rounds);
    if (s.durationSeconds <= 0)
        rounds = std::min(rounds, std::max(1, s.iterations));
    return rounds;
}

EngineSettings roundSettings(const EngineSettings &s, int index, int rounds)
{
    EngineSettings r = s;
    if (rounds <= 1)
        return r;
    if (s.durationSeconds > 0)
        r.durationSeconds = s.durationSeconds / rounds;
    else
        r.iterations = share(s.iterations, index, rounds);
    if (s.perLayer) {
        // 0 means "as many as measured, at most 200": the whole run's, shared out.
        const int profile = s.profileIterations > 0 ? s.profileIterations
                : s.durationSeconds > 0             ? 0
                                                    : std::min(s.iterations, 200);
        if (profile > 0)
            r.profileIterations = std::max(1, share(profile, index, rounds));
    }
    if (index > 0) {
        r.saveOutputsDir.clear();
        r.saveOptimizedPath.clear();
        r.reuseEngine = s.backend == BackendId::Trtexec && !s.enginePath.isEmpty();
    }
    return r;
}

void keepEngineForRounds(EngineSettings &s, const QString &folder)
{
    if (s.backend == BackendId::Trtexec && s.enginePath.isEmpty() && effectiveRounds(s) > 1 && !folder.isEmpty())
        s.enginePath = QDir(folder).filePath(u"model.engine"_s);
}

RoundedResult mergeRounds(const std::vector<std::shared_ptr<const RunResult>> &rounds, const EngineSettings &full)
{
    RoundedResult out;
    if (rounds.empty())
        return out;
    const RunResult &first = *rounds.front();
    if (rounds.size() == 1) {
        out.result = first;
        return out;
    }
    RunResult &m = out.result;
    m = first;
    m.settings = full.toJson();
    // The child filled in its own folders; the first round's stand for the run.
    for (const char *key : {"work_dir", "result", "save_outputs", "save_optimized"})
        m.settings.insert(QLatin1StringView(key), first.settings.value(QLatin1StringView(key)));
    m.latenciesMs.clear();
    m.warnings.clear();
    m.measuredSeconds = 0;
    m.peakRssBytes = 0;
    for (const auto &r : rounds) {
        m.latenciesMs.insert(m.latenciesMs.end(), r->latenciesMs.begin(), r->latenciesMs.end());
        m.measuredSeconds += r->measuredSeconds;
        m.peakRssBytes = std::max(m.peakRssBytes, r->peakRssBytes);
        for (const QString &w : warningsBesidesStability(*r, full.unstableCv))
            if (!m.warnings.contains(w))
                m.warnings << w;
    }
    m.finish(full.unstableCv);

    out.rounds.resize(rounds.size());
    for (std::size_t k = 0; k < rounds.size(); ++k)
        out.rounds[k].latenciesMs = rounds[k]->latenciesMs;
    if (!first.layers)
        return out;

    // Per-layer rows: the union over the rounds, in the first round's order, then the others'.
    LayerReport report = *first.layers;
    report.layers.clear();
    report.notes.clear();
    std::map<LayerKey, std::size_t> index;
    std::vector<double> weightedSum, weights;
    std::vector<std::vector<double>> medians;
    double endToEndSum = 0, endToEndWeight = 0;
    std::vector<double> endToEndMedians;
    for (const auto &r : rounds) {
        if (!r->layers)
            continue;
        const LayerReport &l = *r->layers;
        const double w = std::max(1, l.runs);
        endToEndSum += l.endToEndMs * w;
        endToEndWeight += w;
        endToEndMedians.push_back(l.endToEndMedianMs);
        for (const QString &n : l.notes)
            if (!report.notes.contains(n))
                report.notes << n;
        for (const LayerTiming &row : l.layers) {
            const LayerKey key{row.graph, row.node};
            auto [it, added] = index.try_emplace(key, report.layers.size());
            if (added) {
                report.layers.push_back(row);
                weightedSum.push_back(0);
                weights.push_back(0);
                medians.emplace_back();
            }
            weightedSum[it->second] += row.meanMs * w;
            weights[it->second] += w;
            medians[it->second].push_back(row.medianMs);
        }
    }
    int runs = 0;
    for (const auto &r : rounds)
        runs += r->layers ? r->layers->runs : 0;
    report.runs = runs;
    report.endToEndMs = endToEndWeight > 0 ? endToEndSum / endToEndWeight : 0;
    report.endToEndMedianMs = medianOf(endToEndMedians);
    for (std::size_t i = 0; i < report.layers.size(); ++i) {
        report.layers[i].meanMs = weights[i] > 0 ? weightedSum[i] / weights[i] : 0;
        report.layers[i].medianMs = medianOf(medians[i]);
    }
    report.finish(); // sorts the rows: the rounds' means follow that order
    std::vector<std::map<LayerKey, double>> perRound(rounds.size());
    for (std::size_t k = 0; k < rounds.size(); ++k)
        if (rounds[k]->layers)
            for (const LayerTiming &row : rounds[k]->layers->layers)
                perRound[k].emplace(LayerKey{row.graph, row.node}, row.meanMs);
    for (std::size_t k = 0; k < rounds.size(); ++k) {
        auto &means = out.rounds[k].layerMeansMs;
        means.reserve(report.layers.size());
        for (const LayerTiming &row : report.layers) {
            const auto it = perRound[k].find(LayerKey{row.graph, row.node});
            means.push_back(it == perRound[k].end() ? std::nan("") : it->second);
        }
    }
    m.layers = std::move(report);
    return out;
}

} // namespace ml
