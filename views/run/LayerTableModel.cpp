// SPDX-License-Identifier: GPL-3.0-or-later
#include "LayerTableModel.h"

#include "ModelNodeRef.h"

#include <QBrush>
#include <QFont>
#include <QLocale>
#include <QPalette>

#include <algorithm>
#include <functional>

namespace ml {

namespace {

// Milliseconds as the CLI shows them: more digits below a millisecond.
QString msText(double v) { return QLocale().toString(v, 'f', v < 1 ? 4 : 3); }

QString joinKey(const QString &graph, const QString &part) { return graph + QChar(0x1f) + part; }

} // namespace

LayerTableModel::LayerTableModel(QObject *parent) : QAbstractTableModel(parent) {}

std::vector<NodeId> LayerTableModel::mapToNodes(const std::vector<LayerTiming> &rows, const OnnxModel &model)
{
    // The graph paths are spelled as the engine spells them (ModelNodeRef::subgraphPath), so
    // the model is walked the same way rather than rebuilt from ModelFacts' parent links.
    QHash<QString, const onnx::NodeProto *> byIndex, byLabel;
    std::function<void(const onnx::GraphProto &, const QString &)> walk = [&](const onnx::GraphProto &g, const QString &path) {
        for (int i = 0; i < g.node_size(); ++i) {
            const ModelNodeRef ref{&g.node(i), path, i};
            byIndex.insert(joinKey(path, QString::number(i)), ref.node);
            byLabel.insert(joinKey(path, ref.label()), ref.node); // a repeated name keeps the last; index wins anyway
            for (const auto &a : g.node(i).attribute()) {
                if (a.has_g())
                    walk(a.g(), ModelNodeRef::subgraphPath(path, ref.label(), a.name()));
                for (const auto &sub : a.graphs())
                    walk(sub, ModelNodeRef::subgraphPath(path, ref.label(), a.name()));
            }
        }
    };
    walk(model.proto().graph(), QString());

    std::vector<NodeId> ids;
    ids.reserve(rows.size());
    for (const LayerTiming &t : rows) {
        const onnx::NodeProto *node = nullptr;
        if (t.mapped) {
            if (t.nodeIndex >= 0) {
                node = byIndex.value(joinKey(t.graph, QString::number(t.nodeIndex)));
                if (node && nodeLabel(*node, t.nodeIndex) != t.node)
                    node = nullptr;
            }
            if (!node)
                node = byLabel.value(joinKey(t.graph, t.node));
        }
        ids.push_back(node ? model.idOf(*node) : kNoNode);
    }
    return ids;
}

void LayerTableModel::setReport(const LayerReport &report, std::shared_ptr<const LoadedModel> model)
{
    beginResetModel();
    m_rows.clear();
    m_maxShare = 0;
    const std::vector<NodeId> ids = model && model->model ? mapToNodes(report.layers, *model->model)
                                                          : std::vector<NodeId>(report.layers.size(), kNoNode);
    m_rows.reserve(report.layers.size());
    for (std::size_t i = 0; i < report.layers.size(); ++i) {
        m_rows.push_back({report.layers[i], ids[i]});
        m_maxShare = std::max(m_maxShare, report.layers[i].share);
    }
    endResetModel();
}

void LayerTableModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_maxShare = 0;
    endResetModel();
}

NodeId LayerTableModel::nodeId(int row) const
{
    return row >= 0 && row < rowCount() ? m_rows[static_cast<std::size_t>(row)].id : kNoNode;
}

QHash<NodeId, double> LayerTableModel::shareByNode() const
{
    QHash<NodeId, double> out;
    for (const Row &r : m_rows)
        if (r.id != kNoNode)
            out[r.id] += r.timing.share; // one row per node today; summing keeps it right if not
    return out;
}

int LayerTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int LayerTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LayerTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &row = m_rows[static_cast<std::size_t>(index.row())];
    const LayerTiming &t = row.timing;
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
        return static_cast<uint>(row.id);
    case Qt::ToolTipRole:
        if (index.column() == NodeColumn) {
            QString tip = row.id == kNoNode ? tr("No node of the model was found for this row; double-click does nothing.")
                                            : tr("Double-click to show the node in the graph.");
            if (!t.fusedNodes.isEmpty())
                tip += QLatin1Char('\n') + tr("Its kernels also did the work of: %1").arg(t.fusedNodes.join(QStringLiteral(", ")));
            return tip;
        }
        if (index.column() == KernelsColumn)
            return t.kernels.join(QLatin1Char('\n'));
        break;
    case Qt::ForegroundRole:
        if (row.id == kNoNode)
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
