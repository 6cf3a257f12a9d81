// SPDX-License-Identifier: GPL-3.0-or-later
#include "HistogramBarDelegate.h"

#include <QPainter>

#include <algorithm>

namespace ml {

HistogramBarDelegate::HistogramBarDelegate(int role, QObject *parent) : QStyledItemDelegate(parent), m_role(role) {}

void HistogramBarDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const double fraction = std::clamp(index.data(m_role).toDouble(), 0.0, 1.0);
    if (fraction > 0.0) {
        // Under the text and any selection the base class draws on top.
        QRectF bar = QRectF(option.rect).adjusted(3, 4, -3, -4);
        bar.setWidth(bar.width() * fraction);
        QColor colour = option.palette.color(QPalette::Highlight);
        colour.setAlphaF(0.3f);
        painter->fillRect(bar, colour);
    }
    QStyledItemDelegate::paint(painter, option, index);
}

} // namespace ml
