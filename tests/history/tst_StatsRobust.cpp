// SPDX-License-Identifier: GPL-3.0-or-later
#include "RobustStats.h"

#include <gtest/gtest.h>

#include <vector>

TEST(StatsRobust, MedianAndPercentile)
{
    EXPECT_DOUBLE_EQ(ml::median(std::vector<double>{3, 1, 2}), 2.0);
    EXPECT_DOUBLE_EQ(ml::median(std::vector<double>{4, 1, 3, 2}), 2.5);
    EXPECT_DOUBLE_EQ(ml::median(std::vector<double>{}), 0.0);
    // numpy.percentile(range(1, 11), 99) = 9.91
    EXPECT_NEAR(ml::percentile(std::vector<double>{10, 9, 8, 7, 6, 5, 4, 3, 2, 1}, 99), 9.91, 1e-12);
}

TEST(StatsRobust, RobustCv)
{
    // median 10, |deviations| {0, 0.1, 0.1, 0.2, 5}: MAD 0.1 -> 1.4826 * 0.1 / 10. The 15 ms
    // outlier round moves it no more than any other value above the median would.
    const std::vector<double> v{10, 9.9, 10.1, 9.8, 15};
    EXPECT_NEAR(ml::robustCv(v), 0.014826, 1e-12);
    EXPECT_DOUBLE_EQ(ml::robustCv(std::vector<double>{10}), 0.0);
    EXPECT_DOUBLE_EQ(ml::robustCv(std::vector<double>{5, 5, 5}), 0.0);
}

// Worked example, by hand: m = 5 p-values
//   p      = 0.010  0.040  0.030  0.200  0.005
//   sorted = 0.005 (rank 1), 0.010 (2), 0.030 (3), 0.040 (4), 0.200 (5)
//   p*m/rank = 0.025, 0.025, 0.050, 0.050, 0.200
//   running minimum from the largest rank down: 0.200, 0.050, 0.050, 0.025, 0.025
//   back in input order: q = 0.025 0.050 0.050 0.200 0.025
// Same as R p.adjust(p, "BH") and scipy.stats.false_discovery_control(p) (SciPy >= 1.11).
// A rank whose p*m/rank exceeds a later one's takes the later value (the monotone step):
//   p = 0.01 0.02 0.021 (m = 3): p*m/rank = 0.03 0.03 0.021 -> q = 0.021 0.021 0.021.
TEST(StatsRobust, BenjaminiHochbergWorkedExample)
{
    const std::vector<double> p{0.010, 0.040, 0.030, 0.200, 0.005};
    const auto q = ml::benjaminiHochberg(p);
    const std::vector<double> expected{0.025, 0.050, 0.050, 0.200, 0.025};
    ASSERT_EQ(q.size(), expected.size());
    for (std::size_t i = 0; i < q.size(); ++i)
        EXPECT_NEAR(q[i], expected[i], 1e-15) << i;

    const auto step = ml::benjaminiHochberg(std::vector<double>{0.01, 0.02, 0.021});
    for (double v : step)
        EXPECT_NEAR(v, 0.021, 1e-15);

    // Clipped to 1, and empty in -> empty out.
    EXPECT_DOUBLE_EQ(ml::benjaminiHochberg(std::vector<double>{0.9, 0.95})[0], 0.95);
    EXPECT_DOUBLE_EQ(ml::benjaminiHochberg(std::vector<double>{1.0})[0], 1.0);
    EXPECT_TRUE(ml::benjaminiHochberg(std::vector<double>{}).empty());
}
