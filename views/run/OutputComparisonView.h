// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "JobTracker.h"
#include "OutputComparison.h"
#include "TensorData.h"

#include <QWidget>

#include <memory>
#include <vector>

class QDoubleSpinBox;
class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace ml {

class OutputComparisonModel;

// The outputs of this run against those of the previous one, with NumPy's allclose rule
// |a - b| <= atol + rtol * |b| (b: this run): a table per output and a one-line verdict.
// Loading the saved outputs and comparing them are background jobs; the tensors are loaded
// once and kept, so a new tolerance only compares again. A stale job's answer is dropped.
class OutputComparisonView : public QWidget {
    Q_OBJECT
public:
    static constexpr double kDefaultAtol = 1e-4; // as the CLI's --tolerance
    static constexpr double kDefaultRtol = 1e-3;

    explicit OutputComparisonView(QWidget *parent = nullptr);
    ~OutputComparisonView() override;

    // Folders written by OutputComparison::save. `about`: which runs these are, in words.
    void compare(const QString &previousDir, const QString &currentDir, const QString &about);
    // No comparison, and why (the first run, other inputs, ...).
    void showNotCompared(const QString &reason);
    void clear();

    double atol() const;
    double rtol() const;
    void setTolerance(double atol, double rtol);

    bool isBusy() const { return m_jobs.isRunning(); }
    bool hasComparison() const { return m_compared; }
    bool allPass() const;
    QString verdict() const;
    OutputComparisonModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }

Q_SIGNALS:
    // A comparison (or its failure to load) is shown; also after a tolerance change.
    void comparisonChanged(quint64 job); // the comparison job that ended

private:
    struct Tensors {
        std::vector<TensorData> previous, current;
    };
    struct Outcome {
        std::shared_ptr<const Tensors> tensors;
        std::vector<OutputDifference> differences;
        QString error;
    };
    void start();
    void show(quint64 job, const Outcome &outcome);

    QString m_previousDir, m_currentDir;
    std::shared_ptr<const Tensors> m_tensors; // null until loaded
    JobTracker m_jobs{this};
    bool m_compared = false;

    QLabel *m_about = nullptr;
    QLabel *m_verdict = nullptr;
    QDoubleSpinBox *m_atol = nullptr;
    QDoubleSpinBox *m_rtol = nullptr;
    OutputComparisonModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_table = nullptr;
};

} // namespace ml
