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
// times. Views sort through a QSortFilterProxyModel on SortRole (numbers for the numeric
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
    const LayerTiming &timing(int row) const { return m_rows.at(static_cast<std::size_t>(row)).timing; }
    // Each mapped node's share of the summed layer time (what the graph's heat map shows).
    QHash<NodeId, double> shareByNode() const;

    // For every row, the model node it names: by graph path and index, checked against the
    // label; by graph path and label when the index does not fit (the run saw a copy of the
    // model). kNoNode where neither finds one.
    static std::vector<NodeId> mapToNodes(const std::vector<LayerTiming> &rows, const OnnxModel &model);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        LayerTiming timing;
        NodeId id = kNoNode;
    };
    std::vector<Row> m_rows;
    double m_maxShare = 0;
};

} // namespace ml
