// SPDX-License-Identifier: GPL-3.0-or-later
#include "OutputComparisonModel.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace ml {

namespace {
QString errorText(double v) { return v == 0 ? QStringLiteral("0") : QLocale().toString(v, 'g', 4); }
} // namespace

OutputComparisonModel::OutputComparisonModel(QObject *parent) : QAbstractTableModel(parent) {}

void OutputComparisonModel::setDifferences(std::vector<OutputDifference> differences)
{
    beginResetModel();
    m_rows = std::move(differences);
    endResetModel();
}

void OutputComparisonModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

int OutputComparisonModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int OutputComparisonModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant OutputComparisonModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const OutputDifference &d = m_rows[static_cast<std::size_t>(index.row())];
    const bool compared = d.problem.isEmpty();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return d.name;
        case ElementsColumn:
            return QLocale().toString(static_cast<qlonglong>(d.elements));
        case MaxAbsColumn:
            return compared ? errorText(d.maxAbs) : QString();
        case MaxRelColumn:
            return compared ? errorText(d.maxRel) : QString();
        case MismatchesColumn:
            return compared ? QLocale().toString(static_cast<qlonglong>(d.mismatches)) : QString();
        case PassColumn:
            return !compared ? d.problem : d.pass ? tr("pass") : tr("FAIL");
        }
        break;
    case SortRole:
        switch (index.column()) {
        case NameColumn:
            return d.name.toCaseFolded();
        case ElementsColumn:
            return static_cast<qlonglong>(d.elements);
        case MaxAbsColumn:
            return d.maxAbs;
        case MaxRelColumn:
            return d.maxRel;
        case MismatchesColumn:
            return static_cast<qlonglong>(d.mismatches);
        case PassColumn:
            return d.pass;
        }
        break;
    case PassRole:
        return d.pass;
    case Qt::ToolTipRole:
        if (index.column() == PassColumn && !compared)
            return d.problem;
        break;
    case Qt::ForegroundRole:
        if (index.column() == PassColumn)
            return QBrush(d.pass ? QColor(0x2e, 0x7d, 0x32) : QColor(0xb0, 0x00, 0x20));
        break;
    case Qt::TextAlignmentRole:
        if (index.column() != NameColumn && index.column() != PassColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    }
    return {};
}

QVariant OutputComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Output");
    case ElementsColumn:
        return tr("Elements");
    case MaxAbsColumn:
        return tr("Max abs error");
    case MaxRelColumn:
        return tr("Max rel error");
    case MismatchesColumn:
        return tr("Mismatches");
    case PassColumn:
        return tr("Within tolerance");
    }
    return {};
}

} // namespace ml
