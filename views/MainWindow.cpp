// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "AboutDialog.h"
#include "EditActions.h"
#include "FrameSettings.h"
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
#include "SettingsDialog.h"
#include "SingleInstance.h"
#include "TextFieldGuard.h"
#include "Theme.h"
#include "WelcomePage.h"

#include <QApplication>
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
    // Netron's keys (Ctrl+K, Ctrl+D, Shift+Up...) work at once, not only after a click on
    // the canvas: the find field would otherwise take the focus and, rightly, the keys.
    tab->graphPanel()->view()->setFocus(Qt::OtherFocusReason);
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
