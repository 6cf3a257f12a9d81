// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LoadedModel.h"

#include <QWidget>

#include <memory>

class QAbstractItemModel;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace ml {

class OperatorTableModel;
class ProblemTableModel;
class ValueTableModel;

// The facts of one loaded model at a glance: file, versions, producer, graph name, node and
// parameter counts, checker results; the inputs and outputs with their types; the operator
// histogram (sortable); and the problems the analysis found (activating one asks to show
// its node). Shows nothing until setModel(). Laid out as a tall side panel.
class ModelSummaryView : public QWidget {
    Q_OBJECT
public:
    explicit ModelSummaryView(QWidget *parent = nullptr);

    void setModel(std::shared_ptr<const LoadedModel> model); // nullptr clears
    const std::shared_ptr<const LoadedModel> &model() const { return m_model; }

    // The item models behind the tables (tests wrap them in QAbstractItemModelTester).
    QAbstractItemModel *valueModel() const;
    QAbstractItemModel *operatorModel() const;       // in the order the analysis gives
    QAbstractItemModel *sortedOperatorModel() const; // what the table shows
    QAbstractItemModel *problemModel() const;

Q_SIGNALS:
    // A problem was activated (double-click, Enter): its index into the facts' nodes, or -1.
    void problemActivated(int nodeIndex);

private:
    QLabel *addFact(QFormLayout *form, const QString &label, const QString &name);
    QTableView *addTable(QGroupBox *box, QAbstractItemModel *model, const QString &name);
    void showFacts();

    std::shared_ptr<const LoadedModel> m_model;
    ValueTableModel *m_values = nullptr;
    OperatorTableModel *m_operators = nullptr;
    QSortFilterProxyModel *m_sortedOperators = nullptr;
    ProblemTableModel *m_problems = nullptr;

    QLineEdit *m_file = nullptr;
    QLabel *m_size = nullptr;
    QLabel *m_irVersion = nullptr;
    QLabel *m_opsets = nullptr;
    QLabel *m_producer = nullptr;
    QLabel *m_graphName = nullptr;
    QLabel *m_nodes = nullptr;
    QLabel *m_subgraphs = nullptr;
    QLabel *m_parameters = nullptr;
    QLabel *m_checker = nullptr;
    QLabel *m_shapeInference = nullptr;
    QLabel *m_metadata = nullptr;
    QLabel *m_description = nullptr;
    QGroupBox *m_valueBox = nullptr;
    QGroupBox *m_operatorBox = nullptr;
    QGroupBox *m_problemBox = nullptr;
    QTableView *m_valueTable = nullptr;
    QTableView *m_operatorTable = nullptr;
    QTableView *m_problemTable = nullptr;
};

} // namespace ml
