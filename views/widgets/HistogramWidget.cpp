// SPDX-License-Identifier: GPL-3.0-or-later
#include "HistogramWidget.h"

#include <QLocale>
#include <QPainter>

#include <algorithm>

namespace ml {

HistogramWidget::HistogramWidget(QWidget *parent) : QWidget(parent)
{
    setMinimumHeight(80);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void HistogramWidget::setHistogram(std::vector<std::int64_t> bins, double min, double max)
{
    m_bins = std::move(bins);
    m_min = min;
    m_max = max;
    setToolTip(m_bins.empty() ? QString()
                              : tr("%n bin(s) from %1 to %2", nullptr, int(m_bins.size()))
                                        .arg(QLocale().toString(min, 'g', 6), QLocale().toString(max, 'g', 6)));
    update();
}

void HistogramWidget::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const int text = fontMetrics().height();
    const QRectF plot = QRectF(rect()).adjusted(2, 2, -2, -text - 4);
    p.setPen(palette().color(QPalette::Mid));
    p.drawLine(plot.bottomLeft(), plot.bottomRight());
    if (m_bins.empty())
        return;
    const auto top = *std::max_element(m_bins.begin(), m_bins.end());
    const double w = plot.width() / double(m_bins.size());
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0x3b, 0x7d, 0xd8));
    for (std::size_t i = 0; i < m_bins.size(); ++i) {
        if (!m_bins[i] || !top)
            continue;
        // At least a pixel, so that rare values stay visible.
        const double h = std::max(1.0, plot.height() * double(m_bins[i]) / double(top));
        p.drawRect(QRectF(plot.left() + double(i) * w, plot.bottom() - h, std::max(1.0, w - 1), h));
    }
    p.setPen(palette().color(QPalette::Text));
    const QLocale locale;
    const QRectF labels(plot.left(), plot.bottom() + 2, plot.width(), text);
    p.drawText(labels, Qt::AlignLeft | Qt::AlignTop, locale.toString(m_min, 'g', 4));
    p.drawText(labels, Qt::AlignRight | Qt::AlignTop, locale.toString(m_max, 'g', 4));
}

} // namespace ml
