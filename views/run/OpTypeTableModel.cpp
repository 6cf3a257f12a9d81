// SPDX-License-Identifier: GPL-3.0-or-later
#include "OpTypeTableModel.h"

#include <QLocale>

#include <algorithm>

namespace ml {

namespace {
QString msText(double v) { return QLocale().toString(v, 'f', v < 1 ? 4 : 3); }
} // namespace

OpTypeTableModel::OpTypeTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void OpTypeTableModel::setReport(const LayerReport &report)
{
    beginResetModel();
    m_rows = report.opTypes;
    m_maxShare = 0;
    for (const OpTypeTiming &t : m_rows)
        m_maxShare = std::max(m_maxShare, t.share);
    endResetModel();
}

void OpTypeTableModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_maxShare = 0;
    endResetModel();
}

int OpTypeTableModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : static_cast<int>(m_rows.size()); }

int OpTypeTableModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant OpTypeTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const OpTypeTiming &t = m_rows[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case OpTypeColumn:
            return t.opType;
        case MeanColumn:
            return msText(t.meanMs);
        case ShareColumn:
            return tr("%1%").arg(QLocale().toString(t.share * 100, 'f', 2));
        case NodesColumn:
            return QLocale().toString(t.nodes);
        }
        break;
    case SortRole:
        switch (index.column()) {
        case OpTypeColumn:
            return t.opType.toCaseFolded();
        case MeanColumn:
            return t.meanMs;
        case ShareColumn:
            return t.share;
        case NodesColumn:
            return t.nodes;
        }
        break;
    case BarRole:
        if (index.column() == ShareColumn && m_maxShare > 0)
            return t.share / m_maxShare;
        break;
    case Qt::TextAlignmentRole:
        if (index.column() != OpTypeColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    }
    return {};
}

QVariant OpTypeTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case OpTypeColumn:
        return tr("Operator");
    case MeanColumn:
        return tr("Mean ms");
    case ShareColumn:
        return tr("Share");
    case NodesColumn:
        return tr("Nodes");
    }
    return {};
}

} // namespace ml
