// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow, continued: what the File menu does with files: closing a tab (asking to save),
// saving in the background, and exporting the graph as SVG or PNG.
#include "MainWindow.h"

#include "EditActions.h"
#include "GraphExport.h"
#include "GraphPanel.h"
#include "GraphScene.h"
#include "GraphView.h"
#include "ModelDocument.h"
#include "ModelTab.h"
#include "ProgressCounter.h"
#include "WelcomePage.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QProgressDialog>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QUndoGroup>

namespace ml {

bool MainWindow::askToSave(ModelTab *tab)
{
    if (!waitForSave(tab))
        return false;
    if (!tab->isModified())
        return true;
    int answer = m_unsavedAnswer;
    if (m_showsDialogs) {
        m_tabs->setCurrentWidget(tab);
        QMessageBox box(QMessageBox::Warning, tr("Unsaved Changes"),
                        tr("“%1” has changes that are not saved.").arg(QFileInfo(tab->path()).fileName()),
                        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
        box.setInformativeText(tr("Save them before closing?"));
        box.setDefaultButton(QMessageBox::Save);
        answer = box.exec();
    }
    if (answer == QMessageBox::Save) {
        m_tabs->setCurrentWidget(tab);
        return save() && waitForSave(tab);
    }
    return answer == QMessageBox::Discard;
}

bool MainWindow::waitForSave(ModelTab *tab)
{
    if (!tab->isSaving())
        return true;
    // Closing waits for the save: the progress stays on screen, the rest of the window waits.
    QProgressDialog progress(tr("Saving “%1”…").arg(QFileInfo(tab->path()).fileName()), QString(), 0, 0, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    progress.setCancelButton(nullptr);
    if (m_showsDialogs)
        progress.show();
    return tab->waitForSave();
}

bool MainWindow::closeTab(int index)
{
    auto *tab = qobject_cast<ModelTab *>(m_tabs->widget(index));
    if (!tab)
        return false;
    if (!askToSave(tab))
        return false;
    m_edits->undoGroup()->removeStack(tab->document()->undoStack());
    m_tabs->removeTab(index);
    tab->deleteLater();
    if (m_tabs->count() == 0) {
        m_stack->setCurrentWidget(m_welcome);
        statusBar()->clearMessage();
    }
    syncViewActions();
    updateTitle();
    return true;
}

bool MainWindow::save()
{
    ModelTab *tab = currentTab();
    if (!tab)
        return false;
    return saveAs(tab->path());
}

bool MainWindow::saveAs(const QString &path)
{
    ModelTab *tab = currentTab();
    if (!tab || tab->isSaving())
        return false;
    QString target = path;
    if (target.isEmpty()) {
        target = QFileDialog::getSaveFileName(this, tr("Save Model As"), tab->path(), tr("ONNX models (*.onnx)"));
        if (target.isEmpty())
            return false;
    }
    // Atomic: written beside the target, then renamed over it; external weights stay external.
    // Off the GUI thread: the window stays responsive, the tab is locked until it ends.
    statusBar()->showMessage(tr("Saving %1…").arg(QDir::toNativeSeparators(target)));
    m_saveBar->show();
    tab->save(target);
    m_saveTarget = QDir::toNativeSeparators(target);
    m_saveRemaining.reset();
    m_saveTimer->start();
    return true;
}

void MainWindow::updateSaveProgress()
{
    qint64 done = 0, total = 0;
    for (int i = 0; i < m_tabs->count(); ++i)
        if (auto *t = qobject_cast<ModelTab *>(m_tabs->widget(i)); t && t->isSaving() && t->saveProgress()) {
            done += t->saveProgress()->done;
            total += t->saveProgress()->total;
        }
    if (total <= 0) { // still gathering the weights: how long that takes is not known
        m_saveBar->setRange(0, 0);
        m_saveBar->setTextVisible(false);
        return;
    }
    m_saveBar->setRange(0, 1000);
    m_saveBar->setValue(int(std::min<qint64>(1000, done * 1000 / total)));
    m_saveBar->setTextVisible(true);
    QString text = tr("Saving %1… %2%").arg(m_saveTarget).arg(done * 100 / total);
    if (const auto left = m_saveRemaining.update(QStringLiteral("save"), done, total))
        text = tr("%1 — %2").arg(text, RemainingTime::describe(*left));
    statusBar()->showMessage(text);
    m_saveBar->setToolTip(text);
}

void MainWindow::onSaveFinished(ModelTab *tab, const QString &path, const QString &error)
{
    bool anySaving = false;
    for (int i = 0; i < m_tabs->count(); ++i)
        if (auto *t = qobject_cast<ModelTab *>(m_tabs->widget(i)); t && t->isSaving())
            anySaving = true;
    m_saveBar->setVisible(anySaving);
    if (!anySaving) {
        m_saveTimer->stop();
        m_saveBar->setRange(0, 0);
        m_saveBar->setTextVisible(false);
        m_saveBar->setToolTip(QString());
    }
    if (!error.isEmpty()) {
        statusBar()->showMessage(tr("Could not save %1").arg(QFileInfo(path).fileName()), 10000);
        if (m_showsDialogs)
            QMessageBox::warning(this, tr("Cannot Save Model"), error);
    } else {
        statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 10000);
    }
    updateTabTitle(tab);
    updateTitle();
    Q_EMIT saved(path, error);
}

void MainWindow::showExportDialog(bool visibleOnly, bool png)
{
    ModelTab *tab = currentTab();
    if (!tab || !tab->graphPanel()->scene())
        return;
    const QString dir = QSettings().value(QStringLiteral("lastExportDir"), QFileInfo(tab->path()).absolutePath()).toString();
    const QString svgFilter = tr("SVG image (*.svg)"), pngFilter = tr("PNG image (*.png)");
    const QString suffix = png ? QStringLiteral("png") : QStringLiteral("svg");
    auto *dialog = new QFileDialog(this, visibleOnly ? tr("Export Visible Part") : tr("Export Graph"), dir);
    dialog->setObjectName(QStringLiteral("exportDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilters({svgFilter, pngFilter});
    dialog->selectNameFilter(png ? pngFilter : svgFilter);
    dialog->setDefaultSuffix(suffix);
    dialog->selectFile(QFileInfo(tab->path()).completeBaseName() + u'.' + suffix);
    // The suffix follows the filter the user picks.
    connect(dialog, &QFileDialog::filterSelected, dialog, [dialog, pngFilter](const QString &filter) {
        dialog->setDefaultSuffix(filter == pngFilter ? QStringLiteral("png") : QStringLiteral("svg"));
    });
    connect(dialog, &QFileDialog::fileSelected, this, [this, dialog, visibleOnly, pngFilter](const QString &path) {
        QSettings().setValue(QStringLiteral("lastExportDir"), QFileInfo(path).absolutePath());
        QString target = path;
        if (!target.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive)
            && !target.endsWith(QLatin1String(".png"), Qt::CaseInsensitive))
            target += dialog->selectedNameFilter() == pngFilter ? QStringLiteral(".png") : QStringLiteral(".svg");
        exportImage(target, visibleOnly);
    });
    dialog->open(); // window-modal, no nested event loop
}

void MainWindow::exportImage(const QString &path, bool visibleOnly)
{
    ModelTab *tab = currentTab();
    GraphScene *scene = tab ? tab->graphPanel()->scene() : nullptr;
    if (!scene) {
        Q_EMIT exported(path, tr("There is no graph to export."));
        return;
    }
    GraphView *view = tab->graphPanel()->view();
    const QRectF region = visibleOnly ? view->mapToScene(view->viewport()->rect()).boundingRect() : QRectF();
    // The visible part as sharp as on screen (never below a pixel per point); the whole
    // graph at 2 pixels per point, as modellens-cli render writes it.
    const double scale = visibleOnly ? std::max(1.0, view->zoom() * view->devicePixelRatioF()) : 2.0;
    auto data = scene->dataPointer(); // immutable: the export may outlive the tab
    const bool png = path.endsWith(QLatin1String(".png"), Qt::CaseInsensitive);
    statusBar()->showMessage(tr("Exporting %1…").arg(QFileInfo(path).fileName()));
    // A second export while one runs takes over the status line: the first file is still
    // written, only its report is dropped.
    m_exports.start(
            [data, path, png, region, scale]() -> Result<void> {
                return png ? exportPng(path, data->graph, data->layout, scale, region)
                           : exportSvg(path, data->graph, data->layout, region);
            },
            [this, path](quint64, Result<void> written) {
                const QString error = written.errorMessage();
                statusBar()->showMessage(error.isEmpty() ? tr("Exported %1").arg(QDir::toNativeSeparators(path)) : error, 10000);
                if (!error.isEmpty() && m_showsDialogs)
                    QMessageBox::warning(this, tr("Cannot Export"), error);
                Q_EMIT exported(path, error);
            });
}

} // namespace ml
