// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LoadedModel.h"

#include <QAbstractTableModel>
#include <QList>

#include <memory>

namespace ml {

// The operator histogram of a model (all graphs): operator type, node count and its share
// of all nodes. Rows come in descending count; views sort through a QSortFilterProxyModel
// on SortRole, which gives numbers for the numeric columns.
class OperatorTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { OperatorColumn, CountColumn, ShareColumn, ColumnCount };
    static constexpr int SortRole = Qt::UserRole;
    static constexpr int BarRole = Qt::UserRole + 1; // count relative to the most frequent op, 0..1

    explicit OperatorTableModel(QObject *parent = nullptr);

    void setModel(const std::shared_ptr<const LoadedModel> &model); // nullptr clears

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        QString op; // "Conv", or "domain::Op" outside the default domain
        int count = 0;
    };
    QList<Row> m_rows;
    int m_total = 0;
    int m_max = 0;
};

} // namespace ml
