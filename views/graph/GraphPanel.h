// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DisplayGraph.h"
#include "JobTracker.h"
#include "ModelFacts.h"
#include "Result.h"

#include <QHash>
#include <QWidget>

#include <atomic>
#include <memory>

class QHBoxLayout;
class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;

namespace ml {

struct SceneData;
class GraphScene;
class GraphView;

// The canvas of one model: a breadcrumb of entered subgraphs, the view, and the layout
// job behind it. Layout runs off the GUI thread on an immutable snapshot of the model;
// a newer request (or Cancel) kills the one before, and stale results are dropped.
class GraphPanel : public QWidget {
    Q_OBJECT
public:
    explicit GraphPanel(QWidget *parent = nullptr);
    ~GraphPanel() override;

    // A snapshot of the model (keep it unchanged) and its facts. Keeps the entered graph,
    // the options and the selection where they still apply.
    void setModel(std::shared_ptr<const OnnxModel> model, std::shared_ptr<const ModelFacts> facts);
    std::shared_ptr<const OnnxModel> model() const { return m_model; }
    std::shared_ptr<const ModelFacts> facts() const { return m_facts; }

    const GraphPath &path() const { return m_path; }
    void setPath(const GraphPath &path);
    // Enters graph attribute `attribute` (index `index` of a GRAPHS attribute) of `node`.
    bool enterSubgraph(NodeId node, const QString &attribute, int index = -1);
    // Enters the body of the model-local function that `node` calls.
    bool enterFunction(NodeId node);

    const DisplayOptions &options() const { return m_options; }
    void setOptions(const DisplayOptions &options);
    void toggleGroup(const QString &group);

    GraphView *view() const { return m_view; }
    GraphScene *scene() const;
    bool isBusy() const { return m_layout.isRunning(); }

    // Selects and shows model node `id` if it is in the entered graph (opening its group).
    bool selectNode(NodeId id);
    // Enters the graph that holds model node `id` (any depth), then selects it.
    bool revealNode(NodeId id);
    NodeId selectedNode() const;

    // The per-layer heat map (node -> share of the summed layer time); kept across
    // relayouts and graphs entered, with a legend in the view's corner. Empty clears.
    void setHeatMap(QHash<NodeId, double> share);
    const QHash<NodeId, double> &heatMap() const { return m_heatMap; }

public Q_SLOTS:
    void cancelLayout();

Q_SIGNALS:
    void nodeSelected(NodeId id); // kNoNode when nothing is selected
    void pathChanged();
    // Each carries the layout job's id (a newer request supersedes an older job).
    void layoutStarted(quint64 job);
    void layoutFinished(quint64 job);
    // A quick layered layout is shown while Graphviz works on the final one.
    void previewShown(quint64 job);
    void layoutFailed(quint64 job, const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateHeatLegend();
    void placeHeatLegend();
    void relayout();
    void install(std::shared_ptr<const SceneData> data);
    void rebuildBreadcrumb();
    void activate(int index);
    void onSelectionChanged();

    std::shared_ptr<const OnnxModel> m_model;
    std::shared_ptr<const ModelFacts> m_facts;
    GraphPath m_path;
    DisplayOptions m_options;
    bool m_fitOnInstall = true;
    NodeId m_pendingSelection = kNoNode;

    JobTracker m_layout{this};
    std::shared_ptr<std::atomic_bool> m_cancel; // kills the running job's dot

    QHBoxLayout *m_breadcrumb = nullptr;
    GraphView *m_view = nullptr;
    QWidget *m_busyBar = nullptr;
    QLabel *m_busyLabel = nullptr;
    QTimer *m_busyDelay = nullptr;
    QLabel *m_message = nullptr;
    QHash<NodeId, double> m_heatMap;
    QLabel *m_heatLegend = nullptr; // over the view's top right corner
};

} // namespace ml
