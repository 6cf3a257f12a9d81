// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProblemTableModel.h"

#include <QApplication>
#include <QStyle>

namespace ml {

ProblemTableModel::ProblemTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void ProblemTableModel::setModel(const std::shared_ptr<const LoadedModel> &model)
{
    beginResetModel();
    m_model = model;
    endResetModel();
}

int ProblemTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_model ? 0 : static_cast<int>(m_model->facts.problems.size());
}

int ProblemTableModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant ProblemTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Problem &problem = m_model->facts.problems.at(static_cast<std::size_t>(index.row()));
    switch (index.column()) {
    case SeverityColumn:
        if (role == Qt::DisplayRole) {
            switch (problem.severity) {
            case Problem::Severity::Error:
                return tr("Error");
            case Problem::Severity::Warning:
                return tr("Warning");
            case Problem::Severity::Info:
                return tr("Info");
            }
        }
        if (role == Qt::DecorationRole) {
            const auto icon = problem.severity == Problem::Severity::Error ? QStyle::SP_MessageBoxCritical
                    : problem.severity == Problem::Severity::Warning       ? QStyle::SP_MessageBoxWarning
                                                                           : QStyle::SP_MessageBoxInformation;
            return QApplication::style()->standardIcon(icon);
        }
        break;
    case NodeColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return problem.node;
        break;
    case MessageColumn:
        // One line in the table; the whole text (checker messages span lines) as tooltip.
        if (role == Qt::DisplayRole)
            return problem.message.simplified();
        if (role == Qt::ToolTipRole) // rich text, so that long messages wrap
            return QString(QStringLiteral("<p style=\"white-space:pre-wrap\">") + problem.message.toHtmlEscaped()
                           + QStringLiteral("</p>"));
        break;
    }
    return {};
}

QVariant ProblemTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case NodeColumn:
        return tr("Node");
    case MessageColumn:
        return tr("Message");
    }
    return {};
}

} // namespace ml
