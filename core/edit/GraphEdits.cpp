// SPDX-License-Identifier: GPL-3.0-or-later
// Edits of the graph's structure: names, nodes, outputs, clean-up, order.
#include "Edit.h"
#include "EditSupport.h"
#include "ModelFacts.h"

#include <onnx/defs/schema.h>

#include <algorithm>
#include <deque>
#include <map>
#include <set>

namespace ml {

using namespace edit;

Result<NodeId> findNode(const OnnxModel &model, const QString &name)
{
    const std::string wanted = ss(name);
    NodeId found = kNoNode;
    walk::graphs(model.proto().graph(), [&](const onnx::GraphProto &g, int) {
        for (const auto &n : g.node())
            if (found == kNoNode && n.name() == wanted)
                found = model.idOf(n);
    });
    if (found == kNoNode)
        return makeError(tr("no node is named '%1'").arg(name));
    return found;
}

Edit renameNode(NodeId id, const QString &newName)
{
    return {tr("Rename node to '%1'").arg(newName), [id, newName](OnnxModel &model) -> Result<void> {
                auto where = locate(model, id);
                if (!where)
                    return where.error();
                for (const auto &n : where->graph->node())
                    if (n.name() == ss(newName) && &n != &where->graph->node(where->index))
                        return makeError(tr("another node is already named '%1'").arg(newName));
                where->graph->mutable_node(where->index)->set_name(ss(newName));
                return {};
            }};
}

namespace {

// Renames every reference to `from` in `graph` and in the subgraphs that do not define a
// value of that name themselves (which would hide the outer one).
void renameIn(onnx::GraphProto &graph, const std::string &from, const std::string &to)
{
    auto fix = [&](std::string *s) {
        if (*s == from)
            *s = to;
    };
    for (auto &v : *graph.mutable_input())
        fix(v.mutable_name());
    for (auto &v : *graph.mutable_output())
        fix(v.mutable_name());
    for (auto &v : *graph.mutable_value_info())
        fix(v.mutable_name());
    for (auto &t : *graph.mutable_initializer())
        fix(t.mutable_name());
    for (auto &s : *graph.mutable_sparse_initializer())
        fix(s.mutable_values()->mutable_name());
    for (auto &q : *graph.mutable_quantization_annotation())
        fix(q.mutable_tensor_name());
    for (auto &n : *graph.mutable_node()) {
        for (auto &i : *n.mutable_input())
            fix(&i);
        for (auto &o : *n.mutable_output())
            fix(&o);
        for (auto &a : *n.mutable_attribute()) {
            auto sub = [&](onnx::GraphProto &g) {
                if (!definedNames(g).count(from))
                    renameIn(g, from, to);
            };
            if (a.has_g())
                sub(*a.mutable_g());
            for (auto &g : *a.mutable_graphs())
                sub(g);
        }
    }
}

} // namespace

Edit renameTensor(const QString &oldName, const QString &newName)
{
    return {tr("Rename tensor '%1' to '%2'").arg(oldName, newName), [oldName, newName](OnnxModel &model) -> Result<void> {
                const std::string from = ss(oldName), to = ss(newName);
                if (to.empty())
                    return makeError(tr("a tensor name cannot be empty"));
                // The graphs that define the value: the main graph, else each subgraph.
                std::vector<onnx::GraphProto *> owners;
                bool clash = false;
                forEachGraph(model, [&](onnx::GraphProto &g, int) {
                    const auto defined = definedNames(g);
                    clash |= defined.count(to) > 0;
                    if (defined.count(from) || (&g == model.mutableProto().mutable_graph() && usedNames(g).count(from)))
                        owners.push_back(&g);
                });
                if (owners.empty())
                    return makeError(tr("no tensor is named '%1'").arg(oldName));
                if (clash)
                    return makeError(tr("a tensor named '%1' already exists").arg(newName));
                if (owners.front() == model.mutableProto().mutable_graph())
                    owners.resize(1); // the main graph's rename reaches its subgraphs
                for (auto *g : owners)
                    renameIn(*g, from, to);
                return {};
            }};
}

namespace {

// The type of `tensor`: from the lookup when there is one, else from an analysis of `model`
// (made once, on the first call, and kept in `facts`).
const onnx::TypeProto *typeOf(const OnnxModel &model, const TypeLookup &types, std::optional<ModelFacts> &facts,
                              const std::string &tensor)
{
    if (types)
        return types(tensor);
    if (!facts)
        facts = analyzeModel(model);
    return facts->typeOf(tensor);
}

Result<void> deleteIn(OnnxModel &model, const QList<NodeId> &ids, DeleteMode mode, const TypeLookup &types)
{
    if (ids.isEmpty())
        return makeError(tr("no node to delete"));
    auto first = locate(model, ids.first());
    if (!first)
        return first.error();
    onnx::GraphProto &g = *first->graph;
    std::set<int> doomed;
    for (NodeId id : ids) {
        auto where = locate(model, id);
        if (!where)
            return where.error();
        if (where->graph != &g)
            return makeError(tr("the nodes to delete must be in the same graph"));
        doomed.insert(where->index);
    }

    if (mode == DeleteMode::Bypass) {
        if (doomed.size() != 1)
            return makeError(tr("bypass works on one node at a time"));
        const auto &node = g.node(*doomed.begin());
        std::vector<std::string> data;
        for (const auto &in : node.input())
            if (!in.empty() && !isInitializer(g, in))
                data.push_back(in);
        if (data.size() != 1)
            return makeError(tr("node '%1' has %2 data inputs; bypass needs exactly one").arg(qs(node.name())).arg(data.size()));
        const std::string in = data.front();
        std::vector<std::string> outs(node.output().begin(), node.output().end());
        bool feedsOutput = false;
        for (const auto &o : g.output())
            feedsOutput |= std::find(outs.begin(), outs.end(), o.name()) != outs.end();
        if (feedsOutput) {
            bool inputIsGraphInput = false;
            for (const auto &v : g.input())
                inputIsGraphInput |= v.name() == in;
            if (inputIsGraphInput)
                return makeError(
                        tr("bypassing '%1' would connect a graph input straight to a graph output").arg(qs(node.name())));
        }
        removeNodes(model, g, {*doomed.begin()});
        if (feedsOutput && !outs.empty()) {
            // Keep the model's interface: the input tensor takes the output's name.
            renameIn(g, in, outs.front());
            return {};
        }
        for (auto &n : *g.mutable_node())
            for (auto &i : *n.mutable_input())
                if (std::find(outs.begin(), outs.end(), i) != outs.end())
                    i = in;
        return {};
    }

    std::vector<std::string> cutInputs; // what fed the removed tail
    if (mode == DeleteMode::Tail) {
        // Grow the set: a node all of whose produced inputs come from doomed nodes goes too.
        std::map<std::string, int> producer;
        for (int i = 0; i < g.node_size(); ++i)
            for (const auto &o : g.node(i).output())
                producer[o] = i;
        for (int i : doomed)
            for (const auto &in : g.node(i).input())
                if (!in.empty() && !isInitializer(g, in))
                    cutInputs.push_back(in);
        bool grew = true;
        while (grew) {
            grew = false;
            for (int i = 0; i < g.node_size(); ++i) {
                if (doomed.count(i))
                    continue;
                bool fromDoomed = false, fromElsewhere = false;
                for (const auto &in : g.node(i).input()) {
                    auto p = producer.find(in);
                    if (p == producer.end())
                        continue;
                    (doomed.count(p->second) ? fromDoomed : fromElsewhere) = true;
                }
                if (fromDoomed && !fromElsewhere) {
                    doomed.insert(i);
                    grew = true;
                }
            }
        }
    }

    std::set<std::string> removedValues;
    for (int i : doomed)
        for (const auto &o : g.node(i).output())
            removedValues.insert(o);
    removeNodes(model, g, std::vector<int>(doomed.begin(), doomed.end()));
    if (mode != DeleteMode::Tail)
        return {};

    // The tail's graph outputs go; what fed the tail becomes the output instead, and
    // initializers only the tail read go with it.
    auto *outputs = g.mutable_output();
    const int before = outputs->size();
    for (int i = outputs->size() - 1; i >= 0; --i)
        if (removedValues.count(outputs->Get(i).name()))
            outputs->DeleteSubrange(i, 1);
    if (outputs->size() < before) {
        for (const auto &in : cutInputs) {
            if (removedValues.count(in))
                continue;
            bool present = false;
            for (const auto &o : *outputs)
                present |= o.name() == in;
            if (!present) {
                auto *v = outputs->Add();
                v->set_name(in);
                for (const auto &vi : g.value_info())
                    if (vi.name() == in)
                        *v->mutable_type() = vi.type();
            }
        }
    }
    const auto used = usedNames(g);
    auto *inits = g.mutable_initializer();
    for (int i = inits->size() - 1; i >= 0; --i)
        if (!used.count(inits->Get(i).name()))
            inits->DeleteSubrange(i, 1);
    // The new outputs' types, as the analysis found them.
    std::optional<ModelFacts> facts;
    for (auto &o : *g.mutable_output())
        if (!o.has_type())
            if (const auto *t = typeOf(model, types, facts, o.name()))
                *o.mutable_type() = *t;
    return {};
}

QString modeText(DeleteMode mode)
{
    switch (mode) {
    case DeleteMode::NodeOnly:
        return tr("Delete node");
    case DeleteMode::Tail:
        return tr("Delete node and its tail");
    case DeleteMode::Bypass:
        return tr("Bypass node");
    }
    return {};
}

} // namespace

Edit deleteNode(NodeId node, DeleteMode mode, TypeLookup types) { return deleteNodes({node}, mode, std::move(types)); }

Edit deleteNodes(QList<NodeId> nodes, DeleteMode mode, TypeLookup types)
{
    return {modeText(mode), [nodes, mode, types](OnnxModel &model) { return deleteIn(model, nodes, mode, types); }};
}

Edit addNode(const QString &opType, const QString &domain, const QStringList &inputs, const QStringList &outputs,
             const QString &name, QList<onnx::AttributeProto> attributes)
{
    return {tr("Add %1 node").arg(opType), [=](OnnxModel &model) -> Result<void> {
                const std::string d = domain == QLatin1String("ai.onnx") ? std::string() : ss(domain);
                int opset = 0;
                for (const auto &op : model.proto().opset_import())
                    if ((op.domain() == "ai.onnx" ? std::string() : op.domain()) == d)
                        opset = static_cast<int>(op.version());
                if (!opset)
                    return makeError(tr("the model imports no opset of domain '%1'")
                                             .arg(domain.isEmpty() ? QStringLiteral("ai.onnx") : domain));
                const onnx::OpSchema *schema = onnx::OpSchemaRegistry::Schema(ss(opType), opset, d);
                if (!schema && d.empty())
                    return makeError(tr("there is no operator %1 in opset %2").arg(opType).arg(opset));
                auto &g = *model.mutableProto().mutable_graph();
                const auto defined = definedNames(g);
                for (const auto &in : inputs)
                    if (!in.isEmpty() && !defined.count(ss(in)))
                        return makeError(tr("no tensor is named '%1'").arg(in));
                onnx::NodeProto node;
                node.set_op_type(ss(opType));
                node.set_domain(d);
                node.set_name(ss(name.isEmpty() ? opType + QLatin1Char('_') + QString::number(g.node_size()) : name));
                for (const auto &in : inputs)
                    node.add_input(ss(in));
                QStringList outs = outputs;
                const int wanted = schema ? std::max(1, schema->min_output()) : 1;
                for (int i = static_cast<int>(outs.size()); i < wanted; ++i)
                    outs << qs(node.name()) + QStringLiteral("_output_") + QString::number(i);
                for (const auto &out : outs) {
                    if (defined.count(ss(out)))
                        return makeError(tr("a tensor named '%1' already exists").arg(out));
                    node.add_output(ss(out));
                }
                if (schema) {
                    for (const auto &[attrName, attr] : schema->attributes())
                        if (attr.default_value.type() != onnx::AttributeProto::UNDEFINED)
                            *node.add_attribute() = attr.default_value;
                }
                for (const auto &a : attributes) {
                    auto *list = node.mutable_attribute();
                    auto it = std::find_if(list->begin(), list->end(), [&a](const auto &x) { return x.name() == a.name(); });
                    if (it != list->end())
                        *it = a;
                    else
                        *list->Add() = a;
                }
                // Insert after the last producer of its inputs, keeping the order topological.
                int position = 0;
                for (int i = 0; i < g.node_size(); ++i)
                    for (const auto &o : g.node(i).output())
                        if (inputs.contains(qs(o)))
                            position = i + 1;
                auto *nodes = g.mutable_node();
                *nodes->Add() = node;
                for (int i = nodes->size() - 1; i > position; --i)
                    nodes->SwapElements(i, i - 1);
                return {};
            }};
}

Edit addOutput(const QString &tensor, TypeLookup types)
{
    return {tr("Add output '%1'").arg(tensor), [tensor, types](OnnxModel &model) -> Result<void> {
                auto &g = *model.mutableProto().mutable_graph();
                const std::string name = ss(tensor);
                for (const auto &o : g.output())
                    if (o.name() == name)
                        return makeError(tr("'%1' is already a graph output").arg(tensor));
                if (!definedNames(g).count(name))
                    return makeError(tr("no tensor of the main graph is named '%1'").arg(tensor));
                onnx::ValueInfoProto value;
                value.set_name(name);
                std::optional<ModelFacts> facts;
                if (const auto *type = typeOf(model, types, facts, name))
                    *value.mutable_type() = *type;
                *g.add_output() = value;
                return {};
            }};
}

Edit removeOutput(const QString &name)
{
    return {tr("Remove output '%1'").arg(name), [name](OnnxModel &model) -> Result<void> {
                auto *outputs = model.mutableProto().mutable_graph()->mutable_output();
                for (int i = 0; i < outputs->size(); ++i)
                    if (outputs->Get(i).name() == ss(name)) {
                        outputs->DeleteSubrange(i, 1);
                        return {};
                    }
                return makeError(tr("'%1' is not a graph output").arg(name));
            }};
}

Edit cleanUp()
{
    return {tr("Remove unused nodes, initializers and value_info"), [](OnnxModel &model) -> Result<void> {
                auto &g = *model.mutableProto().mutable_graph();
                // Nodes none of whose outputs are read, repeatedly.
                for (bool removed = true; removed;) {
                    removed = false;
                    const auto used = usedNames(g);
                    std::vector<int> dead;
                    for (int i = 0; i < g.node_size(); ++i) {
                        const auto &outs = g.node(i).output();
                        if (std::none_of(outs.begin(), outs.end(),
                                         [&used](const auto &o) { return !o.empty() && used.count(o); }))
                            dead.push_back(i);
                    }
                    if (!dead.empty()) {
                        removeNodes(model, g, dead);
                        removed = true;
                    }
                }
                const auto used = usedNames(g);
                auto *inits = g.mutable_initializer();
                for (int i = inits->size() - 1; i >= 0; --i)
                    if (!used.count(inits->Get(i).name()))
                        inits->DeleteSubrange(i, 1);
                const auto defined = definedNames(g);
                auto *info = g.mutable_value_info();
                for (int i = info->size() - 1; i >= 0; --i)
                    if (!defined.count(info->Get(i).name()) || !used.count(info->Get(i).name()))
                        info->DeleteSubrange(i, 1);
                return {};
            }};
}

namespace {

Result<void> sortGraph(onnx::GraphProto &g)
{
    const int n = g.node_size();
    std::map<std::string, int> producer;
    for (int i = 0; i < n; ++i)
        for (const auto &o : g.node(i).output())
            if (!o.empty())
                producer[o] = i;
    std::vector<int> indegree(static_cast<std::size_t>(n), 0);
    std::vector<std::vector<int>> consumers(static_cast<std::size_t>(n));
    for (int i = 0; i < n; ++i) {
        std::set<int> from;
        // Inputs, and values a subgraph of this node reads from this graph.
        std::unordered_set<std::string> reads(g.node(i).input().begin(), g.node(i).input().end());
        for (const auto &a : g.node(i).attribute()) {
            if (a.has_g()) {
                auto u = usedNames(a.g());
                reads.insert(u.begin(), u.end());
            }
            for (const auto &sub : a.graphs()) {
                auto u = usedNames(sub);
                reads.insert(u.begin(), u.end());
            }
        }
        for (const auto &in : reads) {
            auto p = producer.find(in);
            if (p != producer.end() && p->second != i && from.insert(p->second).second) {
                consumers[static_cast<std::size_t>(p->second)].push_back(i);
                ++indegree[static_cast<std::size_t>(i)];
            }
        }
    }
    // Kahn's algorithm, always taking the earliest ready node: an already sorted graph
    // keeps its order.
    std::set<int> ready;
    for (int i = 0; i < n; ++i)
        if (!indegree[static_cast<std::size_t>(i)])
            ready.insert(i);
    std::vector<int> order;
    while (!ready.empty()) {
        const int i = *ready.begin();
        ready.erase(ready.begin());
        order.push_back(i);
        for (int c : consumers[static_cast<std::size_t>(i)])
            if (!--indegree[static_cast<std::size_t>(c)])
                ready.insert(c);
    }
    if (static_cast<int>(order.size()) != n)
        return makeError(tr("graph '%1' has a cycle and cannot be sorted").arg(qs(g.name())));
    // Permute by swapping the element pointers (node addresses, hence ids, stay).
    std::vector<onnx::NodeProto *> released(static_cast<std::size_t>(n));
    for (int i = n - 1; i >= 0; --i)
        released[static_cast<std::size_t>(i)] = g.mutable_node()->ReleaseLast();
    for (int i : order)
        g.mutable_node()->AddAllocated(released[static_cast<std::size_t>(i)]);
    return {};
}

} // namespace

Edit sortTopologically()
{
    return {tr("Sort nodes topologically"), [](OnnxModel &model) -> Result<void> {
                Result<void> result;
                forEachGraph(model, [&result](onnx::GraphProto &g, int) {
                    if (result)
                        result = sortGraph(g);
                });
                return result;
            }};
}

} // namespace ml
