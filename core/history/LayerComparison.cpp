// SPDX-License-Identifier: GPL-3.0-or-later
#include "LayerComparison.h"

#include "RobustStats.h"

#include <QCoreApplication>
#include <QtConcurrent>

#include <algorithm>
#include <cmath>

namespace ml {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("ml::Verdict", text); }

// FNV-1a over the name's UTF-16 code units: stable across platforms and processes, unlike
// qHash, whose seed changes per process.
std::uint64_t nameSeed(const QString &name, std::uint64_t seed)
{
    std::uint64_t h = 0xcbf29ce484222325ULL ^ seed;
    for (QChar c : name) {
        h ^= c.unicode();
        h *= 0x100000001b3ULL;
    }
    return h;
}

Result<void> checkLayers(const LayerSampleMap &layers, const QString &run)
{
    for (const auto &[node, samples] : layers) {
        for (double v : samples.roundMeans) {
            // Zero is a real layer time (a reshape the engine elided); negative or NaN is not.
            if (!std::isfinite(v) || v < 0) {
                return makeError(tr("%1 run: layer \"%2\" has a time of %3 ms; a time must be finite and not negative")
                                         .arg(run, node)
                                         .arg(v));
            }
        }
    }
    return {};
}

} // namespace

Result<std::vector<LayerDelta>> compareLayers(const LayerSampleMap &a, const LayerSampleMap &b, const LayerOptions &options)
{
    if (auto r = checkLayers(a, tr("baseline")); !r)
        return r.error();
    if (auto r = checkLayers(b, tr("candidate")); !r)
        return r.error();

    std::vector<LayerDelta> out;
    std::vector<std::size_t> tested; // indices into out whose p goes into the correction
    std::vector<double> pValues;
    struct Pending { // a layer whose interval is to be bootstrapped
        std::size_t index;
        const std::vector<double> *a, *b;
    };
    std::vector<Pending> samples;
    for (const auto &[node, la] : a) {
        LayerDelta d;
        d.node = node;
        d.a = median(la.roundMeans);
        const auto it = b.find(node);
        if (it == b.end()) {
            d.presence = LayerDelta::Presence::Removed;
            d.opType = la.opType;
            out.push_back(std::move(d));
            continue;
        }
        const LayerSamples &lb = it->second;
        d.opType = lb.opType;
        d.b = median(lb.roundMeans);

        Verdict v;
        v.measure = Verdict::Measure::Layer;
        v.a = d.a;
        v.b = d.b;
        v.ratio = d.a > 0 ? d.b / d.a : std::numeric_limits<double>::quiet_NaN();
        v.confidence = options.confidence;
        v.alpha = options.fdr;
        v.nA = static_cast<int>(la.roundMeans.size());
        v.nB = static_cast<int>(lb.roundMeans.size());
        v.band = options.relativeBand;
        v.absoluteFloorMs = options.absoluteFloorMs;
        if (v.nA == 0 || v.nB == 0) {
            v.shortfall = Verdict::Shortfall::NoSamples;
        } else if (v.nA == 1 || v.nB == 1) {
            v.shortfall = Verdict::Shortfall::AveragesOnly;
        } else {
            samples.push_back({out.size(), &la.roundMeans, &lb.roundMeans});
            if (minimumTwoSidedP(v.nA, v.nB) > options.alpha) {
                v.shortfall = Verdict::Shortfall::TooFewSamples;
                v.alpha = options.alpha; // the text names the level that cannot be reached
            } else {
                const MannWhitneyResult mw = mannWhitneyU(la.roundMeans, lb.roundMeans, options.method);
                v.p = mw.p;
                v.method = mwMethodName(mw.method);
                v.shortfall = Verdict::Shortfall::None;
                tested.push_back(out.size());
                pValues.push_back(mw.p);
            }
        }
        d.verdict = v;
        out.push_back(std::move(d));
    }
    for (const auto &[node, lb] : b) {
        if (a.count(node))
            continue;
        LayerDelta d;
        d.node = node;
        d.opType = lb.opType;
        d.presence = LayerDelta::Presence::Added;
        d.b = median(lb.roundMeans);
        out.push_back(std::move(d));
    }

    const std::vector<double> q = benjaminiHochberg(pValues);
    for (std::size_t i = 0; i < tested.size(); ++i)
        out[tested[i]].verdict->q = q[i];
    if (options.intervalOnlyWhenSignificant) {
        // Not significant: no change. Medians within the absolute floor: within noise. Either
        // way whatever the interval says.
        std::erase_if(samples, [&](const Pending &p) {
            const LayerDelta &d = out[p.index];
            const Verdict &v = *d.verdict;
            return !(v.shortfall == Verdict::Shortfall::None && v.q <= options.fdr)
                    || std::abs(d.delta()) <= options.absoluteFloorMs;
        });
    }
    // The bootstraps are most of the cost (10,000 resamples each): one pool task per layer.
    QtConcurrent::blockingMap(samples, [&](const Pending &p) {
        Verdict &v = *out[p.index].verdict;
        const Interval ci = bootstrapRatioOfMedians(*p.a, *p.b, options.resamples, nameSeed(out[p.index].node, options.seed),
                                                    options.confidence);
        v.ciLow = ci.low;
        v.ciHigh = ci.high;
    });
    for (std::size_t i : tested) {
        LayerDelta &d = out[i];
        Verdict &v = *d.verdict;
        const bool outsideAbsolute = std::abs(d.delta()) > options.absoluteFloorMs;
        v.kind = Verdict::decide(v.q <= options.fdr, v.ciLow, v.ciHigh, v.band, outsideAbsolute);
    }

    std::sort(out.begin(), out.end(), [](const LayerDelta &x, const LayerDelta &y) {
        const double dx = std::abs(x.delta()), dy = std::abs(y.delta());
        if (dx != dy)
            return dx > dy;
        return x.node < y.node;
    });
    return out;
}

} // namespace ml
