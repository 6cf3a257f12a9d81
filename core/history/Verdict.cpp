// SPDX-License-Identifier: GPL-3.0-or-later
#include "Verdict.h"

#include "MannWhitney.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace ml {

namespace {

QString two(double v) { return QString::number(v, 'f', 2); }

// "p = 0.008"; below 0.001 the digits mean nothing to a reader.
QString pText(const char *name, double p)
{
    if (p < 0.001)
        return Verdict::tr("%1 < 0.001").arg(QString::fromLatin1(name));
    return Verdict::tr("%1 = %2").arg(QString::fromLatin1(name), QString::number(p, 'f', 3));
}

QString percentText(double fraction) { return QString::number(fraction * 100, 'f', 1); }

template<typename E>
QString enumId(E value, std::initializer_list<std::pair<E, const char *>> names)
{
    for (const auto &[e, name] : names) {
        if (e == value)
            return QString::fromLatin1(name);
    }
    return {};
}

template<typename E>
E enumFromId(const QString &id, E fallback, std::initializer_list<std::pair<E, const char *>> names)
{
    for (const auto &[e, name] : names) {
        if (id == QLatin1StringView(name))
            return e;
    }
    return fallback;
}

const std::initializer_list<std::pair<Verdict::Kind, const char *>> kKinds{{Verdict::Faster, "faster"},
                                                                           {Verdict::Slower, "slower"},
                                                                           {Verdict::WithinNoise, "withinNoise"},
                                                                           {Verdict::NoChange, "noChange"},
                                                                           {Verdict::NotEnoughData, "notEnoughData"}};
const std::initializer_list<std::pair<Verdict::Measure, const char *>> kMeasures{
        {Verdict::Measure::Median, "median"}, {Verdict::Measure::P99, "p99"}, {Verdict::Measure::Layer, "layer"}};
const std::initializer_list<std::pair<Verdict::Shortfall, const char *>> kShortfalls{
        {Verdict::Shortfall::None, "none"},
        {Verdict::Shortfall::TooFewSamples, "tooFewSamples"},
        {Verdict::Shortfall::AveragesOnly, "averagesOnly"},
        {Verdict::Shortfall::TooFewIterations, "tooFewIterations"},
        {Verdict::Shortfall::NoSamples, "noSamples"}};

} // namespace

Verdict::Kind Verdict::decide(bool significant, double ciLow, double ciHigh, double band, bool outsideAbsolute)
{
    if (!significant)
        return NoChange;
    if (outsideAbsolute && ciLow > 1 + band)
        return Slower;
    if (outsideAbsolute && ciHigh < 1 / (1 + band))
        return Faster;
    return WithinNoise;
}

QString Verdict::kindId(Kind kind) { return enumId(kind, kKinds); }

QString Verdict::kindText() const
{
    switch (kind) {
    case Faster:
        return tr("faster");
    case Slower:
        return tr("slower");
    case WithinNoise:
        return tr("within noise");
    case NoChange:
        return tr("no change");
    case NotEnoughData:
        return tr("not enough data");
    }
    return {};
}

QString Verdict::countText() const
{
    const bool iterations = singleRound || measure == Measure::P99;
    return (iterations ? tr("%1 vs %2 iterations") : tr("%1 vs %2 rounds")).arg(nA).arg(nB);
}

QString Verdict::text() const
{
    const QString ci = percentText(confidence).remove(u".0"_s);
    QString head;
    switch (kind) {
    case Slower:
        head = tr("%1x slower (%2% CI %3-%4)").arg(two(ratio), ci, two(ciLow), two(ciHigh));
        break;
    case Faster:
        // The speed-up A / B reads better than a ratio below 1; its interval inverts.
        head = tr("%1x faster (%2% CI %3-%4)").arg(two(1 / ratio), ci, two(1 / ciHigh), two(1 / ciLow));
        break;
    case WithinNoise:
        if (std::isnan(ciLow)) // not bootstrapped (VerdictOptions::intervalOnlyOutsideBand)
            head = tr("within noise: ratio %1").arg(two(ratio));
        else
            head = tr("within noise: ratio %1 (%2% CI %3-%4)").arg(two(ratio), ci, two(ciLow), two(ciHigh));
        break;
    case NoChange:
        if (std::isnan(ciLow)) // not bootstrapped (VerdictOptions::intervalOnlyWhenSignificant)
            head = tr("no change: ratio %1").arg(two(ratio));
        else
            head = tr("no change: ratio %1 (%2% CI %3-%4)").arg(two(ratio), ci, two(ciLow), two(ciHigh));
        break;
    case NotEnoughData:
        switch (shortfall) {
        case Shortfall::TooFewSamples:
            head = tr("not enough data: %1 cannot reach p < %2 (the smallest possible p is %3); ratio %4")
                           .arg(countText())
                           .arg(alpha)
                           .arg(QString::number(minimumTwoSidedP(nA, nB), 'f', 3), two(ratio));
            break;
        case Shortfall::AveragesOnly:
            head = tr("not enough data: averages only, no rounds to test; ratio %1").arg(two(ratio));
            break;
        case Shortfall::TooFewIterations:
            head = tr("not compared: needs 1,000 iterations in each run, has %1 vs %2; ratio %3").arg(nA).arg(nB).arg(two(ratio));
            break;
        case Shortfall::NoSamples:
        case Shortfall::None:
            head = tr("not enough data: a run has no samples");
            break;
        }
        break;
    }
    if (measure == Measure::P99)
        head = tr("p99 %1").arg(head);

    QStringList parts{head};
    if (kind != NotEnoughData) {
        if (measure == Measure::Layer)
            parts << pText("q", q);
        else if (std::isfinite(p))
            parts << pText("p", p);
        parts << countText();
        if (measure == Measure::Layer)
            parts << tr("band %1% and %2 µs").arg(percentText(band)).arg(absoluteFloorMs * 1000);
        else if (bandWidened)
            parts << tr("band %1% (widened to the runs' own spread)").arg(percentText(band));
        else
            parts << tr("band %1%").arg(percentText(band));
    }
    QString line = parts.join(u", "_s);
    if (singleRound)
        line += tr("; single round: session-to-session drift was not measured");
    return line;
}

QJsonObject Verdict::toJson() const
{
    QJsonObject o{{u"kind"_s, kindId(kind)},
                  {u"measure"_s, enumId(measure, kMeasures)},
                  {u"shortfall"_s, enumId(shortfall, kShortfalls)},
                  {u"a"_s, a},
                  {u"b"_s, b},
                  {u"confidence"_s, confidence},
                  {u"alpha"_s, alpha},
                  {u"nA"_s, nA},
                  {u"nB"_s, nB},
                  {u"band"_s, band},
                  {u"bandWidened"_s, bandWidened},
                  {u"absoluteFloorMs"_s, absoluteFloorMs},
                  {u"singleRound"_s, singleRound},
                  {u"method"_s, method}};
    // JSON has no NaN: a value that was not computed is left out, and reads back as NaN.
    const std::pair<const char *, double> optional[]{{"ratio", ratio}, {"ciLow", ciLow}, {"ciHigh", ciHigh}, {"p", p}, {"q", q}};
    for (const auto &[key, value] : optional) {
        if (std::isfinite(value))
            o.insert(QString::fromLatin1(key), value);
    }
    return o;
}

Verdict Verdict::fromJson(const QJsonObject &o)
{
    constexpr double nan = std::numeric_limits<double>::quiet_NaN();
    Verdict v;
    v.kind = enumFromId(o.value(u"kind"_s).toString(), NotEnoughData, kKinds);
    v.measure = enumFromId(o.value(u"measure"_s).toString(), Measure::Median, kMeasures);
    v.shortfall = enumFromId(o.value(u"shortfall"_s).toString(), Shortfall::NoSamples, kShortfalls);
    v.a = o.value(u"a"_s).toDouble();
    v.b = o.value(u"b"_s).toDouble();
    v.ratio = o.value(u"ratio"_s).toDouble(nan);
    v.ciLow = o.value(u"ciLow"_s).toDouble(nan);
    v.ciHigh = o.value(u"ciHigh"_s).toDouble(nan);
    v.confidence = o.value(u"confidence"_s).toDouble(0.95);
    v.p = o.value(u"p"_s).toDouble(nan);
    v.q = o.value(u"q"_s).toDouble(nan);
    v.alpha = o.value(u"alpha"_s).toDouble(0.01);
    v.nA = o.value(u"nA"_s).toInt();
    v.nB = o.value(u"nB"_s).toInt();
    v.band = o.value(u"band"_s).toDouble();
    v.bandWidened = o.value(u"bandWidened"_s).toBool();
    v.absoluteFloorMs = o.value(u"absoluteFloorMs"_s).toDouble();
    v.singleRound = o.value(u"singleRound"_s).toBool();
    v.method = o.value(u"method"_s).toString();
    return v;
}

} // namespace ml
