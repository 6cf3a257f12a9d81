// SPDX-License-Identifier: GPL-3.0-or-later
#include "ModelTab.h"

#include "GraphPanel.h"
#include "ModelSummaryView.h"
#include "NodePanel.h"
#include "SearchBar.h"
#include "TensorPanel.h"

#include <QHBoxLayout>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

namespace ml {

ModelTab::ModelTab(std::shared_ptr<const LoadedModel> model, QWidget *parent)
    : QWidget(parent), m_model(std::move(model))
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
    m_side->addTab(m_summary, tr("Model"));

    auto *split = new QSplitter(Qt::Horizontal);
    split->setChildrenCollapsible(false);
    split->addWidget(canvas);
    split->addWidget(m_side);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setSizes({760, 400});
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);

    m_node->setModel(m_model);
    m_tensor->setModel(m_model);
    m_summary->setModel(m_model);
    m_side->setCurrentWidget(m_summary); // until something is selected

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

    m_graph->setModel(m_model->model, sharedFacts(m_model));
}

bool ModelTab::revealNode(NodeId id)
{
    return m_graph->revealNode(id);
}

} // namespace ml
