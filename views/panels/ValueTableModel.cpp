// SPDX-License-Identifier: GPL-3.0-or-later
#include "ValueTableModel.h"

#include "TypeText.h"

#include <QFontDatabase>

#include <unordered_set>

namespace ml {

ValueTableModel::ValueTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void ValueTableModel::setModel(const std::shared_ptr<const LoadedModel> &model)
{
    beginResetModel();
    m_rows.clear();
    m_inputs = 0;
    if (model) {
        const auto &graph = model->model->proto().graph();
        std::unordered_set<std::string> initializers;
        for (const auto &t : graph.initializer())
            initializers.insert(t.name());
        for (const auto &v : graph.input())
            if (!initializers.count(v.name()))
                m_rows.append({true, QString::fromStdString(v.name()), typeText(v.type())});
        m_inputs = static_cast<int>(m_rows.size());
        for (const auto &v : graph.output())
            m_rows.append({false, QString::fromStdString(v.name()), typeText(v.type())});
    }
    endResetModel();
}

int ValueTableModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : static_cast<int>(m_rows.size()); }

int ValueTableModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant ValueTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case KindColumn:
            return row.input ? tr("Input") : tr("Output");
        case NameColumn:
            return row.name;
        case TypeColumn:
            return row.type;
        }
        break;
    case Qt::FontRole:
        if (index.column() == TypeColumn)
            return QFontDatabase::systemFont(QFontDatabase::FixedFont);
        break;
    }
    return {};
}

QVariant ValueTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case KindColumn:
        return tr("Kind");
    case NameColumn:
        return tr("Name");
    case TypeColumn:
        return tr("Type");
    }
    return {};
}

} // namespace ml
