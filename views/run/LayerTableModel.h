// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LayerReport.h"
#include "LoadedModel.h"

#include <QAbstractTableModel>
#include <QHash>

#include <memory>
#include <vector>

namespace ml {

// The rows of a per-layer profile (LayerReport::layers), each mapped to the model node it
// times (mapLayersToNodes, core/engine/LayerNodes.h). Views sort through a QSortFilterProxyModel on SortRole (numbers for the numeric
// columns); NodeIdRole gives the row's node (kNoNode for rows no model node was found for).
class LayerTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { NodeColumn, OpTypeColumn, MeanColumn, MedianColumn, ShareColumn, CallsColumn, KernelsColumn, ColumnCount };
    static constexpr int SortRole = Qt::UserRole;
    static constexpr int BarRole = Qt::UserRole + 1;    // share relative to the largest row, 0..1
    static constexpr int NodeIdRole = Qt::UserRole + 2; // ml::NodeId as uint

    explicit LayerTableModel(QObject *parent = nullptr);

    // `model` is the snapshot that ran (node ids come from it); nullptr maps nothing.
    void setReport(const LayerReport &report, std::shared_ptr<const LoadedModel> model);
    void clear();

    NodeId nodeId(int row) const;
    const LayerTiming &timing(int row) const { return m_timings.at(static_cast<std::size_t>(row)); }
    // Each mapped node's share of the summed layer time (what the graph's heat map shows).
    QHash<NodeId, double> shareByNode() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<LayerTiming> m_timings;
    std::vector<NodeId> m_ids; // mapLayersToNodes() of m_timings
    double m_maxShare = 0;
};

} // namespace ml
