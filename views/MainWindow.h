// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DisplayGraph.h"
#include "JobTracker.h"
#include "LoadedModel.h"
#include "RemainingTime.h"

#include <QElapsedTimer>
#include <QHash>
#include <QMainWindow>

#include <memory>

class QAction;
class QDockWidget;
class QTemporaryDir;
class QLabel;
class QProgressBar;
class QTimer;
class QStackedWidget;
class QTabWidget;
class QToolButton;

namespace ml {

class EditActions;
class ComparisonWindow;
class RunPickerDialog;
class HistoryView;
struct OpenedRun;
class ModelLoader;
class ModelSummaryView;
class ModelTab;
class RecentFilesMenu;
class SingleInstance;
class WelcomePage;
class TextFieldGuard;

// The main window: one tab per open model (graph, search, side panels), File, View and
// Help menus, drag and drop of .onnx files, and a busy indicator while a model loads in the
// background.
class MainWindow : public QMainWindow {
    Q_OBJECT
    // Off in tests: a failed load then only emits loadFailed() instead of showing a box.
    Q_PROPERTY(bool showsDialogs READ showsDialogs WRITE setShowsDialogs)
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // The model of the current tab, its tab, and its summary (null when none is open).
    std::shared_ptr<const LoadedModel> model() const;
    ModelTab *currentTab() const;
    ModelSummaryView *summaryView() const;
    QTabWidget *tabs() const { return m_tabs; }
    int tabCount() const;
    RecentFilesMenu *recentFilesMenu() const { return m_recent; }
    WelcomePage *welcomePage() const { return m_welcome; }
    // Opens the files other ModelLens instances hand over, and comes to the front for them.
    void serveOtherInstances(SingleInstance *instance);
    bool isLoading() const;

    bool showsDialogs() const { return m_showsDialogs; }
    void setShowsDialogs(bool on);
    // Without dialogs (tests): what "save your changes?" is answered with.
    void setUnsavedAnswer(int button) { m_unsavedAnswer = button; }
    EditActions *editActions() const { return m_edits; }
    // The run history (a dock under the tabs, hidden until asked for or until its database
    // cannot be opened).
    HistoryView *historyView() const { return m_history; }
    QDockWidget *historyDock() const { return m_historyDock; }

public Q_SLOTS:
    // A window comparing stored runs (each after the first with the first).
    ComparisonWindow *showComparison(const QStringList &runs);
    // "Compare With...": a dialog that picks the baseline for stored run `run` (offering the
    // runs of `modelPath` first), then the comparison window. Returns the dialog, open.
    RunPickerDialog *compareWith(const QString &run, const QString &modelPath, const QString &modelName);
    // Returns at once; the model loads in the background and opens in a new tab (a model
    // already open is shown again). Files opened while one loads wait their turn.
    void openFile(const QString &path);
    void closeModel(); // the current tab, and any load still running
    // Closes tab `index`, first asking to save unsaved edits; false when the user cancels.
    bool closeTab(int index);
    // Start saving the current tab in the background (where it was opened or last saved; or
    // `path`, empty: ask); false when nothing was started. saved() tells the end.
    bool save();
    bool saveAs(const QString &path = {});
    // Writes the current graph (or its visible part) as SVG or PNG, by the file's suffix.
    void exportImage(const QString &path, bool visibleOnly = false);
    // Edit ▸ Settings (the dialog; OK applies), and what applies the stored settings to this
    // window: theme, the mouse wheel in every open graph, the run history's database.
    void showSettings();
    void applySettings();
    void showAbout();
    // Whether the wheel zooms or scrolls in every graph view (Ctrl+M); persisted as the
    // setting graph/wheelZooms, which new views start from.
    void setWheelZooms(bool on);

Q_SIGNALS:
    void modelLoaded(const QString &path);
    void loadFailed(const QString &message);                  // names the file and the reason
    void exported(const QString &path, const QString &error); // error empty on success
    void saved(const QString &path, const QString &error);    // error empty on success

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void showOpenDialog();
    // A window-modal save dialog (never waited for) with PNG or SVG chosen.
    void showExportDialog(bool visibleOnly, bool png = false);
    void copyNodeNames(); // the selected nodes' names to the clipboard, one a line
    void applyDisplayOption(void (*set)(DisplayOptions &, bool), bool on);
    void syncViewActions();
    bool askToSave(ModelTab *tab); // false: cancelled (or the save failed)
    // Waits for a save of `tab` that is running, showing its progress; false when it failed.
    bool waitForSave(ModelTab *tab);
    void onSaveFinished(ModelTab *tab, const QString &path, const QString &error);
    void updateSaveProgress(); // the save bar: bytes written of the saving tabs, time left
    void updateTabTitle(ModelTab *tab);
    void onLoaded(std::shared_ptr<const LoadedModel> model);
    void onFailed(const QString &path, const QString &message);
    void setBusy(bool busy);
    void startNextLoad();
    void updateTitle();
    void createHistory(); // MainWindowHistory.cpp
    void openStoredRun(const OpenedRun &run);
    void showPendingRun(ModelTab *tab);
    bool isStoredCopy(const QString &path) const;

    ModelLoader *m_loader = nullptr;
    QString m_loadingPath;
    QStringList m_queue; // absolute paths waiting for the loader
    QElapsedTimer m_loadTime;
    bool m_showsDialogs = true;
    JobTracker m_exports{this}; // SVG and PNG exports
    int m_unsavedAnswer = 0;    // QMessageBox::StandardButton, without dialogs
    EditActions *m_edits = nullptr;

    QStackedWidget *m_stack = nullptr;
    WelcomePage *m_welcome = nullptr;
    QTabWidget *m_tabs = nullptr;
    RecentFilesMenu *m_recent = nullptr;
    QAction *m_closeAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_saveAsAction = nullptr;
    QList<QAction *> m_graphActions; // enabled only with a model open
    QAction *m_showAttributes = nullptr;
    QAction *m_showNames = nullptr;
    QAction *m_showInitializers = nullptr;
    QAction *m_showTypes = nullptr;
    QAction *m_horizontal = nullptr;
    QAction *m_flat = nullptr;
    QAction *m_wheelZooms = nullptr;
    TextFieldGuard *m_guard = nullptr; // Netron's keys and Undo leave typing alone
    QAction *m_runPanelAction = nullptr;
    QLabel *m_busyLabel = nullptr;
    QProgressBar *m_busyBar = nullptr;
    QProgressBar *m_saveBar = nullptr; // while a tab saves
    QTimer *m_saveTimer = nullptr;     // polls the saving tabs' progress counters
    RemainingTime m_saveRemaining;
    QString m_saveTarget;
    QToolButton *m_busyCancel = nullptr;
    HistoryView *m_history = nullptr;
    QDockWidget *m_historyDock = nullptr;
    QAction *m_historyAction = nullptr;
    QString m_historyPath;                                          // where the tabs' runs are stored
    std::unique_ptr<QTemporaryDir> m_storedCopies;                  // graphs of runs whose file is gone
    QHash<QString, std::shared_ptr<const OpenedRun>> m_pendingRuns; // by model file, until it opens
};

} // namespace ml
