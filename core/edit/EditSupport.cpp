// SPDX-License-Identifier: GPL-3.0-or-later
#include "EditSupport.h"

#include <algorithm>

namespace ml::edit {

std::unordered_set<std::string> definedNames(const onnx::GraphProto &graph)
{
    std::unordered_set<std::string> names;
    for (const auto &v : graph.input())
        names.insert(v.name());
    for (const auto &t : graph.initializer())
        names.insert(t.name());
    for (const auto &s : graph.sparse_initializer())
        names.insert(s.values().name());
    for (const auto &n : graph.node())
        for (const auto &o : n.output())
            names.insert(o);
    return names;
}

std::unordered_set<std::string> usedNames(const onnx::GraphProto &graph)
{
    std::unordered_set<std::string> names;
    walk::graphs(graph, [&names](const onnx::GraphProto &g, int) {
        for (const auto &n : g.node())
            for (const auto &i : n.input())
                if (!i.empty())
                    names.insert(i);
        for (const auto &o : g.output())
            names.insert(o.name());
    });
    return names;
}

Result<NodeLocation> locate(OnnxModel &model, NodeId id)
{
    const onnx::NodeProto *target = model.node(id);
    if (!target)
        return makeError(tr("node #%1 is not in the model").arg(id));
    NodeLocation found;
    forEachGraph(model, [&](onnx::GraphProto &g, int) {
        for (int i = 0; i < g.node_size() && !found.graph; ++i)
            if (&g.node(i) == target)
                found = {&g, i};
    });
    if (!found.graph)
        return makeError(tr("node #%1 is not in the model").arg(id));
    return found;
}

bool isInitializer(const onnx::GraphProto &graph, const std::string &name)
{
    return std::any_of(graph.initializer().begin(), graph.initializer().end(),
                       [&name](const auto &t) { return t.name() == name; });
}

onnx::TensorProto *findInitializer(OnnxModel &model, const std::string &name)
{
    onnx::TensorProto *found = nullptr;
    forEachGraph(model, [&](onnx::GraphProto &g, int) {
        for (auto &t : *g.mutable_initializer())
            if (!found && t.name() == name)
                found = &t;
    });
    return found;
}

void removeNodes(OnnxModel &model, onnx::GraphProto &graph, std::vector<int> indices)
{
    std::sort(indices.begin(), indices.end());
    indices.erase(std::unique(indices.begin(), indices.end()), indices.end());
    for (auto it = indices.rbegin(); it != indices.rend(); ++it) {
        // Subgraph nodes go with their parent: forget them too.
        for (const auto &attr : graph.node(*it).attribute()) {
            auto forget = [&model](const onnx::GraphProto &sub, int) {
                for (const auto &n : sub.node())
                    model.forgetNode(n);
            };
            if (attr.has_g())
                walk::graphs(attr.g(), forget);
            for (const auto &g : attr.graphs())
                walk::graphs(g, forget);
        }
        model.forgetNode(graph.node(*it));
        graph.mutable_node()->DeleteSubrange(*it, 1);
    }
}

int defaultOpset(const onnx::ModelProto &model)
{
    for (const auto &op : model.opset_import())
        if (op.domain().empty() || op.domain() == "ai.onnx")
            return static_cast<int>(op.version());
    return 0;
}

} // namespace ml::edit
