// SPDX-License-Identifier: GPL-3.0-or-later
#include "OperatorTableModel.h"

#include <QLocale>

#include <algorithm>

namespace ml {

OperatorTableModel::OperatorTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void OperatorTableModel::setModel(const std::shared_ptr<const LoadedModel> &model)
{
    beginResetModel();
    m_rows.clear();
    m_total = 0;
    m_max = 0;
    if (model) {
        for (const auto &[op, count] : model->facts.opTypes) {
            m_rows.append({op, count});
            m_total += count;
            m_max = std::max(m_max, count);
        }
        std::stable_sort(m_rows.begin(), m_rows.end(), [](const Row &a, const Row &b) { return a.count > b.count; });
    }
    endResetModel();
}

int OperatorTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int OperatorTableModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant OperatorTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &row = m_rows.at(index.row());
    const double share = m_total ? 100.0 * row.count / m_total : 0.0;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case OperatorColumn:
            return row.op;
        case CountColumn:
            return QLocale().toString(row.count);
        case ShareColumn:
            return tr("%1%").arg(QLocale().toString(share, 'f', 1));
        }
        break;
    case SortRole:
        switch (index.column()) {
        case OperatorColumn:
            return row.op.toCaseFolded();
        case CountColumn:
            return row.count;
        case ShareColumn:
            return share;
        }
        break;
    case BarRole:
        if (index.column() == ShareColumn && m_max > 0)
            return static_cast<double>(row.count) / m_max;
        break;
    case Qt::TextAlignmentRole:
        if (index.column() != OperatorColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    }
    return {};
}

QVariant OperatorTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case OperatorColumn:
        return tr("Operator");
    case CountColumn:
        return tr("Nodes");
    case ShareColumn:
        return tr("Share");
    }
    return {};
}

} // namespace ml
