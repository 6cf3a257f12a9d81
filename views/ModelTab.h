// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Edit.h"
#include "JobTracker.h"
#include "LoadedModel.h"
#include "ProgressCounter.h"

#include <QWidget>

#include <memory>

class QScrollArea;
class QSplitter;
class QTabWidget;
class QTemporaryDir;

namespace ml {

struct StoredRun;
class GraphPanel;
class ModelDocument;
class ModelSummaryView;
class NodePanel;
class RunPanel;
class SearchBar;
class TensorPanel;

// One open model in the main window: the document being edited (its undo stack), the graph
// canvas with its search bar, and the side panels (Node, Tensor, Model) that follow the
// selection. Edits change the document's model on the GUI thread; the checker and shape
// inference then run off it on a clone, and what is shown switches to that analyzed
// snapshot when it is ready (a newer edit drops an older analysis).
class ModelTab : public QWidget {
    Q_OBJECT
public:
    explicit ModelTab(std::shared_ptr<const LoadedModel> model, QWidget *parent = nullptr);
    ~ModelTab() override;

    // The snapshot on screen: the document as of the last finished analysis.
    const std::shared_ptr<const LoadedModel> &model() const { return m_model; }
    ModelDocument *document() const { return m_document; }
    QString path() const; // where the document is saved
    bool isModified() const;
    bool isAnalyzing() const { return m_analysis.isRunning(); }

    // Applies `edit` to the document (undoable); on failure nothing changes. Refused while a
    // save runs.
    Result<void> applyEdit(Edit edit);

    // Saves the document to `path` (empty: its own) as a background job: a copy of the model
    // is written off the GUI thread, atomically (beside the target, then renamed over it).
    // The tab is locked meanwhile (edits, undo and redo wait); saveFinished() tells the end.
    // A failed save leaves the file on disk and the unsaved edits as they were.
    void save(const QString &path = {});
    bool isSaving() const { return m_saving.isRunning(); }
    // How far the save in progress has come (bytes of the file; total 0 until known); null
    // before the first save.
    std::shared_ptr<const ProgressCounter> saveProgress() const { return m_saveProgress; }
    // Runs the event loop until the running save has ended; true when none ran or it
    // succeeded. For closing: a tab or the window waits for its save.
    bool waitForSave();

    GraphPanel *graphPanel() const { return m_graph; }
    SearchBar *searchBar() const { return m_search; }
    NodePanel *nodePanel() const { return m_node; }
    TensorPanel *tensorPanel() const { return m_tensor; }
    ModelSummaryView *summaryView() const { return m_summary; }
    QTabWidget *sidePanels() const { return m_side; }
    void showModelPanel(); // the Model side panel (Netron's Properties, Ctrl+Enter)
    // The profiler under the canvas, hidden until asked for.
    RunPanel *runPanel() const { return m_run; }
    void setRunPanelVisible(bool visible);
    bool isRunPanelVisible() const;

    // Shows a run from the history in the run panel (opened if hidden), on this model.
    void showStoredRun(const StoredRun &run, const QString &origin = {});

    // Shows model node `id` wherever it is (entering its subgraph) and selects it.
    bool revealNode(NodeId id);

Q_SIGNALS:
    void modelChanged(); // a new analyzed snapshot is shown
    void modifiedChanged(bool modified);
    void savingChanged(bool saving);
    // `error` is empty when the model was written to `path`.
    void saveFinished(quint64 job, const QString &path, const QString &error);
    // Another model should open next to this one (the graph ONNX Runtime optimized).
    void openModelRequested(const QString &path);

private:
    void analyze();
    void showSnapshot(std::shared_ptr<const LoadedModel> snapshot);

    std::shared_ptr<const LoadedModel> m_model;
    ModelDocument *m_document = nullptr;
    JobTracker m_analysis{this};
    JobTracker m_saving{this};
    std::shared_ptr<const ProgressCounter> m_saveProgress;
    QString m_lastSaveError;
    GraphPanel *m_graph = nullptr;
    SearchBar *m_search = nullptr;
    QTabWidget *m_side = nullptr;
    NodePanel *m_node = nullptr;
    TensorPanel *m_tensor = nullptr;
    ModelSummaryView *m_summary = nullptr;
    RunPanel *m_run = nullptr;
    QScrollArea *m_runArea = nullptr;
    QSplitter *m_vertical = nullptr;
    std::unique_ptr<QTemporaryDir> m_runCopy;     // an edited model, written for the engine
    std::shared_ptr<const OnnxModel> m_runEdited; // that model, for the run history; null when unedited
};

} // namespace ml
