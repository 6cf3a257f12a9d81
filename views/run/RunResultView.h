// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LatencyHistogram.h"
#include "LoadedModel.h"
#include "RunResult.h"

#include <QHash>
#include <QWidget>

#include <memory>
#include <vector>

class QChart;
class QChartView;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;

namespace ml {

class LayerTableModel;
class OpTypeTableModel;
class OutputComparisonView;

// What one run measured: the latency statistics with a histogram of the iterations, the
// per-layer table (sortable, filterable; a row activates its node) and the roll-up by
// operator, and the sum of the layers next to the end-to-end latency of the same runs.
// Shows an immutable RunResult; keeps no state of its own beyond it. The outputs tab
// compares this run's saved outputs with another run's (the owner says which, see
// comparisonView()); the graph ONNX Runtime ran, when kept, opens with a button.
class RunResultView : public QWidget {
    Q_OBJECT
public:
    // Keys of the statistic labels (object names "stat.<key>"), in the order shown.
    static QStringList statisticKeys();

    explicit RunResultView(QWidget *parent = nullptr);

    // `model`: the snapshot that ran, for mapping layers to nodes (may be null).
    void setResult(std::shared_ptr<const RunResult> result, std::shared_ptr<const LoadedModel> model);
    void clear();
    std::shared_ptr<const RunResult> result() const { return m_result; }

    LayerTableModel *layerModel() const { return m_layers; }
    OpTypeTableModel *opTypeModel() const { return m_opTypes; }
    QTableView *layerTable() const { return m_layerTable; }
    OutputComparisonView *comparisonView() const { return m_comparison; }
    QPushButton *openOptimizedButton() const { return m_openOptimized; }
    // Iterations per histogram bin, and the bins' lower edges in ms (one more edge than bins).
    const std::vector<int> &histogramCounts() const { return m_histogram.counts; }
    const std::vector<double> &histogramEdges() const { return m_histogram.edges; }

Q_SIGNALS:
    // The user activated a per-layer row that names a node of the model.
    void nodeActivated(ml::NodeId id);
    // "Open Optimized Graph": the result's optimizedModelPath.
    void openModelRequested(const QString &path);

private:
    QWidget *makeSummaryTab();
    QWidget *makeLayersTab();
    QWidget *makeOpTypesTab();
    void showStatistics(const RunResult &r);
    void showHistogram(const RunResult &r);
    void showLayers(const RunResult &r, const std::shared_ptr<const LoadedModel> &model);
    void setStatistic(const QString &key, const QString &text);

    std::shared_ptr<const RunResult> m_result;
    QLabel *m_header = nullptr;
    QPushButton *m_openOptimized = nullptr;
    QLabel *m_warnings = nullptr;
    QTabWidget *m_tabs = nullptr;
    QHash<QString, QLabel *> m_stats;
    QChart *m_chart = nullptr;
    QChartView *m_chartView = nullptr;
    LatencyHistogram m_histogram;

    QWidget *m_layersTab = nullptr;
    QWidget *m_opTypesTab = nullptr;
    QLabel *m_gap = nullptr;
    QLineEdit *m_filter = nullptr;
    LayerTableModel *m_layers = nullptr;
    QSortFilterProxyModel *m_layerProxy = nullptr;
    QTableView *m_layerTable = nullptr;
    OpTypeTableModel *m_opTypes = nullptr;
    QSortFilterProxyModel *m_opTypeProxy = nullptr;
    QWidget *m_outputsTab = nullptr;
    OutputComparisonView *m_comparison = nullptr;
};

} // namespace ml
