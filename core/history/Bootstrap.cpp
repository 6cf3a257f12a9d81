// SPDX-License-Identifier: GPL-3.0-or-later
#include "Bootstrap.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <random>
#include <vector>

namespace ml {

namespace {

// Uniform indices in [0, n) from std::mt19937_64, the same on every platform. Each 64-bit
// output is cut into chunks of 16 bits (n <= 256: four indices per output, the generator
// being most of the cost) or 32 bits; Lemire's method maps a chunk to [0, n) with a
// multiply and rejects the few chunks that would bias it, so every index is exactly
// equally likely. The rejection threshold (a division) is computed once per sample size.
class IndexDraw {
public:
    // The bound n (1 <= n < 2^32) with what its draws need; the chunk width depends on n only.
    struct Bound {
        explicit Bound(std::uint32_t bound)
            : n(bound), bits(bound <= 256 ? 16 : 32), mask((std::uint64_t(1) << bits) - 1),
              threshold(static_cast<std::uint32_t>(((std::uint64_t(1) << bits) - bound) % bound)) // 2^bits mod n
        {}
        std::uint32_t n;
        unsigned bits;
        std::uint64_t mask;
        std::uint32_t threshold;
    };

    explicit IndexDraw(std::uint64_t seed) : m_engine(seed) {}

    std::uint32_t below(const Bound &b)
    {
        for (;;) {
            if (m_left < b.bits) {
                m_buffer = m_engine();
                m_left = 64;
            }
            const std::uint64_t m = (m_buffer & b.mask) * b.n;
            m_buffer >>= b.bits;
            m_left -= b.bits;
            if ((m & b.mask) >= b.threshold)
                return static_cast<std::uint32_t>(m >> b.bits);
        }
    }

private:
    std::mt19937_64 m_engine;
    std::uint64_t m_buffer = 0;
    unsigned m_left = 0;
};

// One sample, sorted once, and the buffers to take a resample's percentile without sorting:
// a resample is a tally of how often each sorted index was drawn, and its k-th smallest
// value is the sorted value at the index where the running tally passes k.
class Resampler {
public:
    Resampler(std::span<const double> sample, double p)
        : m_sorted(sample.begin(), sample.end()), m_counts(sample.size(), 0), m_bound(static_cast<std::uint32_t>(sample.size()))
    {
        std::sort(m_sorted.begin(), m_sorted.end());
        const double rank = std::clamp(p, 0.0, 100.0) / 100.0 * static_cast<double>(m_sorted.size() - 1);
        m_lowerRank = static_cast<std::size_t>(std::floor(rank));
        m_fraction = rank - static_cast<double>(m_lowerRank);
    }

    double percentileOfResample(IndexDraw &draw)
    {
        const auto n = static_cast<std::uint32_t>(m_sorted.size());
        // The resample's value at 0-based rank r is sorted[j] for the first j whose running
        // tally exceeds r, i.e. j = the number of running tallies <= r. Counted without
        // branches: a data-dependent early exit mispredicts on nearly every resample.
        std::size_t lower = 0, upper = 0;
        if (n <= 8) {
            // The usual case (rounds): the tally lives in one register, a byte per index, and
            // one multiply gives all running tallies (byte j = sum of bytes 0..j, at most 8).
            std::uint64_t packed = 0;
            for (std::uint32_t i = 0; i < n; ++i)
                packed += std::uint64_t(1) << (8 * draw.below(m_bound));
            const std::uint64_t running = packed * 0x0101010101010101ULL;
            for (std::uint32_t j = 0; j < n; ++j) {
                const std::uint64_t tally = (running >> (8 * j)) & 0xff;
                lower += tally <= m_lowerRank;
                upper += tally <= m_lowerRank + 1;
            }
        } else {
            std::fill(m_counts.begin(), m_counts.end(), 0u);
            for (std::uint32_t i = 0; i < n; ++i)
                ++m_counts[draw.below(m_bound)];
            std::size_t tally = 0;
            for (std::uint32_t j = 0; j < n; ++j) {
                tally += m_counts[j];
                lower += tally <= m_lowerRank;
                upper += tally <= m_lowerRank + 1;
            }
        }
        const double low = m_sorted[lower];
        if (m_fraction == 0)
            return low;
        return low + (m_sorted[std::min<std::size_t>(upper, n - 1)] - low) * m_fraction;
    }

private:
    std::vector<double> m_sorted;
    std::vector<std::uint32_t> m_counts;
    IndexDraw::Bound m_bound;
    std::size_t m_lowerRank = 0;
    double m_fraction = 0;
};

// Linear-interpolation percentile of v (reordered in place) by selection, not a full sort:
// two nth_element-like passes instead of n log n over 10,000 values per layer.
double selectPercentile(std::vector<double> &v, double p)
{
    const double rank = p / 100.0 * static_cast<double>(v.size() - 1);
    const auto lower = static_cast<std::size_t>(std::floor(rank));
    const double fraction = rank - static_cast<double>(lower);
    std::nth_element(v.begin(), v.begin() + lower, v.end());
    const double low = v[lower];
    if (fraction == 0 || lower + 1 >= v.size())
        return low;
    const double next = *std::min_element(v.begin() + lower + 1, v.end());
    return low + (next - low) * fraction;
}

} // namespace

Interval bootstrapRatioOfPercentile(std::span<const double> a, std::span<const double> b, double p, int resamples,
                                    std::uint64_t seed, double confidence)
{
    constexpr double nan = std::numeric_limits<double>::quiet_NaN();
    if (a.empty() || b.empty() || resamples < 1)
        return {nan, nan};
    Resampler ra(a, p), rb(b, p);
    IndexDraw draw(seed);
    std::vector<double> ratios(static_cast<std::size_t>(resamples));
    for (double &ratio : ratios) {
        // a first, then b, as SciPy resamples its samples in order (not that it matches
        // SciPy's numbers: only the order of draws in our own stream is fixed by this).
        const double pa = ra.percentileOfResample(draw);
        const double pb = rb.percentileOfResample(draw);
        if (pa == 0)
            return {nan, nan};
        ratio = pb / pa;
    }
    const double tail = (1 - confidence) / 2 * 100;
    Interval interval;
    interval.low = selectPercentile(ratios, tail);
    interval.high = selectPercentile(ratios, 100 - tail);
    return interval;
}

Interval bootstrapRatioOfMedians(std::span<const double> a, std::span<const double> b, int resamples, std::uint64_t seed,
                                 double confidence)
{
    return bootstrapRatioOfPercentile(a, b, 50, resamples, seed, confidence);
}

} // namespace ml
