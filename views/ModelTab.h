// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LoadedModel.h"

#include <QWidget>

#include <memory>

class QSplitter;
class QTabWidget;

namespace ml {

class GraphPanel;
class ModelSummaryView;
class NodePanel;
class SearchBar;
class TensorPanel;

// One open model in the main window: the graph canvas with its search bar, and the side
// panels (Node, Tensor, Model) that follow the selection.
class ModelTab : public QWidget {
    Q_OBJECT
public:
    explicit ModelTab(std::shared_ptr<const LoadedModel> model, QWidget *parent = nullptr);

    const std::shared_ptr<const LoadedModel> &model() const { return m_model; }
    QString path() const { return m_model->path(); }

    GraphPanel *graphPanel() const { return m_graph; }
    SearchBar *searchBar() const { return m_search; }
    NodePanel *nodePanel() const { return m_node; }
    TensorPanel *tensorPanel() const { return m_tensor; }
    ModelSummaryView *summaryView() const { return m_summary; }
    QTabWidget *sidePanels() const { return m_side; }

    // Shows model node `id` wherever it is (entering its subgraph) and selects it.
    bool revealNode(NodeId id);

private:
    std::shared_ptr<const LoadedModel> m_model;
    GraphPanel *m_graph = nullptr;
    SearchBar *m_search = nullptr;
    QTabWidget *m_side = nullptr;
    NodePanel *m_node = nullptr;
    TensorPanel *m_tensor = nullptr;
    ModelSummaryView *m_summary = nullptr;
};

} // namespace ml
