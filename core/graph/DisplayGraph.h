// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ModelFacts.h"
#include "OnnxModel.h"
#include "OpCategory.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

namespace ml {

// Which graph of a model: the main graph, or a subgraph reached through node attributes
// ("enter" steps), at any depth.
struct GraphPath {
    struct Step {
        NodeId node = kNoNode;
        QString attribute;     // "then_branch", "body", ...
        int index = -1;        // position in a GRAPHS attribute, -1 for a GRAPH attribute
        bool function = false; // the body of the model-local function `node` calls (no attribute)
    };
    QList<Step> steps;
    bool isMain() const { return steps.isEmpty(); }
};

// The graph `path` names, or nullptr.
const onnx::GraphProto *resolveGraph(const OnnxModel &model, const GraphPath &path);

// The path of the graph that holds node `id` (the main graph's is empty), or nothing when
// the node is not in the model.
std::optional<GraphPath> graphPathOf(const ModelFacts &facts, NodeId id);

struct DisplayOptions {
    bool horizontal = false;
    bool showAttributes = true;
    bool showNames = false;
    bool showInitializers = true;
    bool showTypes = false; // edge labels: the full type ("float32[1,64,56,56]"), not only the shape
    // Above this many nodes the graph is shown as groups (name scopes or blocks) unless
    // `flat`; expanded groups show their members.
    int groupAbove = 800;
    bool flat = false;
    QSet<QString> expandedGroups;
    // With no expanded groups given, open the largest groups for a first overview.
    bool autoExpand = true;
};

// One box on the canvas.
struct DisplayNode {
    enum class Kind { Operator, Input, Output, Group };
    Kind kind = Kind::Operator;
    NodeId node = kNoNode; // Operator: the model's node
    QString title;         // op type, tensor name, or group name
    QString subtitle;      // node name (when shown), tensor type, or group summary
    QStringList lines;     // key attributes and initializers, "name: value"
    OpCategory category = OpCategory::Data;
    bool hasSubgraphs = false; // If/Loop/Scan, or a call of a model-local function: can be entered
    QString group;             // Group: its path ("encoder/layer.3")
    int members = 0;           // Group: how many operator nodes it holds
    double width = 0;          // points
    double height = 0;
};

// One connection; a tensor may give several (one per consumer).
struct DisplayEdge {
    int from = -1;
    int to = -1;
    QString tensor; // name; for edges between groups, the first of them
    QString label;  // shape ("1×64×56×56") or, between groups, the count of tensors
    QString type;   // full type text
};

struct DisplayGraph {
    std::vector<DisplayNode> nodes;
    std::vector<DisplayEdge> edges;
    bool grouped = false;
    int operatorCount = 0; // operator nodes of the graph, grouped or not
    // Groups shown open: the caller's, or, when it gave none, those opened for a first
    // overview of a grouped graph.
    QSet<QString> expandedGroups;
    // The box that shows each operator node of the graph: its own, or its group's.
    QHash<NodeId, int> boxOfNode;

    // A text that identifies the structure and sizes (layout cache key).
    QByteArray fingerprint(const DisplayOptions &options) const;
};

// Builds what the canvas shows of one graph of the model. Returns an empty graph when
// `path` names no graph.
DisplayGraph buildDisplayGraph(const OnnxModel &model, const ModelFacts &facts, const GraphPath &path,
                               const DisplayOptions &options);

// The group path of a node name ("/encoder/layer.3/attention/MatMul" -> "encoder/layer.3/attention").
QString scopeOf(const std::string &nodeName);

// "1×3×224×224" for tensor types, the type text otherwise.
QString shapeLabel(const onnx::TypeProto &type);

} // namespace ml
