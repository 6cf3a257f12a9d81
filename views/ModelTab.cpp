// SPDX-License-Identifier: GPL-3.0-or-later
#include "ModelTab.h"

#include "GraphPanel.h"
#include "HistoryStore.h"
#include "ModelDocument.h"
#include "ModelSummaryView.h"
#include "NodePanel.h"
#include "RunPanel.h"
#include "SearchBar.h"
#include "TensorPanel.h"

#include <QEventLoop>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QVBoxLayout>

namespace ml {

ModelTab::ModelTab(std::shared_ptr<const LoadedModel> model, QWidget *parent) : QWidget(parent), m_model(std::move(model))
{
    auto *canvas = new QWidget;
    auto *canvasLayout = new QVBoxLayout(canvas);
    canvasLayout->setContentsMargins(0, 0, 0, 0);
    canvasLayout->setSpacing(0);
    m_graph = new GraphPanel;
    m_search = new SearchBar(m_graph);
    canvasLayout->addWidget(m_search);
    canvasLayout->addWidget(m_graph, 1);

    m_side = new QTabWidget;
    m_side->setDocumentMode(true);
    m_node = new NodePanel;
    m_tensor = new TensorPanel;
    m_summary = new ModelSummaryView;
    m_side->addTab(m_node, tr("Node"));
    m_side->addTab(m_tensor, tr("Tensor"));
    // The summary is tall; it scrolls so that the profiler below can have room.
    auto *summaryArea = new QScrollArea;
    summaryArea->setWidget(m_summary);
    summaryArea->setWidgetResizable(true);
    summaryArea->setFrameShape(QFrame::NoFrame);
    m_side->addTab(summaryArea, tr("Model"));

    auto *split = new QSplitter(Qt::Horizontal);
    split->setChildrenCollapsible(false);
    split->addWidget(canvas);
    split->addWidget(m_side);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setSizes({760, 400});
    // The profiler below, as tall as the user drags it.
    // It scrolls rather than making the window taller than the screen.
    m_run = new RunPanel;
    m_runArea = new QScrollArea;
    m_runArea->setWidget(m_run);
    m_runArea->setWidgetResizable(true);
    m_runArea->setFrameShape(QFrame::NoFrame);
    m_vertical = new QSplitter(Qt::Vertical);
    m_vertical->setChildrenCollapsible(false);
    m_vertical->addWidget(split);
    m_vertical->addWidget(m_runArea);
    m_runArea->hide();
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_vertical);

    // The document edits a copy of its own (cheap: weights stay in the mapped file), so
    // that the snapshots on screen never change under the views.
    m_document = new ModelDocument(m_model->model->clone(), this);
    connect(m_document, &ModelDocument::changed, this, &ModelTab::analyze);
    connect(m_document, &ModelDocument::modifiedChanged, this, &ModelTab::modifiedChanged);

    m_node->setModel(m_model);
    m_tensor->setModel(m_model);
    m_summary->setModel(m_model);
    m_side->setCurrentWidget(summaryArea); // until something is selected

    connect(m_graph, &GraphPanel::nodeSelected, this, [this](NodeId id) {
        m_node->showNode(id);
        if (id != kNoNode)
            m_side->setCurrentWidget(m_node);
    });
    connect(m_node, &NodePanel::nodeRequested, this, &ModelTab::revealNode);
    connect(m_node, &NodePanel::tensorRequested, this, [this](const QString &name, NodeId context) {
        if (m_tensor->showTensor(name, context))
            m_side->setCurrentWidget(m_tensor);
    });
    connect(m_summary, &ModelSummaryView::problemActivated, this, [this](int nodeIndex) {
        if (nodeIndex >= 0 && nodeIndex < int(m_model->facts.nodes.size()))
            revealNode(m_model->facts.nodes[static_cast<std::size_t>(nodeIndex)].id);
    });

    // Runs take the document as it is now: the file itself when unedited, else a copy
    // written for the engine (the original is never touched).
    m_run->setModel(m_model);
    m_run->setModelPreparer([this]() -> RunPanel::FileWriter {
        m_runEdited.reset();
        if (!m_document->isModified())
            return [path = m_document->path()]() -> Result<QString> { return path; };
        m_runCopy = std::make_unique<QTemporaryDir>();
        if (!m_runCopy->isValid())
            return [error = m_runCopy->errorString()]() -> Result<QString> {
                return makeError(tr("cannot make a temporary folder for the edited model: %1").arg(error));
            };
        // A copy of the document as it is now (cheap: weights stay in the mapped file),
        // written off the GUI thread; editing may go on meanwhile.
        std::shared_ptr<const OnnxModel> copy = m_document->model().clone();
        m_runEdited = copy; // the same copy goes to the history (setRunOrigin below)
        const QString path = m_runCopy->filePath(QFileInfo(m_document->path()).fileName());
        return [copy, path]() -> Result<QString> {
            if (auto saved = copy->save(path); !saved)
                return saved.error();
            return path;
        };
    });
    // Every run is remembered: the file it came from, and the edited model when it has
    // unsaved edits (not the temporary copy the engine read).
    m_run->setRunOrigin([this] {
        // The panel asks after the preparer ran: the copy it made, not a second one.
        return RunPanel::RunOrigin{m_document->path(), m_runEdited};
    });
    m_run->setHistory(HistoryStore::resolvePath());
    connect(m_run, &RunPanel::nodeRequested, this, &ModelTab::revealNode);
    connect(m_run, &RunPanel::heatMapChanged, m_graph, &GraphPanel::setHeatMap);
    connect(m_run, &RunPanel::openModelRequested, this, &ModelTab::openModelRequested);

    m_graph->setModel(m_model->model, sharedFacts(m_model));
}

void ModelTab::setRunPanelVisible(bool visible)
{
    const bool first = visible && m_runArea->isHidden();
    m_runArea->setVisible(visible);
    if (first) { // half and half: the results need room
        const int h = m_vertical->height();
        m_vertical->setSizes({h / 2, h - h / 2});
    }
}

void ModelTab::showStoredRun(const StoredRun &run, const QString &origin)
{
    setRunPanelVisible(true);
    m_run->showStoredRun(run, origin);
}

void ModelTab::showModelPanel()
{
    m_side->setCurrentIndex(m_side->count() - 1); // the summary's scroll area, added last
    m_side->show();
}

bool ModelTab::isRunPanelVisible() const { return m_runArea->isVisibleTo(this); }

ModelTab::~ModelTab()
{
    // The undo stack says "clean changed" as it is destroyed with unsaved edits: nobody may
    // hear it from a half-destroyed tab.
    m_document->blockSignals(true);
    m_analysis.cancel(); // an analysis still running is dropped
}

bool ModelTab::revealNode(NodeId id) { return m_graph->revealNode(id); }

QString ModelTab::path() const { return m_document->path(); }
bool ModelTab::isModified() const { return m_document->isModified(); }

Result<void> ModelTab::applyEdit(Edit edit)
{
    return m_document->apply(std::move(edit)); // changed() starts the analysis; refused while saving
}

void ModelTab::save(const QString &path)
{
    if (isSaving())
        return;
    const ModelDocument::SaveJob job = m_document->prepareSave(path);
    m_saveProgress = job.progress;
    m_saving.start([job] { return job.write(); },
                   [this, job](quint64 id, Result<void> written) {
                       if (written)
                           m_document->markSaved(job);
                       else
                           m_document->unlock(); // the edits stay unsaved, the file as it was
                       m_lastSaveError = written.errorMessage();
                       Q_EMIT savingChanged(false);
                       Q_EMIT saveFinished(id, job.path, m_lastSaveError);
                   });
    Q_EMIT savingChanged(true);
}

bool ModelTab::waitForSave()
{
    if (!isSaving())
        return true;
    QEventLoop loop;
    connect(this, &ModelTab::saveFinished, &loop, &QEventLoop::quit);
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    return m_lastSaveError.isEmpty();
}

void ModelTab::analyze()
{
    std::shared_ptr<const OnnxModel> copy = m_document->model().clone(); // node ids kept
    // A newer edit's analysis supersedes this one: only the newest snapshot is shown.
    m_analysis.start([copy] { return analyzeLoaded(copy); },
                     [this](quint64, Result<std::shared_ptr<const LoadedModel>> snapshot) {
                         if (snapshot)
                             showSnapshot(std::move(snapshot).value());
                         // else out of memory: the last snapshot stays
                     });
}

void ModelTab::showSnapshot(std::shared_ptr<const LoadedModel> snapshot)
{
    const QString tensor = m_tensor->tensorName();
    const NodeId tensorContext = m_node->node();
    m_model = std::move(snapshot);
    // The canvas keeps the entered graph, the options and the selection where they still
    // apply; its nodeSelected() then refills the Node panel.
    m_node->setModel(m_model);
    m_tensor->setModel(m_model);
    m_summary->setModel(m_model);
    m_run->setModel(m_model);
    m_graph->setModel(m_model->model, sharedFacts(m_model));
    if (!tensor.isEmpty())
        m_tensor->showTensor(tensor, tensorContext);
    Q_EMIT modelChanged();
}

} // namespace ml
