// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace ml {

// Draws a horizontal bar behind a cell's text, as long as the cell's `role` value (0..1)
// says, so that a column of shares reads as a histogram.
class HistogramBarDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    HistogramBarDelegate(int role, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_role;
};

} // namespace ml
