// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <cstdint>
#include <vector>

namespace ml {

// Bars of equal-width bins between `min` and `max`, with the range written below.
class HistogramWidget : public QWidget {
    Q_OBJECT
public:
    explicit HistogramWidget(QWidget *parent = nullptr);

    void setHistogram(std::vector<std::int64_t> bins, double min, double max); // empty clears
    const std::vector<std::int64_t> &bins() const { return m_bins; }
    QSize sizeHint() const override { return {260, 110}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    std::vector<std::int64_t> m_bins;
    double m_min = 0, m_max = 0;
};

} // namespace ml
