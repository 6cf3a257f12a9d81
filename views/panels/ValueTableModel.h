// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LoadedModel.h"

#include <QAbstractTableModel>
#include <QList>

#include <memory>

namespace ml {

// The inputs (without the initializers older exporters list as inputs) and the outputs of
// a model's main graph: kind, name and type text ("float32[batch,3,224,224]").
class ValueTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { KindColumn, NameColumn, TypeColumn, ColumnCount };

    explicit ValueTableModel(QObject *parent = nullptr);

    void setModel(const std::shared_ptr<const LoadedModel> &model); // nullptr clears
    int inputCount() const { return m_inputs; }                     // the first rows are the inputs

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        bool input = true;
        QString name;
        QString type;
    };
    QList<Row> m_rows;
    int m_inputs = 0;
};

} // namespace ml
