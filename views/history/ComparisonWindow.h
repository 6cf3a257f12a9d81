// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HistoryClient.h"

#include <QWidget>

class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QStandardItemModel;
class QTabWidget;
class QTableView;
class QTableWidget;

namespace ml {

// Two or more stored runs side by side: what they differ in (model version, machine, engine,
// settings) first and highlighted, then the verdict line of the medians and of p99, p50/p90/
// p99 of each run, the latency distributions overlaid (a histogram of the iterations and a
// box plot of the round medians), the per-layer deltas as a table and a bar chart, largest
// change first (a row asks for its node on the graph), and the roll-up by operator. The
// statistics run on the HistoryClient's thread; the window shows them when they come.
class ComparisonWindow : public QWidget {
    Q_OBJECT
public:
    // Compares each of `runs` after the first with the first.
    ComparisonWindow(HistoryClient *client, const QStringList &runs, QWidget *parent = nullptr);

    bool isReady() const { return !m_compared.reports.empty(); }
    const ComparedRuns &compared() const { return m_compared; }
    // The candidate shown (index into compared().reports).
    void showCandidate(int index);
    int candidate() const { return m_candidate; }
    QString verdictText() const;
    QString differencesText() const;
    QTableView *layerTable() const { return m_layerTable; }
    QStandardItemModel *layerModel() const { return m_layers; }
    QStandardItemModel *opTypeModel() const { return m_opTypes; }
    QTableWidget *statisticsTable() const { return m_stats; }
    QChart *histogramChart() const;
    QChart *boxChart() const;
    QChart *deltaChart() const;
    // Writes the report of this comparison (the format by the file name's suffix); asks
    // where when `path` is empty. reportWritten tells the end.
    void exportReport(const QString &path = {});

Q_SIGNALS:
    void ready();
    void failed(const QString &message);
    void reportWritten(const QString &path, const QString &error); // error empty on success
    // A per-layer row was activated: the node of that name in the candidate's model.
    void nodeRequested(const QString &modelPath, const QString &node);

private:
    void onCompared(const ComparedRuns &compared);
    void showStatistics();
    void showDistributions();
    void showLayers(const ComparisonReport &report);

    HistoryClient *m_client = nullptr;
    quint64 m_job = 0, m_reportJob = 0;
    QStringList m_runs;
    ComparedRuns m_compared;
    int m_candidate = 0;

    QLabel *m_title = nullptr;
    QLabel *m_status = nullptr;
    QComboBox *m_candidates = nullptr;
    QLabel *m_differences = nullptr;
    QLabel *m_verdict = nullptr;
    QTableWidget *m_stats = nullptr;
    QTabWidget *m_tabs = nullptr;
    QChartView *m_histogram = nullptr;
    QChartView *m_box = nullptr;
    QChartView *m_deltas = nullptr;
    QStandardItemModel *m_layers = nullptr;
    QTableView *m_layerTable = nullptr;
    QStandardItemModel *m_opTypes = nullptr;
};

} // namespace ml
