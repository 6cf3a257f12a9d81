// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "ModelLoader.h"
#include "ModelSummaryView.h"
#include "RecentFilesMenu.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
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

#include <onnx/common/version.h>

namespace ml {
namespace {

// The first local .onnx file among dropped URLs, or an empty string.
QString droppedModel(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls())
        return {};
    const auto urls = mime->urls();
    for (const QUrl &url : urls)
        if (url.isLocalFile() && url.toLocalFile().endsWith(QLatin1String(".onnx"), Qt::CaseInsensitive))
            return url.toLocalFile();
    return {};
}

} // namespace

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent), m_loader(new ModelLoader(this))
{
    setAcceptDrops(true);

    m_welcome = new QLabel(tr("Open an ONNX model with File ▸ Open…, or drop a .onnx file here."));
    m_welcome->setAlignment(Qt::AlignCenter);
    m_welcome->setWordWrap(true);
    QFont welcomeFont = m_welcome->font();
    welcomeFont.setPointSizeF(welcomeFont.pointSizeF() * 1.25);
    m_welcome->setFont(welcomeFont);
    m_welcome->setForegroundRole(QPalette::PlaceholderText);
    m_summary = new ModelSummaryView;
    m_stack = new QStackedWidget;
    m_stack->addWidget(m_welcome);
    m_stack->addWidget(m_summary);
    setCentralWidget(m_stack);

    m_busyLabel = new QLabel;
    m_busyBar = new QProgressBar;
    m_busyBar->setRange(0, 0); // indeterminate: parsing reports no progress
    m_busyBar->setMaximumWidth(120);
    m_busyBar->setTextVisible(false);
    statusBar()->addPermanentWidget(m_busyLabel);
    statusBar()->addPermanentWidget(m_busyBar);
    setBusy(false);

    createMenus();
    connect(m_loader, &ModelLoader::loaded, this, [this](int, std::shared_ptr<const LoadedModel> model) { onLoaded(std::move(model)); });
    connect(m_loader, &ModelLoader::failed, this, [this](int, const QString &path, const QString &message) { onFailed(path, message); });
    connect(m_loader, &ModelLoader::busyChanged, this, &MainWindow::setBusy);

    resize(1100, 720);
    restoreGeometry(QSettings().value(QStringLiteral("mainWindow/geometry")).toByteArray());
    updateTitle();
}

MainWindow::~MainWindow() = default;

bool MainWindow::isLoading() const
{
    return m_loader->isBusy();
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open…"), this, &MainWindow::showOpenDialog);
    open->setShortcut(QKeySequence::Open);
    m_recent = new RecentFilesMenu(this);
    connect(m_recent, &RecentFilesMenu::fileTriggered, this, &MainWindow::openFile);
    file->addMenu(m_recent);
    m_closeAction = file->addAction(tr("&Close"), this, &MainWindow::closeModel);
    m_closeAction->setShortcut(QKeySequence::Close);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About ModelLens"), this, &MainWindow::showAbout)->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::openFile(const QString &path)
{
    m_loadingPath = path;
    m_loadTime.start();
    m_loader->load(path);
    setBusy(true); // also when replacing a load still running: the label names the new file
}

void MainWindow::closeModel()
{
    m_loader->cancel(); // a model still loading would otherwise appear after Close
    m_model.reset();
    m_summary->setModel(nullptr);
    m_stack->setCurrentWidget(m_welcome);
    statusBar()->clearMessage();
    updateTitle();
}

void MainWindow::showOpenDialog()
{
    QSettings settings;
    const QString dir = settings.value(QStringLiteral("lastOpenDir"), QDir::homePath()).toString();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Model"), dir,
                                                      tr("ONNX models (*.onnx);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("lastOpenDir"), QFileInfo(path).absolutePath());
    openFile(path);
}

void MainWindow::showAbout()
{
    const QString text =
        QStringLiteral("<h3>ModelLens %1</h3>").arg(QStringLiteral(MODELLENS_VERSION))
        + tr("<p>Inspect, edit and profile neural network models for deployment.</p>")
        + tr("<p>Built with Qt %1 (running on Qt %2) and ONNX %3.</p>")
              .arg(QLatin1String(QT_VERSION_STR), QLatin1String(qVersion()), QLatin1String(onnx::LAST_RELEASE_VERSION))
        + tr("<p>Copyright © the ModelLens developers.<br>"
             "Licensed under the GNU General Public License, version 3 or later (GPL-3.0-or-later). "
             "This program comes with ABSOLUTELY NO WARRANTY.</p>");
    QMessageBox::about(this, tr("About ModelLens"), text);
}

void MainWindow::onLoaded(std::shared_ptr<const LoadedModel> model)
{
    m_model = std::move(model);
    m_summary->setModel(m_model);
    m_stack->setCurrentWidget(m_summary);
    m_recent->addFile(m_model->path());
    statusBar()->showMessage(tr("Loaded %1 in %2 s")
                                 .arg(QFileInfo(m_model->path()).fileName(),
                                      QLocale().toString(m_loadTime.elapsed() / 1000.0, 'f', 2)),
                             10000);
    updateTitle();
    Q_EMIT modelLoaded(m_model->path());
}

void MainWindow::onFailed(const QString &path, const QString &message)
{
    if (!QFileInfo::exists(path))
        m_recent->removeFile(path);
    statusBar()->showMessage(tr("Could not open %1").arg(QFileInfo(path).fileName()), 10000);
    Q_EMIT loadFailed(message);
    if (!m_showsDialogs)
        return;
    // Window-modal and not exec()'d: no nested event loop, the window stays responsive.
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Cannot Open Model"),
                                tr("ModelLens could not open “%1”.").arg(QFileInfo(path).fileName()),
                                QMessageBox::Ok, this);
    box->setInformativeText(message);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::setBusy(bool busy)
{
    m_busyLabel->setText(busy ? tr("Loading %1…").arg(QFileInfo(m_loadingPath).fileName()) : QString());
    m_busyLabel->setVisible(busy);
    m_busyBar->setVisible(busy);
}

void MainWindow::updateTitle()
{
    const QString app = QGuiApplication::applicationDisplayName();
    if (m_closeAction)
        m_closeAction->setEnabled(m_model != nullptr);
    setWindowFilePath(m_model ? m_model->path() : QString());
    setWindowTitle(m_model ? QString(QFileInfo(m_model->path()).fileName() + QStringLiteral(" — ") + app) : app);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!droppedModel(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString path = droppedModel(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    openFile(path);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings().setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    QMainWindow::closeEvent(event);
}

} // namespace ml
