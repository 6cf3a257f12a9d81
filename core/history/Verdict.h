// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <limits>

namespace ml {

// The answer to "is B faster than A, and is it real?" for one measure, with the numbers it
// rests on. A value: made by compareRuns / compareP99 / compareLayers (RunComparison.h),
// stored as JSON, shown by the GUI through text().
//
// The rule (ratio = B / A, so > 1 means the candidate B is slower):
//   NotEnoughData  the samples are too few for the test ever to give p < alpha
//                  (minimumTwoSidedP), or there are no rounds to test (averages only), or a
//                  p99 comparison has under 1,000 iterations in a run: numbers, no verdict;
//   NoChange       not significant (p >= alpha; for layers BH q > FDR; for p99 the interval
//                  contains 1);
//   Slower         significant and the whole interval above 1 + band;
//   Faster         significant and the whole interval below 1 / (1 + band): the band is
//                  symmetric in ratio terms, "2% slower" and "2% faster" are the same
//                  distance from 1 whichever run is called A;
//   WithinNoise    significant but not outside the band (for layers also: a difference of
//                  medians of at most the absolute floor, 5 us).
struct Verdict {
    Q_DECLARE_TR_FUNCTIONS(ml::Verdict)

public:
    enum Kind { Faster, Slower, WithinNoise, NoChange, NotEnoughData };
    enum class Measure { Median, P99, Layer };
    // Why a verdict is NotEnoughData (None otherwise).
    enum class Shortfall { None, TooFewSamples, AveragesOnly, TooFewIterations, NoSamples };

    Kind kind = NotEnoughData;
    Measure measure = Measure::Median;
    Shortfall shortfall = Shortfall::NoSamples;
    double a = 0, b = 0; // the compared statistic of A and B in ms: medians, p99s, layer medians
    double ratio = std::numeric_limits<double>::quiet_NaN(); // b / a
    double ciLow = std::numeric_limits<double>::quiet_NaN(); // of the ratio
    double ciHigh = std::numeric_limits<double>::quiet_NaN();
    double confidence = 0.95;
    double p = std::numeric_limits<double>::quiet_NaN(); // two-sided Mann-Whitney; NaN: no test ran
    double q = std::numeric_limits<double>::quiet_NaN(); // Benjamini-Hochberg (layers only)
    double alpha = 0.01;                                 // the threshold p (or, for layers, q) was held to
    int nA = 0, nB = 0;                                  // samples: rounds, or iterations where singleRound or P99
    double band = 0;                                     // relative half-width of the noise band, 0.02 = 2%
    bool bandWidened = false;                            // band is a run's own spread, wider than the floor
    double absoluteFloorMs = 0;                          // layers: a difference of medians must exceed this
    bool singleRound = false;                            // iterations were the samples: drift between sessions unmeasured
    QString method;                                      // "exact", "asymptotic" (the test), "bootstrap" (p99), "" (none)

    // One line in English (translatable under the context "ml::Verdict"), e.g.
    // "1.18x slower (95% CI 1.15-1.21), p = 0.008, 5 vs 5 rounds, band 2.0%".
    QString text() const;
    // Just the word: "faster", "slower", "within noise", "no change", "not enough data".
    QString kindText() const;
    // "5 vs 5 rounds", or "2000 vs 2000 iterations" where those were the samples.
    QString countText() const;

    QJsonObject toJson() const;
    static Verdict fromJson(const QJsonObject &object);

    // Stable identifiers used in JSON: "faster", "slower", "withinNoise", "noChange",
    // "notEnoughData".
    static QString kindId(Kind kind);
    // Decides Faster / Slower / WithinNoise / NoChange from significance and the interval
    // (see the rule above); `outsideAbsolute` is the layers' absolute condition.
    static Kind decide(bool significant, double ciLow, double ciHigh, double band, bool outsideAbsolute = true);
};

} // namespace ml
