// SPDX-License-Identifier: GPL-3.0-or-later
#include "LayerTableModel.h"

#include "LayerNodes.h"

#include <QBrush>
#include <QFont>
#include <QLocale>
#include <QPalette>

#include <algorithm>

namespace ml {

namespace {

// Milliseconds as the CLI shows them: more digits below a millisecond.
QString msText(double v) { return QLocale().toString(v, 'f', v < 1 ? 4 : 3); }

} // namespace

LayerTableModel::LayerTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void LayerTableModel::setReport(const LayerReport &report, std::shared_ptr<const LoadedModel> model)
{
    beginResetModel();
    m_timings = report.layers;
    m_ids = model && model->model ? mapLayersToNodes(m_timings, *model->model) : std::vector<NodeId>(m_timings.size(), kNoNode);
    m_maxShare = 0;
    for (const LayerTiming &t : m_timings)
        m_maxShare = std::max(m_maxShare, t.share);
    endResetModel();
}

void LayerTableModel::clear()
{
    beginResetModel();
    m_timings.clear();
    m_ids.clear();
    m_maxShare = 0;
    endResetModel();
}

NodeId LayerTableModel::nodeId(int row) const
{
    return row >= 0 && row < rowCount() ? m_ids[static_cast<std::size_t>(row)] : kNoNode;
}

QHash<NodeId, double> LayerTableModel::shareByNode() const { return layerShareByNode(m_timings, m_ids); }

int LayerTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_timings.size());
}

int LayerTableModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant LayerTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const LayerTiming &t = m_timings[static_cast<std::size_t>(index.row())];
    const NodeId id = m_ids[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NodeColumn: {
            QString text = t.graph.isEmpty() ? t.node : t.graph + QStringLiteral(" / ") + t.node;
            if (!t.fusedNodes.isEmpty())
                text += tr(" (+ %n fused)", nullptr, static_cast<int>(t.fusedNodes.size()));
            if (!t.mapped)
                text += tr(" [not in the model]");
            return text;
        }
        case OpTypeColumn:
            return t.opType;
        case MeanColumn:
            return msText(t.meanMs);
        case MedianColumn:
            return msText(t.medianMs);
        case ShareColumn:
            return tr("%1%").arg(QLocale().toString(t.share * 100, 'f', 2));
        case CallsColumn:
            return QLocale().toString(t.callsPerRun, 'g', 4);
        case KernelsColumn:
            return t.kernels.join(QStringLiteral(", "));
        }
        break;
    case SortRole:
        switch (index.column()) {
        case NodeColumn:
            return QString(t.graph + QChar(0x1f) + t.node).toCaseFolded();
        case OpTypeColumn:
            return t.opType.toCaseFolded();
        case MeanColumn:
            return t.meanMs;
        case MedianColumn:
            return t.medianMs;
        case ShareColumn:
            return t.share;
        case CallsColumn:
            return t.callsPerRun;
        case KernelsColumn:
            return static_cast<int>(t.kernels.size());
        }
        break;
    case BarRole:
        if (index.column() == ShareColumn && m_maxShare > 0)
            return t.share / m_maxShare;
        break;
    case NodeIdRole:
        return static_cast<uint>(id);
    case Qt::ToolTipRole:
        if (index.column() == NodeColumn) {
            QString tip = id == kNoNode ? tr("No node of the model was found for this row; double-click does nothing.")
                                        : tr("Double-click to show the node in the graph.");
            if (!t.fusedNodes.isEmpty())
                tip += QLatin1Char('\n')
                        + tr("Its kernels also did the work of: %1").arg(t.fusedNodes.join(QStringLiteral(", ")));
            return tip;
        }
        if (index.column() == KernelsColumn)
            return t.kernels.join(QLatin1Char('\n'));
        break;
    case Qt::ForegroundRole:
        if (id == kNoNode)
            return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
        break;
    case Qt::TextAlignmentRole:
        if (index.column() >= MeanColumn && index.column() <= CallsColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    }
    return {};
}

QVariant LayerTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NodeColumn:
        return tr("Node");
    case OpTypeColumn:
        return tr("Operator");
    case MeanColumn:
        return tr("Mean ms");
    case MedianColumn:
        return tr("Median ms");
    case ShareColumn:
        return tr("Share");
    case CallsColumn:
        return tr("Calls/run");
    case KernelsColumn:
        return tr("Kernels");
    }
    return {};
}

} // namespace ml
