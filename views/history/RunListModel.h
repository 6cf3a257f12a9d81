// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RunQuery.h"

#include <QAbstractTableModel>
#include <QStringList>

#include <optional>
#include <vector>

namespace ml {

// The rows of the History view: one stored run a row, as HistoryStore::listRuns gives them.
// Tags and the note are edited in place: setData() does not store anything itself, it says
// what the user changed (tagsEdited, noteEdited) and shows it at once; the view stores it.
// Sorting by a column the store can sort by is the store's (sortRequested, the view asks
// again); the others sort the rows shown.
class RunListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Id,
        Started,
        Model,
        Version,
        Backend,
        Status,
        Median,
        Mean,
        P99,
        Iterations,
        Rounds,
        Tags,
        Note,
        Source,
        ColumnCount
    };
    static constexpr int RunIdRole = Qt::UserRole + 1;

    explicit RunListModel(QObject *parent = nullptr);

    void setRuns(std::vector<RunSummary> runs);
    const std::vector<RunSummary> &runs() const { return m_runs; }
    const RunSummary *run(int row) const;
    int rowOf(const QString &id) const;

    // The store's order for `column`, if it has one.
    static std::optional<RunFilter::Sort> storeSort(int column);
    // Tags as typed in the Tags cell: separated by commas or spaces, empty ones dropped.
    static QStringList parseTags(const QString &text);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    void tagsEdited(const QString &run, const QStringList &added, const QStringList &removed);
    void noteEdited(const QString &run, const QString &note);
    void sortRequested(ml::RunFilter::Sort sort, bool descending);

private:
    std::vector<RunSummary> m_runs;
};

} // namespace ml
