// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "OutputComparison.h"

#include <QAbstractTableModel>

#include <vector>

namespace ml {

// How each output of two runs differs (OutputComparison::compare), one row per output:
// elements, max abs and max rel error, mismatches and whether it passes the tolerance.
// An output that could not be compared (shape, type, missing) says why in the last column.
class OutputComparisonModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { NameColumn, ElementsColumn, MaxAbsColumn, MaxRelColumn, MismatchesColumn, PassColumn, ColumnCount };
    static constexpr int SortRole = Qt::UserRole;
    static constexpr int PassRole = Qt::UserRole + 1; // bool

    explicit OutputComparisonModel(QObject *parent = nullptr);

    void setDifferences(std::vector<OutputDifference> differences);
    void clear();
    const std::vector<OutputDifference> &differences() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<OutputDifference> m_rows;
};

} // namespace ml
