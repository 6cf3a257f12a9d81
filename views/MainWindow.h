// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LoadedModel.h"

#include <QElapsedTimer>
#include <QMainWindow>

#include <memory>

class QAction;
class QLabel;
class QProgressBar;
class QStackedWidget;

namespace ml {

class ModelLoader;
class ModelSummaryView;
class RecentFilesMenu;

// The main window: File and Help menus, drag and drop of .onnx files, the summary of the
// open model, and a busy indicator while a model loads in the background.
class MainWindow : public QMainWindow {
    Q_OBJECT
    // Off in tests: a failed load then only emits loadFailed() instead of showing a box.
    Q_PROPERTY(bool showsDialogs READ showsDialogs WRITE setShowsDialogs)
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    std::shared_ptr<const LoadedModel> model() const { return m_model; }
    ModelSummaryView *summaryView() const { return m_summary; }
    RecentFilesMenu *recentFilesMenu() const { return m_recent; }
    bool isLoading() const;

    bool showsDialogs() const { return m_showsDialogs; }
    void setShowsDialogs(bool on) { m_showsDialogs = on; }

public Q_SLOTS:
    void openFile(const QString &path); // returns at once; the model loads in the background
    void closeModel();

Q_SIGNALS:
    void modelLoaded(const QString &path);
    void loadFailed(const QString &message); // names the file and the reason

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void showOpenDialog();
    void showAbout();
    void onLoaded(std::shared_ptr<const LoadedModel> model);
    void onFailed(const QString &path, const QString &message);
    void setBusy(bool busy);
    void updateTitle();

    ModelLoader *m_loader = nullptr;
    std::shared_ptr<const LoadedModel> m_model;
    QString m_loadingPath;
    QElapsedTimer m_loadTime;
    bool m_showsDialogs = true;

    QStackedWidget *m_stack = nullptr;
    QLabel *m_welcome = nullptr;
    ModelSummaryView *m_summary = nullptr;
    RecentFilesMenu *m_recent = nullptr;
    QAction *m_closeAction = nullptr;
    QLabel *m_busyLabel = nullptr;
    QProgressBar *m_busyBar = nullptr;
};

} // namespace ml
