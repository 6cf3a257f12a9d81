// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's menus and actions: File, Edit, View, Run, Help, with Netron's keys kept out of
// text fields (TextFieldGuard), and the view options they toggle on the current tab.
#include "MainWindow.h"

#include "EditActions.h"
#include "GraphPanel.h"
#include "GraphView.h"
#include "HistoryView.h"
#include "ModelDocument.h"
#include "ModelTab.h"
#include "RecentFilesMenu.h"
#include "RunPanel.h"
#include "SearchBar.h"
#include "TextFieldGuard.h"

#include <QApplication>
#include <QClipboard>
#include <QDockWidget>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QUndoGroup>

namespace ml {

void MainWindow::createMenus()
{
    m_guard = new TextFieldGuard(this);
    // Netron's keys, kept out of text fields, where several are editing keys.
    auto netron = [this](QAction *a, const QList<QKeySequence> &keys) {
        a->setShortcuts(keys);
        m_guard->guard(a);
        return a;
    };
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open…"), this, &MainWindow::showOpenDialog);
    open->setShortcut(QKeySequence::Open);
    m_recent = new RecentFilesMenu(this);
    connect(m_recent, &RecentFilesMenu::fileTriggered, this, &MainWindow::openFile);
    file->addMenu(m_recent);
    file->addSeparator();
    m_saveAction = file->addAction(tr("&Save"), this, &MainWindow::save);
    m_saveAction->setShortcut(QKeySequence::Save);
    m_saveAsAction = file->addAction(tr("Save &As…"), this, [this] { saveAs(); });
    // Ctrl+Shift+S everywhere: some platforms' standard Save As has no key.
    m_saveAsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_graphActions << m_saveAction << m_saveAsAction;
    file->addSeparator();
    m_graphActions << netron(file->addAction(tr("&Export Graph as PNG…"), this, [this] { showExportDialog(false, true); }),
                             {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E)});
    m_graphActions << netron(file->addAction(tr("Export Graph as S&VG…"), this, [this] { showExportDialog(false, false); }),
                             {QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_E)});
    m_graphActions << file->addAction(tr("Export Visible Part as &Image…"), this, [this] { showExportDialog(true); });
    // The report of the run shown in the run panel (stored in the history).
    QAction *report = file->addAction(tr("Export Re&port…"), this, [this] {
        ModelTab *tab = currentTab();
        const QString id = tab ? tab->runPanel()->storedRunId() : QString();
        if (id.isEmpty()) {
            const QString text =
                    tr("This model has no stored run yet: run it (F5), or open one of its runs from the History (Ctrl+H).");
            statusBar()->showMessage(text, 10000);
            if (m_showsDialogs)
                QMessageBox::information(this, tr("Export Report"), text);
            return;
        }
        m_history->exportReportOf({id}, QFileInfo(tab->path()).fileName());
    });
    report->setObjectName(QStringLiteral("exportReport"));
    m_graphActions << report;
    file->addSeparator();
    m_closeAction = file->addAction(tr("&Close"), this, &MainWindow::closeModel);
    m_closeAction->setShortcut(QKeySequence::Close);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    m_edits = new EditActions(
            this, [this] { return currentTab(); }, this);
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    m_edits->fill(edit);
    connect(m_edits->undoGroup(), &QUndoGroup::indexChanged, m_guard, &TextFieldGuard::modelEdited);
    edit->addSeparator();
    m_graphActions << netron(edit->addAction(tr("&Copy Node Names"), this, &MainWindow::copyNodeNames), {QKeySequence::Copy});
    m_graphActions.last()->setObjectName(QStringLiteral("copyNodeNames"));
    edit->addSeparator();
    QAction *settings = edit->addAction(tr("Se&ttings…"), this, &MainWindow::showSettings);
    settings->setObjectName(QStringLiteral("showSettings"));
    settings->setShortcut(QKeySequence::Preferences);
    settings->setMenuRole(QAction::PreferencesRole);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    auto graphAction = [this, view](const QString &text, const QKeySequence &key, auto slot) {
        QAction *a = view->addAction(text, this, slot);
        a->setShortcut(key);
        m_graphActions << a;
        return a;
    };
    auto panel = [this] { return currentTab() ? currentTab()->graphPanel() : nullptr; };
    netron(graphAction(tr("&Find…"), QKeySequence::Find,
                       [this] {
                           if (ModelTab *tab = currentTab())
                               tab->searchBar()->focusSearch();
                       }),
           {QKeySequence(Qt::CTRL | Qt::Key_F)});
    // Properties, as Netron calls the model's: its Model side panel.
    netron(graphAction(tr("Model &Properties"), {},
                       [this] {
                           if (ModelTab *tab = currentTab())
                               tab->showModelPanel();
                       }),
           {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    view->addSeparator();
    // Netron's keys first (the menu shows the first), the usual ones still work.
    netron(graphAction(tr("&Zoom In"), {},
                       [panel] {
                           if (auto *p = panel())
                               p->view()->zoomIn();
                       }),
           {QKeySequence(Qt::SHIFT | Qt::Key_Up), QKeySequence(QKeySequence::ZoomIn)});
    netron(graphAction(tr("Zoom &Out"), {},
                       [panel] {
                           if (auto *p = panel())
                               p->view()->zoomOut();
                       }),
           {QKeySequence(Qt::SHIFT | Qt::Key_Down), QKeySequence(QKeySequence::ZoomOut)});
    graphAction(tr("Zoom &to Fit"), QKeySequence(Qt::CTRL | Qt::Key_0), [panel] {
        if (auto *p = panel())
            p->view()->zoomToFit();
    });
    netron(graphAction(tr("Actual &Size"), {},
                       [panel] {
                           if (auto *p = panel())
                               p->view()->zoomToActualSize();
                       }),
           {QKeySequence(Qt::SHIFT | Qt::Key_Backspace), QKeySequence(Qt::CTRL | Qt::Key_1)});
    netron(graphAction(tr("&Leave Subgraph"), {},
                       [panel] {
                           if (auto *p = panel(); p && !p->path().isMain()) {
                               GraphPath up = p->path();
                               up.steps.removeLast();
                               p->setPath(up);
                           }
                       }),
           {QKeySequence(Qt::Key_Backspace), QKeySequence(Qt::ALT | Qt::Key_Up)});
    m_wheelZooms = netron(view->addAction(tr("&Wheel Zooms")), {QKeySequence(Qt::CTRL | Qt::Key_M)});
    m_wheelZooms->setObjectName(QStringLiteral("wheelZooms"));
    m_wheelZooms->setCheckable(true);
    m_wheelZooms->setChecked(QSettings().value(QStringLiteral("graph/wheelZooms"), true).toBool());
    connect(m_wheelZooms, &QAction::triggered, this, &MainWindow::setWheelZooms);
    view->addSeparator();
    auto toggle = [this, view](const QString &text, void (*set)(DisplayOptions &, bool)) {
        QAction *a = view->addAction(text);
        a->setCheckable(true);
        connect(a, &QAction::triggered, this, [this, set](bool on) { applyDisplayOption(set, on); });
        m_graphActions << a;
        return a;
    };
    m_showAttributes = toggle(tr("Show &Attributes"), [](DisplayOptions &o, bool on) { o.showAttributes = on; });
    netron(m_showAttributes, {QKeySequence(Qt::CTRL | Qt::Key_D)});
    m_showNames = toggle(tr("Show Node &Names"), [](DisplayOptions &o, bool on) { o.showNames = on; });
    netron(m_showNames, {QKeySequence(Qt::CTRL | Qt::Key_U)});
    m_showInitializers = toggle(tr("Show &Initializers"), [](DisplayOptions &o, bool on) { o.showInitializers = on; });
    netron(m_showInitializers, {QKeySequence(Qt::CTRL | Qt::Key_I)});
    m_showTypes = toggle(tr("Show &Edge Types"), [](DisplayOptions &o, bool on) { o.showTypes = on; });
    view->addSeparator();
    m_horizontal = toggle(tr("Left to &Right"), [](DisplayOptions &o, bool on) { o.horizontal = on; });
    netron(m_horizontal, {QKeySequence(Qt::CTRL | Qt::Key_K)});
    m_flat = toggle(tr("Flat Layout (no &groups)"), [](DisplayOptions &o, bool on) {
        o.flat = on;
        o.expandedGroups.clear();
        o.autoExpand = true;
    });
    view->addSeparator();
    // With or without a model open.
    QAction *fullScreen = netron(view->addAction(tr("F&ull Screen")), {QKeySequence(Qt::Key_F11)});
    fullScreen->setObjectName(QStringLiteral("fullScreen"));
    fullScreen->setCheckable(true);
    connect(fullScreen, &QAction::triggered, this, [this](bool on) {
        setWindowState(on ? windowState() | Qt::WindowFullScreen : windowState() & ~Qt::WindowFullScreen);
    });

    // Profiling the current tab's model (its run panel under the canvas).
    QMenu *run = menuBar()->addMenu(tr("&Run"));
    m_runPanelAction = run->addAction(tr("Show &Profiler"));
    m_runPanelAction->setObjectName(QStringLiteral("showProfiler"));
    m_runPanelAction->setCheckable(true);
    m_runPanelAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    connect(m_runPanelAction, &QAction::toggled, this, [this](bool on) {
        if (ModelTab *tab = currentTab())
            tab->setRunPanelVisible(on);
    });
    QAction *start = run->addAction(tr("&Run"), this, [this] {
        if (ModelTab *tab = currentTab()) {
            m_runPanelAction->setChecked(true);
            if (!tab->runPanel()->isRunning())
                tab->runPanel()->run();
        }
    });
    start->setShortcut(QKeySequence(Qt::Key_F5));
    QAction *stop = run->addAction(tr("&Cancel Run"), this, [this] {
        if (ModelTab *tab = currentTab())
            tab->runPanel()->cancel();
    });
    stop->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F5));
    m_graphActions << m_runPanelAction << start << stop;
    // Every run stored, with or without a model open.
    run->addSeparator();
    m_historyAction = run->addAction(tr("Show &History"));
    m_historyAction->setObjectName(QStringLiteral("showHistory"));
    m_historyAction->setCheckable(true);
    m_historyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    connect(m_historyAction, &QAction::toggled, this, [this](bool on) {
        if (m_historyDock)
            m_historyDock->setVisible(on);
    });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About ModelLens"), this, &MainWindow::showAbout)->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)->setMenuRole(QAction::AboutQtRole);
    syncViewActions();
}

void MainWindow::setWheelZooms(bool on)
{
    QSettings().setValue(QStringLiteral("graph/wheelZooms"), on);
    m_wheelZooms->setChecked(on);
    for (int i = 0; i < m_tabs->count(); ++i)
        if (auto *tab = qobject_cast<ModelTab *>(m_tabs->widget(i)))
            tab->graphPanel()->view()->setWheelZooms(on);
}

void MainWindow::copyNodeNames()
{
    ModelTab *tab = currentTab();
    if (!tab)
        return;
    QStringList names;
    for (NodeId id : m_edits->selectedNodes())
        if (const onnx::NodeProto *node = tab->document()->model().node(id))
            names << QString::fromStdString(node->name());
    if (!names.isEmpty())
        QGuiApplication::clipboard()->setText(names.join(u'\n'));
}

void MainWindow::applyDisplayOption(void (*set)(DisplayOptions &, bool), bool on)
{
    ModelTab *tab = currentTab();
    if (!tab)
        return;
    DisplayOptions options = tab->graphPanel()->options();
    set(options, on);
    tab->graphPanel()->setOptions(options);
}

// The check marks follow the current tab's options; graph actions need a tab.
void MainWindow::syncViewActions()
{
    ModelTab *tab = currentTab();
    for (QAction *a : std::as_const(m_graphActions))
        a->setEnabled(tab != nullptr);
    const DisplayOptions options = tab ? tab->graphPanel()->options() : DisplayOptions{};
    m_showAttributes->setChecked(options.showAttributes);
    m_showNames->setChecked(options.showNames);
    m_showInitializers->setChecked(options.showInitializers);
    m_showTypes->setChecked(options.showTypes);
    m_horizontal->setChecked(options.horizontal);
    m_flat->setChecked(options.flat);
    if (m_runPanelAction) {
        const QSignalBlocker block(m_runPanelAction);
        m_runPanelAction->setChecked(tab && tab->isRunPanelVisible());
    }
}

} // namespace ml
