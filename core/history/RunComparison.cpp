// SPDX-License-Identifier: GPL-3.0-or-later
#include "RunComparison.h"

#include "RobustStats.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <span>

namespace ml {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("ml::Verdict", text); }

Result<void> checkSamples(std::span<const double> values, const QString &run, const QString &what)
{
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (!std::isfinite(values[i]) || values[i] <= 0) {
            return makeError(tr("%1 run: %2 %3 has a latency of %4 ms; a latency must be positive and finite")
                                     .arg(run, what)
                                     .arg(i + 1)
                                     .arg(values[i]));
        }
    }
    return {};
}

Result<void> checkRun(const SampleSet &s, const QString &run)
{
    if (auto r = checkSamples(s.roundMedians, run, tr("round")); !r)
        return r;
    return checkSamples(s.iterations, run, tr("iteration"));
}

Result<void> checkBoth(const SampleSet &a, const SampleSet &b)
{
    if (auto r = checkRun(a, tr("baseline")); !r)
        return r;
    return checkRun(b, tr("candidate"));
}

bool usesIterations(const SampleSet &a, const SampleSet &b) { return a.roundMedians.size() < 2 || b.roundMedians.size() < 2; }

} // namespace

NoiseBand noiseBand(const SampleSet &a, const SampleSet &b, const VerdictOptions &options)
{
    NoiseBand nb;
    nb.singleRound = usesIterations(a, b);
    const auto &sa = nb.singleRound ? a.iterations : a.roundMedians;
    const auto &sb = nb.singleRound ? b.iterations : b.roundMedians;
    const double floor = nb.singleRound ? options.singleRoundBandFloor : options.bandFloor;
    const double spread = std::max(robustCv(sa), robustCv(sb));
    nb.band = std::max(floor, spread);
    nb.widened = spread > floor;
    return nb;
}

Result<Verdict> compareRuns(const SampleSet &a, const SampleSet &b, const VerdictOptions &options)
{
    if (auto r = checkBoth(a, b); !r)
        return r.error();
    const NoiseBand nb = noiseBand(a, b, options);
    const auto &sa = nb.singleRound ? a.iterations : a.roundMedians;
    const auto &sb = nb.singleRound ? b.iterations : b.roundMedians;

    Verdict v;
    v.measure = Verdict::Measure::Median;
    v.confidence = options.confidence;
    v.alpha = options.alpha;
    v.nA = static_cast<int>(sa.size());
    v.nB = static_cast<int>(sb.size());
    v.band = nb.band;
    v.bandWidened = nb.widened;
    v.singleRound = nb.singleRound;
    if (sa.empty() || sb.empty()) {
        v.shortfall = Verdict::Shortfall::NoSamples;
        return v;
    }
    v.a = median(sa);
    v.b = median(sb);
    v.ratio = v.b / v.a;
    const auto bootstrap = [&] {
        const Interval ci = bootstrapRatioOfMedians(sa, sb, options.resamples, options.seed, options.confidence);
        v.ciLow = ci.low;
        v.ciHigh = ci.high;
    };
    if (minimumTwoSidedP(v.nA, v.nB) > options.alpha) {
        // No arrangement of so few values could reach alpha: say so instead of "no change".
        bootstrap();
        v.shortfall = Verdict::Shortfall::TooFewSamples;
        return v;
    }
    const MannWhitneyResult mw = mannWhitneyU(sa, sb, options.method);
    v.p = mw.p;
    v.method = mwMethodName(mw.method);
    v.shortfall = Verdict::Shortfall::None;
    const bool significant = v.p < options.alpha;
    const bool insideBand = v.ratio <= 1 + v.band && v.ratio >= 1 / (1 + v.band);
    if (significant && insideBand && options.intervalOnlyOutsideBand) {
        v.kind = Verdict::WithinNoise;
        return v;
    }
    if (significant || !options.intervalOnlyWhenSignificant)
        bootstrap();
    v.kind = Verdict::decide(significant, v.ciLow, v.ciHigh, v.band);
    return v;
}

Result<Verdict> compareP99(const SampleSet &a, const SampleSet &b, const VerdictOptions &options)
{
    if (auto r = checkBoth(a, b); !r)
        return r.error();
    const NoiseBand nb = noiseBand(a, b, options);
    Verdict v;
    v.measure = Verdict::Measure::P99;
    v.confidence = options.confidence;
    v.alpha = options.alpha;
    v.nA = static_cast<int>(a.iterations.size());
    v.nB = static_cast<int>(b.iterations.size());
    v.band = nb.band;
    v.bandWidened = nb.widened;
    v.singleRound = nb.singleRound;
    if (a.iterations.empty() || b.iterations.empty()) {
        v.shortfall = Verdict::Shortfall::NoSamples;
        return v;
    }
    v.a = percentile(a.iterations, 99);
    v.b = percentile(b.iterations, 99);
    v.ratio = v.b / v.a;
    if (v.nA < options.minimumTailIterations || v.nB < options.minimumTailIterations) {
        // Too few iterations put a handful of values above p99: shown, never judged.
        v.shortfall = Verdict::Shortfall::TooFewIterations;
        return v;
    }
    const Interval ci =
            bootstrapRatioOfPercentile(a.iterations, b.iterations, 99, options.resamples, options.seed, options.confidence);
    v.ciLow = ci.low;
    v.ciHigh = ci.high;
    v.method = QStringLiteral("bootstrap");
    v.shortfall = Verdict::Shortfall::None;
    v.kind = Verdict::decide(v.ciLow > 1 || v.ciHigh < 1, v.ciLow, v.ciHigh, v.band);
    return v;
}

} // namespace ml
