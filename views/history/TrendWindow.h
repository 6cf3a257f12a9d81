// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HistoryClient.h"

#include <QWidget>

class QChart;
class QChartView;
class QLabel;
class QStandardItemModel;
class QTableView;

namespace ml {

// The trend of a model: one line per series (one machine, one set of settings), each run's
// median of round medians over time, regressions (a "slower" verdict against the previous
// run of the series or its baseline) marked in red; the runs with their verdicts in a table
// below. Clicking a point or activating a row asks for that run. Built on the
// HistoryClient's thread (buildTrend).
class TrendWindow : public QWidget {
    Q_OBJECT
public:
    // The runs `filter` selects (typically a model: filter.model).
    TrendWindow(HistoryClient *client, const RunFilter &filter, const QString &title, QWidget *parent = nullptr);

    bool isReady() const { return m_ready; }
    const std::vector<TrendSeries> &series() const { return m_series; }
    QChart *chart() const;
    QStandardItemModel *pointModel() const { return m_points; }
    QTableView *pointTable() const { return m_table; }
    QString summary() const;

Q_SIGNALS:
    void ready();
    void failed(const QString &message);
    void runRequested(const QString &id);

private:
    void display(const std::vector<TrendSeries> &series);

    HistoryClient *m_client = nullptr;
    quint64 m_job = 0;
    bool m_ready = false;
    std::vector<TrendSeries> m_series;
    QLabel *m_summary = nullptr;
    QChartView *m_chart = nullptr;
    QStandardItemModel *m_points = nullptr;
    QTableView *m_table = nullptr;
};

} // namespace ml
