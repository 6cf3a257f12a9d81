// SPDX-License-Identifier: GPL-3.0-or-later
#include "MannWhitney.h"

#include <gtest/gtest.h>

#include <vector>

using ml::mannWhitneyU;
using ml::MwMethod;

// Reference values from Debian's python3-scipy 1.10.1:
//   /usr/bin/python3 -c "from scipy.stats import mannwhitneyu as m; r = m(A, B, method='exact'); print(repr(r.statistic), repr(r.pvalue))"
// and method='asymptotic', use_continuity=True for the asymptotic ones; A and B as in each test.

namespace {

struct Case {
    const char *name;
    std::vector<double> a, b;
    double u, p;
};

} // namespace

TEST(StatsMannWhitney, ExactMatchesSciPy)
{
    const std::vector<Case> cases{
            // Complete separation, 5 vs 5: p = 2 / C(10, 5) = 2/252.
            {"separated 5v5", {10.1, 10.3, 10.2, 10.4, 10.0}, {11.9, 12.1, 12.0, 11.8, 12.2}, 0.0, 0.007936507936507936},
            // SciPy's docstring example (Shier 2004).
            {"males/females", {19, 22, 16, 29, 24}, {20, 11, 17, 12}, 17.0, 0.1111111111111111},
            {"6v7", {3.1, 4.7, 2.2, 5.9, 1.4, 6.3}, {2.9, 7.7, 8.1, 4.2, 6.6, 9.4, 5.0}, 9.0, 0.10139860139860139},
            {"3v12", {1.5, 9.5, 4.25}, {2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13}, 11.0, 0.36483516483516487},
    };
    for (const Case &c : cases) {
        SCOPED_TRACE(c.name);
        const auto r = mannWhitneyU(c.a, c.b, MwMethod::Exact);
        EXPECT_EQ(r.method, MwMethod::Exact);
        EXPECT_DOUBLE_EQ(r.u, c.u);
        EXPECT_NEAR(r.p, c.p, 1e-12);
    }
}

TEST(StatsMannWhitney, AsymptoticMatchesSciPyWithTies)
{
    const std::vector<Case> cases{
            // Many ties: the tie correction matters here.
            {"ties 10v11", {1, 2, 2, 3, 3, 3, 4, 5, 5, 6}, {3, 4, 4, 5, 6, 6, 7, 7, 8, 9, 9}, 15.5, 0.005625214779700691},
            {"males/females", {19, 22, 16, 29, 24}, {20, 11, 17, 12}, 17.0, 0.11134688653314041},
    };
    for (const Case &c : cases) {
        SCOPED_TRACE(c.name);
        const auto r = mannWhitneyU(c.a, c.b, MwMethod::Asymptotic);
        EXPECT_EQ(r.method, MwMethod::Asymptotic);
        EXPECT_DOUBLE_EQ(r.u, c.u);
        EXPECT_NEAR(r.p, c.p, 1e-9);
    }
}

// SciPy 1.10 'auto' (scipy/stats/_mannwhitneyu.py, _mwu_choose_method): asymptotic when both
// samples exceed 8 values, or when any value is tied; exact otherwise.
//   m(range(9), [x + 0.5 for x in range(9)])        -> 0.7239320396139757 (asymptotic)
//   same with method='exact'                        -> 0.7304401480872068
//   m(range(8), [x + 0.25 for x in range(20)])      -> 0.006782267651832869 (exact)
//   m([1, 2, 3, 4, 5], [5, 6, 7, 8, 9])             -> U 0.5, 0.015970696353780123 (asymptotic)
TEST(StatsMannWhitney, AutoChoosesLikeSciPy)
{
    std::vector<double> a9, b9, a8, b20;
    for (int i = 0; i < 9; ++i) {
        a9.push_back(i);
        b9.push_back(i + 0.5);
    }
    for (int i = 0; i < 8; ++i)
        a8.push_back(i);
    for (int i = 0; i < 20; ++i)
        b20.push_back(i + 0.25);

    const auto both9 = mannWhitneyU(a9, b9);
    EXPECT_EQ(both9.method, MwMethod::Asymptotic);
    EXPECT_NEAR(both9.p, 0.7239320396139757, 1e-9);
    EXPECT_NEAR(mannWhitneyU(a9, b9, MwMethod::Exact).p, 0.7304401480872068, 1e-12);

    const auto one8 = mannWhitneyU(a8, b20);
    EXPECT_EQ(one8.method, MwMethod::Exact);
    EXPECT_DOUBLE_EQ(one8.u, 28.0);
    EXPECT_NEAR(one8.p, 0.006782267651832869, 1e-12);

    const std::vector<double> tiedA{1, 2, 3, 4, 5}, tiedB{5, 6, 7, 8, 9};
    const auto tied = mannWhitneyU(tiedA, tiedB);
    EXPECT_EQ(tied.method, MwMethod::Asymptotic);
    EXPECT_DOUBLE_EQ(tied.u, 0.5);
    EXPECT_NEAR(tied.p, 0.015970696353780123, 1e-9);
    EXPECT_EQ(ml::mwMethodName(tied.method), QStringLiteral("asymptotic"));
}

TEST(StatsMannWhitney, SymmetricAndDegenerate)
{
    const std::vector<double> a{1, 4, 6, 9}, b{2, 3, 5, 7, 8};
    const auto ab = mannWhitneyU(a, b), ba = mannWhitneyU(b, a);
    EXPECT_DOUBLE_EQ(ab.u + ba.u, 20.0); // U1 + U2 = n1 * n2
    EXPECT_NEAR(ab.p, ba.p, 1e-15);
    // Identical samples: U at its mean, p clipped to 1 (exact would give above 1).
    EXPECT_DOUBLE_EQ(mannWhitneyU(a, a, MwMethod::Asymptotic).p, 1.0);
    const std::vector<double> same{3, 3, 3};
    EXPECT_DOUBLE_EQ(mannWhitneyU(same, same).p, 1.0); // every value tied: no variance at all
    EXPECT_DOUBLE_EQ(mannWhitneyU(std::vector<double>{}, b).p, 1.0);
}

TEST(StatsMannWhitney, MinimumTwoSidedP)
{
    EXPECT_NEAR(ml::minimumTwoSidedP(4, 4), 2.0 / 70, 1e-15);  // 0.029: cannot reach 0.01
    EXPECT_NEAR(ml::minimumTwoSidedP(5, 5), 2.0 / 252, 1e-15); // 0.0079: can
    EXPECT_NEAR(ml::minimumTwoSidedP(3, 10), 2.0 / 286, 1e-15);
    EXPECT_DOUBLE_EQ(ml::minimumTwoSidedP(1, 1), 1.0);
    EXPECT_DOUBLE_EQ(ml::minimumTwoSidedP(0, 5), 1.0);
    // And the exact test reaches it on complete separation.
    const std::vector<double> a{1, 2, 3, 4}, b{5, 6, 7, 8};
    EXPECT_NEAR(mannWhitneyU(a, b).p, ml::minimumTwoSidedP(4, 4), 1e-15);
}
