// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LayerReport.h"

#include <QAbstractTableModel>

#include <vector>

namespace ml {

// A per-layer profile rolled up by operator type (LayerReport::opTypes): time per run,
// share of the summed layer time, and how many nodes of the type were timed. Views sort
// through a QSortFilterProxyModel on SortRole.
class OpTypeTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { OpTypeColumn, MeanColumn, ShareColumn, NodesColumn, ColumnCount };
    static constexpr int SortRole = Qt::UserRole;
    static constexpr int BarRole = Qt::UserRole + 1; // share relative to the largest row, 0..1

    explicit OpTypeTableModel(QObject *parent = nullptr);

    void setReport(const LayerReport &report);
    void clear();
    const OpTypeTiming &timing(int row) const { return m_rows.at(static_cast<std::size_t>(row)); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<OpTypeTiming> m_rows;
    double m_maxShare = 0;
};

} // namespace ml
