// SPDX-License-Identifier: GPL-3.0-or-later
#include "FusedKernelMapper.h"

#include <algorithm>
#include <cstring>
#include <set>
#include <tuple>

using namespace Qt::StringLiterals;

namespace ml {
namespace {

bool hasSubgraphs(const onnx::NodeProto &node)
{
    return std::any_of(node.attribute().begin(), node.attribute().end(),
                       [](const auto &a) { return a.has_g() || a.graphs_size() > 0; });
}

std::string attributeString(const onnx::NodeProto &node, const char *name)
{
    for (const auto &a : node.attribute())
        if (a.name() == name)
            return a.s();
    return {};
}

// How an optimized kernel's operator relates to an original one: the same, or a fused form
// (FusedConv, FusedMatMul, FusedGemm, QLinearConv ... end with the original's name).
int opAffinity(const std::string &kernelOp, const std::string &originalOp)
{
    if (kernelOp == originalOp)
        return 2;
    if (kernelOp.size() > originalOp.size()
        && kernelOp.compare(kernelOp.size() - originalOp.size(), originalOp.size(), originalOp) == 0)
        return 1;
    return 0;
}

} // namespace

FusedKernelMapper::FusedKernelMapper(const onnx::GraphProto &original, const onnx::GraphProto &optimized)
{
    m_mainGraph = &optimized;
    listOriginal(original, QString());
    mapGraph(original, optimized, QString());
}

void FusedKernelMapper::listOriginal(const onnx::GraphProto &graph, const QString &path)
{
    for (int i = 0; i < graph.node_size(); ++i) {
        const ModelNodeRef ref{&graph.node(i), path, i};
        m_original.push_back(ref);
        for (const auto &a : graph.node(i).attribute()) {
            if (a.has_g())
                listOriginal(a.g(), ModelNodeRef::subgraphPath(path, ref.label(), a.name()));
            for (const auto &g : a.graphs())
                listOriginal(g, ModelNodeRef::subgraphPath(path, ref.label(), a.name()));
        }
    }
}

void FusedKernelMapper::mapGraph(const onnx::GraphProto &original, const onnx::GraphProto &optimized, const QString &path)
{
    // ---- The original graph's data flow.
    std::unordered_map<std::string, int> producer;
    std::unordered_map<std::string, std::vector<int>> consumers;
    std::unordered_map<std::string, int> byName;
    std::set<std::string> known; // every tensor name the original graph defines
    std::set<std::string> constants;
    for (const auto &t : original.initializer()) {
        known.insert(t.name());
        constants.insert(t.name());
    }
    for (const auto &v : original.input())
        known.insert(v.name());
    for (int i = 0; i < original.node_size(); ++i) {
        const auto &n = original.node(i);
        if (!n.name().empty())
            byName.emplace(n.name(), i);
        for (const auto &o : n.output())
            if (!o.empty()) {
                producer[o] = i;
                known.insert(o);
            }
        for (const auto &in : n.input())
            if (!in.empty())
                consumers[in].push_back(i);
    }
    auto ref = [&](int i) { return ModelNodeRef{&original.node(i), path, i}; };

    // ---- Which optimized tensor is which original tensor.
    std::unordered_map<std::string, std::string> same; // optimized -> original
    std::set<const onnx::NodeProto *> hinted;
    for (const auto &t : optimized.initializer())
        if (known.count(t.name()))
            same[t.name()] = t.name();
    for (const auto &v : optimized.input())
        if (known.count(v.name()))
            same[v.name()] = v.name();
    for (const auto &n : optimized.node())
        for (const auto &o : n.output())
            if (known.count(o))
                same[o] = o;
    for (const auto &n : optimized.node()) {
        const bool unmapped = std::none_of(n.output().begin(), n.output().end(), [&](const auto &o) { return same.count(o); });
        if (!unmapped || n.output_size() == 0)
            continue;
        std::string hint = n.name();
        for (const char *suffix : {"_nchwc"})
            if (!producer.count(hint) && hint.size() > std::strlen(suffix) && hint.ends_with(suffix))
                hint.resize(hint.size() - std::strlen(suffix));
        if (n.output_size() == 1 && producer.count(hint)) {
            same[n.output(0)] = hint;
            hinted.insert(&n);
        } else if (auto it = byName.find(n.name());
                   it != byName.end() && original.node(it->second).output_size() == n.output_size()) {
            for (int k = 0; k < n.output_size(); ++k)
                same[n.output(k)] = original.node(it->second).output(k);
        }
    }
    std::set<std::string> visible;
    for (const auto &[opt, orig] : same)
        visible.insert(orig);
    std::unordered_map<std::string, const onnx::NodeProto *> yielder; // original tensor -> optimized node
    for (const auto &n : optimized.node())
        for (const auto &out : n.output())
            if (auto it = same.find(out); it != same.end())
                yielder.emplace(it->second, &n);

    // ---- Walk each optimized node.
    std::vector<const onnx::NodeProto *> claimedBy(original.node_size(), nullptr);
    Scope &scope = m_scopes[&optimized];
    for (const auto &o : optimized.node()) {
        std::vector<int> covered;
        auto claim = [&](int i) {
            if (claimedBy[i])
                return false;
            claimedBy[i] = &o;
            covered.push_back(i);
            return true;
        };
        if (auto it = byName.find(o.name());
            !o.name().empty() && it != byName.end() && original.node(it->second).op_type() == o.op_type())
            claim(it->second);

        std::set<std::string> mappedInputs;
        for (const auto &in : o.input())
            if (auto it = same.find(in); it != same.end())
                mappedInputs.insert(it->second);
        std::vector<int> stack;
        for (const auto &out : o.output())
            if (auto it = same.find(out); it != same.end())
                if (auto p = producer.find(it->second); p != producer.end())
                    stack.push_back(p->second);
        // A node that kept its name may still have absorbed what follows it (ORT folds an Add
        // into a Conv's bias and gives the Conv the Add's output): the walk from its outputs
        // finds those; otherwise it stops at once at the node itself.
        while (!stack.empty()) {
            const int i = stack.back();
            stack.pop_back();
            if (!claim(i))
                continue;
            for (const auto &in : original.node(i).input()) {
                if (in.empty() || mappedInputs.count(in) || visible.count(in))
                    continue;
                if (auto p = producer.find(in); p != producer.end())
                    stack.push_back(p->second);
            }
        }

        if (hinted.count(&o) && !covered.empty()) {
            // Forward over what the renamed kernel evidently absorbed (see the class comment).
            // Inputs the covered nodes do not explain, counted (a fused sum may repeat one).
            std::multiset<std::string> extra;
            for (const auto &in : o.input())
                if (auto it = same.find(in); it != same.end() && !constants.count(it->second))
                    extra.insert(it->second);
            for (int i : covered)
                for (const auto &in : original.node(i).input())
                    if (auto it = extra.find(in); it != extra.end())
                        extra.erase(it);
            const std::string activation = attributeString(o, "activation");
            std::string tail = same[o.output(0)];
            for (;;) {
                const auto &next = consumers[tail];
                if (next.size() != 1 || claimedBy[next[0]])
                    break;
                const auto &n = original.node(next[0]);
                // Its output must not be yielded by another kernel, except by one that only
                // converts this kernel's output back (a ReorderOutput after an NCHWc Conv).
                if (n.output_size() != 1)
                    break;
                if (visible.count(n.output(0))) {
                    auto y = yielder.find(n.output(0));
                    if (y == yielder.end()
                        || std::find(y->second->input().begin(), y->second->input().end(), o.output(0))
                                == y->second->input().end())
                        break;
                }
                bool usesExtra = false, othersOk = true;
                for (const auto &in : n.input()) {
                    if (in == tail || in.empty() || constants.count(in))
                        continue;
                    if (extra.count(in))
                        usesExtra = true;
                    else
                        othersOk = false;
                }
                if (!othersOk || !(usesExtra || (!activation.empty() && n.op_type() == activation)))
                    break;
                claim(next[0]);
                for (const auto &in : n.input())
                    if (auto it = extra.find(in); it != extra.end())
                        extra.erase(it);
                tail = n.output(0);
            }
            same[o.output(0)] = tail;
            visible.insert(tail);
        }

        // The primary node: same name, then same or fused operator, then the longest name
        // that begins the kernel's name, then the node producing its output.
        auto score = [&](int i) {
            const auto &n = original.node(i);
            const int name = n.name() == o.name() ? 1 : 0;
            const int prefix = !n.name().empty() && o.name().starts_with(n.name()) ? static_cast<int>(n.name().size()) : 0;
            return std::make_tuple(name, opAffinity(o.op_type(), n.op_type()), prefix);
        };
        std::stable_sort(covered.begin(), covered.end(), [&](int a, int b) { return score(a) > score(b); });
        Attribution attribution;
        for (int i : covered) {
            attribution.covered.push_back(ref(i));
            m_covered[&original.node(i)] = true;
        }
        m_attributions[&o] = attribution;

        if (o.name().empty())
            scope.unnamed.push_back(&o);
        if (!o.name().empty())
            scope.byName.emplace(o.name(), &o);
        else if (!covered.empty() && original.node(covered.front()).name().empty())
            scope.byName.emplace(o.op_type() + '_' + std::to_string(covered.front()), &o);

        // Subgraphs: pair them with those of the covered node of the same operator.
        if (hasSubgraphs(o)) {
            for (int i : covered) {
                const auto &n = original.node(i);
                if (n.op_type() != o.op_type())
                    continue;
                for (const auto &a : o.attribute()) {
                    if (!a.has_g())
                        continue;
                    for (const auto &b : n.attribute())
                        if (b.name() == a.name() && b.has_g())
                            mapGraph(b.g(), a.g(), ModelNodeRef::subgraphPath(path, ref(i).label(), b.name()));
                }
                break;
            }
        }
    }

    // Nodes that cover nothing borrow their neighbour's primary: the producer of an input,
    // else a consumer of an output. Repeated so chains of inserted nodes resolve too.
    std::unordered_map<std::string, const onnx::NodeProto *> optProducer;
    std::unordered_map<std::string, const onnx::NodeProto *> optConsumer;
    for (const auto &o : optimized.node()) {
        for (const auto &out : o.output())
            optProducer[out] = &o;
        for (const auto &in : o.input())
            optConsumer.emplace(in, &o);
    }
    for (bool changed = true; changed;) {
        changed = false;
        for (const auto &o : optimized.node()) {
            Attribution &a = m_attributions[&o];
            if (!a.covered.empty())
                continue;
            auto borrow = [&](const onnx::NodeProto *from) {
                if (!from || from == &o)
                    return false;
                const auto &b = m_attributions[from];
                if (b.covered.empty())
                    return false;
                a.covered = {b.covered.front()};
                a.borrowed = true;
                return true;
            };
            // A node whose outputs are new tensors works for what consumes them (a layout
            // reorder before a Conv, half of an inlined function); one that yields an
            // original tensor finishes the work of its producer (a reorder back).
            const bool yieldsOriginal =
                    std::any_of(o.output().begin(), o.output().end(), [&](const auto &out) { return same.count(out); });
            auto fromProducer = [&] {
                for (const auto &in : o.input())
                    if (!in.empty())
                        if (auto it = optProducer.find(in); it != optProducer.end() && borrow(it->second))
                            return true;
                return false;
            };
            auto fromConsumer = [&] {
                for (const auto &out : o.output())
                    if (auto it = optConsumer.find(out); it != optConsumer.end() && borrow(it->second))
                        return true;
                return false;
            };
            bool done = yieldsOriginal ? (fromProducer() || fromConsumer()) : (fromConsumer() || fromProducer());
            if (!done) // an input straight from the graph's inputs: its original consumer
                for (const auto &in : o.input())
                    if (!done && same.count(in))
                        for (int c : consumers[same[in]])
                            if (claimedBy[c]) {
                                a.covered = {ref(c)};
                                a.borrowed = done = true;
                                break;
                            }
            changed = changed || done;
        }
    }
}

std::vector<const onnx::GraphProto *> FusedKernelMapper::scopeGraphs(const onnx::NodeProto *parent) const
{
    std::vector<const onnx::GraphProto *> graphs;
    if (!parent) {
        graphs.push_back(m_mainGraph);
        return graphs;
    }
    for (const auto &a : parent->attribute()) {
        if (a.has_g())
            graphs.push_back(&a.g());
        for (const auto &g : a.graphs())
            graphs.push_back(&g);
    }
    return graphs;
}

const onnx::NodeProto *FusedKernelMapper::findNode(const QString &name, const QString &opType, int nodeIndex,
                                                   const onnx::NodeProto *parent) const
{
    const std::string key = name.toStdString();
    // ORT names unnamed nodes "<OpType>_<index>"; for nodes of the original model the index
    // is their index in the original graph (see mapGraph).
    const std::string alt = opType.toStdString() + '_' + std::to_string(nodeIndex);
    for (const auto *graph : scopeGraphs(parent)) {
        auto s = m_scopes.find(graph);
        if (s == m_scopes.end())
            continue;
        if (auto it = s->second.byName.find(key); it != s->second.byName.end())
            return it->second;
        if (auto it = s->second.byName.find(alt); it != s->second.byName.end())
            return it->second;
    }
    return nullptr;
}

std::vector<const onnx::NodeProto *> FusedKernelMapper::unnamedNodes(const QString &opType, const onnx::NodeProto *parent) const
{
    std::vector<const onnx::NodeProto *> out;
    const std::string op = opType.toStdString();
    for (const auto *graph : scopeGraphs(parent))
        if (auto s = m_scopes.find(graph); s != m_scopes.end())
            for (const auto *n : s->second.unnamed)
                if (n->op_type() == op)
                    out.push_back(n);
    return out;
}

const FusedKernelMapper::Attribution *FusedKernelMapper::attributionOf(const onnx::NodeProto *optimizedNode) const
{
    auto it = m_attributions.find(optimizedNode);
    return it == m_attributions.end() ? nullptr : &it->second;
}

std::vector<ModelNodeRef> FusedKernelMapper::uncovered() const
{
    std::vector<ModelNodeRef> out;
    for (const auto &r : m_original)
        if (!m_covered.count(r.node))
            out.push_back(r);
    return out;
}

} // namespace ml
