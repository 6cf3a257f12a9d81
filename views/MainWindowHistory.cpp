// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's run history: the History dock, opening a stored run in a tab (the model
// file it ran, or the graph the history kept when the file is gone or has changed), and the
// database the tabs store their runs in.
#include "MainWindow.h"

#include "ComparisonWindow.h"
#include "HistoryStore.h"
#include "HistoryView.h"
#include "LayerNodes.h"
#include "ModelTab.h"
#include "RunPanel.h"
#include "RunPickerDialog.h"
#include "TrendWindow.h"

#include <QAction>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QMessageBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>

namespace ml {

void MainWindow::createHistory()
{
    m_historyPath = HistoryStore::resolvePath();
    m_storedCopies = std::make_unique<QTemporaryDir>(QDir::temp().filePath(QStringLiteral("modellens-runs-XXXXXX")));
    m_history = new HistoryView;
    m_history->setObjectName(QStringLiteral("historyView"));
    if (m_storedCopies->isValid())
        m_history->setCopyFolder(m_storedCopies->path());
    m_historyDock = new QDockWidget(tr("History"), this);
    m_historyDock->setObjectName(QStringLiteral("historyDock"));
    m_historyDock->setWidget(m_history);
    m_historyDock->setAllowedAreas(Qt::BottomDockWidgetArea | Qt::TopDockWidgetArea | Qt::RightDockWidgetArea);
    addDockWidget(Qt::BottomDockWidgetArea, m_historyDock);
    m_historyDock->hide();
    connect(m_historyDock, &QDockWidget::visibilityChanged, this, [this](bool) {
        const QSignalBlocker block(m_historyAction);
        m_historyAction->setChecked(m_historyDock->isVisibleTo(this));
        if (m_historyDock->isVisibleTo(this))
            m_history->refresh();
    });

    connect(m_history, &HistoryView::runOpened, this, &MainWindow::openStoredRun);
    connect(m_history, &HistoryView::openFailed, this, [this](const QString &message) {
        statusBar()->showMessage(message, 10000);
        if (m_showsDialogs)
            QMessageBox::warning(this, tr("Open Run"), message);
    });
    connect(m_history, &HistoryView::reportWritten, this, [this](const QString &path, const QString &error) {
        if (error.isEmpty()) {
            statusBar()->showMessage(tr("Report written to %1").arg(QDir::toNativeSeparators(path)), 10000);
            return;
        }
        statusBar()->showMessage(error, 10000);
        if (m_showsDialogs)
            QMessageBox::warning(this, tr("Export Report"), error);
    });
    connect(m_history, &HistoryView::changeFailed, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    // A database that cannot be opened is said at once, where the offer of a new one is.
    connect(m_history->client(), &HistoryClient::opened, this, [this](quint64, const QString &path, const Error &error) {
        if (error.message.isEmpty() || path != m_historyPath)
            return;
        m_historyDock->show();
        statusBar()->showMessage(tr("The run history could not be opened: see the History panel."), 10000);
    });
    connect(m_history, &HistoryView::databaseChanged, this, [this](const QString &path) {
        m_historyPath = path;
        for (int i = 0; i < m_tabs->count(); ++i)
            if (auto *tab = qobject_cast<ModelTab *>(m_tabs->widget(i)))
                tab->runPanel()->setHistory(path);
    });
    connect(m_history, &HistoryView::compareRequested, this, &MainWindow::showComparison);
    connect(m_history, &HistoryView::compareWithRequested, this, &MainWindow::compareWith);
    connect(m_history, &HistoryView::trendRequested, this, [this](const RunFilter &filter, const QString &title) {
        auto *trend = new TrendWindow(m_history->client(), filter, title, this);
        trend->setAttribute(Qt::WA_DeleteOnClose);
        connect(trend, &TrendWindow::runRequested, m_history, &HistoryView::openRun);
        trend->show();
    });
    m_history->setDatabase(m_historyPath);
}

ComparisonWindow *MainWindow::showComparison(const QStringList &runs)
{
    auto *window = new ComparisonWindow(m_history->client(), runs, this);
    window->setAttribute(Qt::WA_DeleteOnClose);
    // A layer row selects its node in the tab of that model, when it is open.
    connect(window, &ComparisonWindow::nodeRequested, this, [this](const QString &modelPath, const QString &node) {
        for (int i = 0; i < m_tabs->count(); ++i) {
            auto *tab = qobject_cast<ModelTab *>(m_tabs->widget(i));
            if (!tab || QFileInfo(tab->path()).absoluteFilePath() != QFileInfo(modelPath).absoluteFilePath())
                continue;
            LayerTiming row;
            row.node = node;
            const auto ids = mapLayersToNodes({row}, *tab->model()->model);
            if (!ids.empty() && ids.front() != kNoNode) {
                m_tabs->setCurrentIndex(i);
                tab->revealNode(ids.front());
                activateWindow();
            }
            return;
        }
        statusBar()->showMessage(tr("Open %1 to see node %2 on its graph.").arg(QFileInfo(modelPath).fileName(), node), 10000);
    });
    connect(window, &ComparisonWindow::reportWritten, this, [this](const QString &path, const QString &error) {
        statusBar()->showMessage(error.isEmpty() ? tr("Report written to %1").arg(QDir::toNativeSeparators(path)) : error, 10000);
    });
    window->show();
    return window;
}

RunPickerDialog *MainWindow::compareWith(const QString &run, const QString &modelPath, const QString &modelName)
{
    auto *picker = new RunPickerDialog(m_history->client(), run, modelPath, modelName, this);
    picker->setAttribute(Qt::WA_DeleteOnClose);
    connect(picker, &QDialog::accepted, this, [this, picker, run] {
        if (const QString base = picker->chosenRun(); !base.isEmpty())
            showComparison({base, run});
    });
    picker->open();
    return picker;
}

bool MainWindow::isStoredCopy(const QString &path) const
{
    return m_storedCopies && m_storedCopies->isValid()
            && QFileInfo(path).absolutePath() == QFileInfo(m_storedCopies->path()).absoluteFilePath();
}

void MainWindow::openStoredRun(const OpenedRun &run)
{
    const QString file = QFileInfo(run.modelFile).absoluteFilePath();
    m_pendingRuns.insert(file, std::make_shared<const OpenedRun>(run));
    for (int i = 0; i < m_tabs->count(); ++i)
        if (auto *tab = qobject_cast<ModelTab *>(m_tabs->widget(i)); tab && QFileInfo(tab->path()).absoluteFilePath() == file) {
            m_tabs->setCurrentIndex(i);
            showPendingRun(tab);
            return;
        }
    openFile(file); // the tab shows the run when it is ready
}

void MainWindow::showPendingRun(ModelTab *tab)
{
    const auto run = m_pendingRuns.take(QFileInfo(tab->path()).absoluteFilePath());
    if (!run)
        return;
    QString origin;
    if (run->storedCopy)
        origin = tr("%1 The graph shown is the copy the history kept, without its weights.").arg(run->why);
    tab->showStoredRun(*run->run, origin);
    syncViewActions();
}

} // namespace ml
