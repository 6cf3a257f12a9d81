// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "AboutDialog.h"
#include "EditActions.h"
#include "FrameSettings.h"
#include "GraphExport.h"
#include "GraphItems.h"
#include "GraphPanel.h"
#include "GraphScene.h"
#include "GraphView.h"
#include "HistoryStore.h"
#include "HistoryView.h"
#include "ModelDocument.h"
#include "ModelLoader.h"
#include "ModelSummaryView.h"
#include "ModelTab.h"
#include "RecentFilesMenu.h"
#include "RunPanel.h"
#include "SearchBar.h"
#include "SettingsDialog.h"
#include "SingleInstance.h"
#include "TextFieldGuard.h"
#include "Theme.h"
#include "WelcomePage.h"

#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QProgressDialog>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QTimer>
#include <QToolButton>
#include <QUndoGroup>
#include <QtConcurrent>

namespace ml {
namespace {

// The local .onnx files among dropped URLs.
QStringList droppedModels(const QMimeData *mime)
{
    QStringList out;
    if (!mime || !mime->hasUrls())
        return out;
    const auto urls = mime->urls();
    for (const QUrl &url : urls)
        if (url.isLocalFile() && url.toLocalFile().endsWith(QLatin1String(".onnx"), Qt::CaseInsensitive))
            out << url.toLocalFile();
    return out;
}

} // namespace

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent), m_loader(new ModelLoader(this))
{
    setAcceptDrops(true);

    m_tabs = new QTabWidget;
    m_tabs->setDocumentMode(true);
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &MainWindow::closeTab);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_edits)
            m_edits->setCurrentTab(currentTab());
        syncViewActions();
        updateTitle();
    });
    m_stack = new QStackedWidget;
    m_stack->addWidget(m_tabs);
    setCentralWidget(m_stack);

    m_busyLabel = new QLabel;
    m_busyBar = new QProgressBar;
    m_busyBar->setRange(0, 0); // indeterminate: parsing reports no progress
    m_busyBar->setMaximumWidth(120);
    m_busyBar->setTextVisible(false);
    // Parsing cannot be interrupted: Cancel drops the result, and the window is free at once.
    m_busyCancel = new QToolButton;
    m_busyCancel->setObjectName(QStringLiteral("cancelLoad"));
    m_busyCancel->setText(tr("Cancel"));
    m_busyCancel->setAutoRaise(true);
    connect(m_busyCancel, &QToolButton::clicked, this, [this] {
        m_loader->cancel();
        m_queue.clear();
        statusBar()->showMessage(tr("Opening %1 cancelled").arg(QFileInfo(m_loadingPath).fileName()), 5000);
    });
    statusBar()->addPermanentWidget(m_busyLabel);
    statusBar()->addPermanentWidget(m_busyBar);
    m_saveBar = new QProgressBar;
    m_saveBar->setObjectName(QStringLiteral("saveProgress"));
    m_saveBar->setRange(0, 0); // indeterminate until the save knows its size (ModelWriter.h)
    m_saveBar->setMaximumWidth(120);
    m_saveBar->setTextVisible(false);
    m_saveBar->hide();
    statusBar()->addPermanentWidget(m_saveBar);
    m_saveTimer = new QTimer(this);
    m_saveTimer->setInterval(200);
    connect(m_saveTimer, &QTimer::timeout, this, &MainWindow::updateSaveProgress);
    statusBar()->addPermanentWidget(m_busyCancel);
    setBusy(false);

    createMenus();
    // After the menus: the page shares the recent files of File ▸ Open Recent.
    m_welcome = new WelcomePage(m_recent);
    connect(m_welcome, &WelcomePage::openRequested, this, &MainWindow::showOpenDialog);
    connect(m_welcome, &WelcomePage::fileRequested, this, &MainWindow::openFile);
    m_stack->insertWidget(0, m_welcome);
    m_stack->setCurrentWidget(m_welcome);
    createHistory();
    connect(m_loader, &ModelLoader::loaded, this,
            [this](quint64, std::shared_ptr<const LoadedModel> model) { onLoaded(std::move(model)); });
    connect(m_loader, &ModelLoader::failed, this,
            [this](quint64, const QString &path, const QString &message) { onFailed(path, message); });
    connect(m_loader, &ModelLoader::busyChanged, this, &MainWindow::setBusy);

    resize(1100, 720);
    restoreGeometry(QSettings().value(QStringLiteral("mainWindow/geometry")).toByteArray());
    updateTitle();
}

MainWindow::~MainWindow() = default;

bool MainWindow::isLoading() const { return m_loader->isBusy(); }

ModelTab *MainWindow::currentTab() const { return qobject_cast<ModelTab *>(m_tabs->currentWidget()); }
int MainWindow::tabCount() const { return m_tabs->count(); }

std::shared_ptr<const LoadedModel> MainWindow::model() const
{
    ModelTab *tab = currentTab();
    return tab ? tab->model() : nullptr;
}

ModelSummaryView *MainWindow::summaryView() const
{
    ModelTab *tab = currentTab();
    return tab ? tab->summaryView() : nullptr;
}

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
    m_graphActions << file->addAction(tr("Export &Visible Part as Image…"), this, [this] { showExportDialog(true); });
    // The report of the run shown in the run panel (stored in the history).
    QAction *report = file->addAction(tr("Export &Report…"), this, [this] {
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
    netron(graphAction(tr("Zoom &In"), {},
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
    graphAction(tr("Zoom to &Fit"), QKeySequence(Qt::CTRL | Qt::Key_0), [panel] {
        if (auto *p = panel())
            p->view()->zoomToFit();
    });
    netron(graphAction(tr("&Actual Size"), {},
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
    m_showTypes = toggle(tr("Show Edge &Types"), [](DisplayOptions &o, bool on) { o.showTypes = on; });
    view->addSeparator();
    m_horizontal = toggle(tr("Left to &Right"), [](DisplayOptions &o, bool on) { o.horizontal = on; });
    netron(m_horizontal, {QKeySequence(Qt::CTRL | Qt::Key_K)});
    m_flat = toggle(tr("&Flat Layout (no groups)"), [](DisplayOptions &o, bool on) {
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

void MainWindow::openFile(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    for (int i = 0; i < m_tabs->count(); ++i)
        if (auto *tab = qobject_cast<ModelTab *>(m_tabs->widget(i));
            tab && QFileInfo(tab->path()).absoluteFilePath() == absolute) {
            m_tabs->setCurrentIndex(i);
            return;
        }
    // One load at a time (parsing is the costly part); later files wait their turn.
    if (m_loader->isBusy()) {
        if (QFileInfo(m_loadingPath).absoluteFilePath() != absolute && !m_queue.contains(absolute))
            m_queue << absolute;
        setBusy(true);
        return;
    }
    m_loadingPath = path;
    m_loadTime.start();
    m_loader->load(path);
    setBusy(true);
}

void MainWindow::startNextLoad()
{
    if (!m_queue.isEmpty() && !m_loader->isBusy())
        openFile(m_queue.takeFirst());
}

void MainWindow::closeModel()
{
    m_loader->cancel(); // a model still loading would otherwise appear after Close
    m_queue.clear();
    closeTab(m_tabs->currentIndex());
}

void MainWindow::setShowsDialogs(bool on)
{
    m_showsDialogs = on;
    m_edits->setShowsDialogs(on);
}

void MainWindow::updateTabTitle(ModelTab *tab)
{
    const int index = m_tabs->indexOf(tab);
    if (index < 0)
        return;
    m_tabs->setTabText(index, QFileInfo(tab->path()).fileName() + (tab->isModified() ? QStringLiteral(" *") : QString()));
    // A graph left invalid (users edit in several steps) is flagged on its tab.
    int errors = 0;
    for (const Problem &p : tab->model()->facts.problems)
        errors += p.severity == Problem::Severity::Error;
    m_tabs->setTabIcon(index, errors ? style()->standardIcon(QStyle::SP_MessageBoxWarning) : QIcon());
    m_tabs->setTabToolTip(
            index,
            errors ? tr("%1\n%n error(s): see the Model panel", nullptr, errors).arg(QDir::toNativeSeparators(tab->path()))
                   : QDir::toNativeSeparators(tab->path()));
}

void MainWindow::showOpenDialog()
{
    QSettings settings;
    const QString dir = settings.value(QStringLiteral("lastOpenDir"), QDir::homePath()).toString();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Model"), dir, tr("ONNX models (*.onnx);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("lastOpenDir"), QFileInfo(path).absolutePath());
    openFile(path);
}

void MainWindow::showAbout()
{
    // Not modal: the versions of the engine and Graphviz arrive while it is shown.
    auto *about = new AboutDialog(this);
    about->setAttribute(Qt::WA_DeleteOnClose);
    about->show();
}

void MainWindow::showSettings()
{
    auto *dialog = new SettingsDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &MainWindow::applySettings);
    dialog->open(); // window-modal, no nested event loop
}

void MainWindow::applySettings()
{
    Theme::apply(FrameSettings::theme());
    setWheelZooms(FrameSettings::wheelZooms()); // every open graph, and View > Wheel Zooms (Ctrl+M)
    // A new database for the history (the setting, unless $MODELLENS_DB overrides it).
    if (const QString history = HistoryStore::resolvePath(); history != m_historyPath && m_history) {
        m_historyPath = history;
        m_history->setDatabase(history);
        for (int i = 0; i < m_tabs->count(); ++i)
            if (auto *tab = qobject_cast<ModelTab *>(m_tabs->widget(i)))
                tab->runPanel()->setHistory(history);
    }
}

void MainWindow::serveOtherInstances(SingleInstance *instance)
{
    connect(instance, &SingleInstance::filesReceived, this, [this](const QStringList &files) {
        for (const QString &file : files)
            openFile(file);
        // Window managers may refuse to raise a window for another process; at least ask.
        if (isMinimized())
            showNormal();
        raise();
        activateWindow();
    });
}

void MainWindow::onLoaded(std::shared_ptr<const LoadedModel> model)
{
    auto *tab = new ModelTab(model, m_tabs);
    const int index = m_tabs->addTab(tab, QFileInfo(model->path()).fileName());
    updateTabTitle(tab);
    m_edits->addTab(tab);
    connect(tab, &ModelTab::modifiedChanged, this, [this, tab] {
        updateTabTitle(tab);
        updateTitle();
    });
    connect(tab, &ModelTab::openModelRequested, this, &MainWindow::openFile);
    connect(tab, &ModelTab::saveFinished, this,
            [this, tab](quint64, const QString &path, const QString &error) { onSaveFinished(tab, path, error); });
    connect(tab, &ModelTab::modelChanged, this, [this, tab] {
        updateTabTitle(tab);
        if (tab == currentTab() && !tab->model()->facts.checkerOk)
            statusBar()->showMessage(tr("The model does not pass the checker now: see the problems in the Model panel."), 10000);
    });
    m_tabs->setCurrentIndex(index);
    m_stack->setCurrentWidget(m_tabs);
    if (!isStoredCopy(model->path()))
        m_recent->addFile(model->path());
    tab->runPanel()->setHistory(m_historyPath);
    tab->runPanel()->setSettings(FrameSettings::engineDefaults()); // a stored run replaces them below
    tab->graphPanel()->view()->setWheelZooms(FrameSettings::wheelZooms());
    connect(tab->runPanel(), &RunPanel::runStored, this, [this] {
        if (m_history)
            m_history->refresh();
    });
    connect(tab->runPanel(), &RunPanel::abFinished, this, [this](const QString &a, const QString &b) {
        if (m_history)
            m_history->refresh();
        showComparison({a, b});
    });
    connect(tab->runPanel(), &RunPanel::compareWithRequested, this,
            [this, tab](const QString &run) { compareWith(run, tab->path(), QFileInfo(tab->path()).fileName()); });
    statusBar()->showMessage(
            tr("Loaded %1 in %2 s")
                    .arg(QFileInfo(model->path()).fileName(), QLocale().toString(m_loadTime.elapsed() / 1000.0, 'f', 2)),
            10000);
    syncViewActions();
    updateTitle();
    showPendingRun(tab);
    Q_EMIT modelLoaded(model->path());
    startNextLoad();
}

void MainWindow::onFailed(const QString &path, const QString &message)
{
    // The next file's turn comes after this one's message, whether it is shown or not.
    QTimer::singleShot(0, this, &MainWindow::startNextLoad);
    if (!QFileInfo::exists(path))
        m_recent->removeFile(path);
    statusBar()->showMessage(tr("Could not open %1").arg(QFileInfo(path).fileName()), 10000);
    Q_EMIT loadFailed(message);
    if (!m_showsDialogs)
        return;
    // Window-modal and not exec()'d: no nested event loop, the window stays responsive.
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Cannot Open Model"),
                                tr("ModelLens could not open “%1”.").arg(QFileInfo(path).fileName()), QMessageBox::Ok, this);
    box->setInformativeText(message);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::setBusy(bool busy)
{
    QString text = busy ? tr("Loading %1…").arg(QFileInfo(m_loadingPath).fileName()) : QString();
    if (busy && !m_queue.isEmpty())
        text += tr(" (%n more waiting)", nullptr, int(m_queue.size()));
    m_busyLabel->setText(text);
    m_busyLabel->setVisible(busy);
    m_busyBar->setVisible(busy);
    m_busyCancel->setVisible(busy);
}

void MainWindow::updateTitle()
{
    const QString app = QGuiApplication::applicationDisplayName();
    if (m_closeAction)
        m_closeAction->setEnabled(currentTab() != nullptr);
    ModelTab *tab = currentTab();
    const QString path = tab ? tab->path() : QString();
    setWindowFilePath(path);
    setWindowModified(tab && tab->isModified());
    setWindowTitle(tab ? QString(QFileInfo(path).fileName() + QStringLiteral("[*] — ") + app) : app);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!droppedModels(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QStringList paths = droppedModels(event->mimeData());
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    for (const QString &path : paths)
        openFile(path);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Saves still running finish first (askToSave waits for each, with its progress).
    for (int i = 0; i < m_tabs->count(); ++i)
        if (auto *tab = qobject_cast<ModelTab *>(m_tabs->widget(i)); tab && !askToSave(tab)) {
            event->ignore();
            return;
        }
    QSettings().setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    QMainWindow::closeEvent(event);
}

} // namespace ml
