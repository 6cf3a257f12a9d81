// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "JobTracker.h"
#include "LoadedModel.h"
#include "TensorValues.h"

#include <QWidget>

#include <memory>

class QFormLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace ml {

class HistogramWidget;

// The Tensor side panel: an initializer's or a Constant's values, a page at a time, with
// min / max / mean / std / share of zeros, a histogram, and Save as .npy. The bytes are read
// from the file only when the tensor is shown, off the GUI thread; a newer request drops
// the result of the one before.
class TensorPanel : public QWidget {
    Q_OBJECT
public:
    static constexpr int kPageSize = 1000;

    explicit TensorPanel(QWidget *parent = nullptr);

    void setModel(std::shared_ptr<const LoadedModel> model); // clears
    // Shows the initializer `name` as the graph of node `context` sees it, or the value of
    // the Constant node `context` whose output is `name`. False when there is no such tensor.
    bool showTensor(const QString &name, NodeId context = kNoNode);
    QString tensorName() const { return m_name; }
    bool isBusy() const { return m_valuesJob.isRunning(); }

    // What is shown (tests): the statistics and the text of the page.
    const TensorStatistics &statistics() const { return m_stats; }
    int page() const { return m_page; }
    void setPage(int page);
    QString pageText() const;
    // Writes the shown tensor's values to `path` as .npy off the GUI thread (what Save as
    // .npy does once its dialog has a file); npySaved() tells the end. Save is disabled
    // meanwhile.
    void saveNpyAs(const QString &path);
    bool isSaving() const { return m_export.isRunning(); }

Q_SIGNALS:
    void valuesReady(quint64 job); // the statistics and first page are shown
    void failed(const QString &message);
    // Save as .npy ended: `error` is empty when the file was written.
    void npySaved(quint64 job, const QString &path, const QString &error);

private:
    struct Values;
    void clear(const QString &message);
    void onValues(quint64 job, std::shared_ptr<const Values> values);
    void showPage();
    void askSaveNpy();

    std::shared_ptr<const LoadedModel> m_model;
    const onnx::TensorProto *m_tensor = nullptr; // points into m_model
    QString m_name;
    JobTracker m_valuesJob{this}; // reading the shown tensor's values
    JobTracker m_export{this};    // Save as .npy
    std::shared_ptr<const Values> m_values;
    TensorStatistics m_stats;
    int m_page = 0;

    QLabel *m_title = nullptr;
    QLabel *m_type = nullptr;
    QLabel *m_storage = nullptr;
    QLabel *m_summary = nullptr;
    HistogramWidget *m_histogram = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QLabel *m_pageLabel = nullptr;
    QPushButton *m_previous = nullptr;
    QPushButton *m_next = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace ml
