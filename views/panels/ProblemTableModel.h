// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LoadedModel.h"

#include <QAbstractTableModel>

#include <memory>

namespace ml {

// The problems the analysis found (checker, shape inference, graph checks), in the order
// it reported them: severity, node, message.
class ProblemTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { SeverityColumn, NodeColumn, MessageColumn, ColumnCount };

    explicit ProblemTableModel(QObject *parent = nullptr);

    void setModel(const std::shared_ptr<const LoadedModel> &model); // nullptr clears

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::shared_ptr<const LoadedModel> m_model; // immutable: rows read its facts directly
};

} // namespace ml
