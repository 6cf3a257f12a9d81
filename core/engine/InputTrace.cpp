// SPDX-License-Identifier: GPL-3.0-or-later
#include "InputTrace.h"

#include <QRegularExpression>

#include <deque>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace ml {
namespace {

// Every node of the graph and of its subgraphs, at any depth.
void collect(const onnx::GraphProto &graph, std::vector<const onnx::NodeProto *> &out)
{
    for (const auto &node : graph.node()) {
        out.push_back(&node);
        for (const auto &a : node.attribute()) {
            if (a.has_g())
                collect(a.g(), out);
            for (const auto &g : a.graphs())
                collect(g, out);
        }
    }
}

// What a node reads: its inputs, and whatever the nodes of its subgraphs read (a subgraph
// sees the values of the graphs around it).
void reads(const onnx::NodeProto &node, std::vector<std::string> &out)
{
    for (const auto &in : node.input())
        if (!in.empty())
            out.push_back(in);
    for (const auto &a : node.attribute()) {
        std::vector<const onnx::GraphProto *> graphs;
        if (a.has_g())
            graphs.push_back(&a.g());
        for (const auto &g : a.graphs())
            graphs.push_back(&g);
        for (const auto *g : graphs)
            for (const auto &inner : g->node())
                reads(inner, out);
    }
}

} // namespace

QString InputTrace::failingNode(const QString &message)
{
    static const QRegularExpression name(QStringLiteral("Name:'([^']+)'"));
    QString last;
    for (auto it = name.globalMatch(message); it.hasNext();)
        last = it.next().captured(1);
    return last;
}

QStringList InputTrace::inputsFeeding(const onnx::GraphProto &graph, const QString &node)
{
    if (node.isEmpty())
        return {};
    std::vector<const onnx::NodeProto *> nodes;
    collect(graph, nodes);
    const std::string wanted = node.toStdString();
    const onnx::NodeProto *target = nullptr;
    for (const auto *n : nodes) {
        const std::string &own = n->name();
        if (own.empty() || own.size() > wanted.size())
            continue;
        // An exact name, or the end of an inlined one; the longest match is the node meant.
        if (wanted.compare(wanted.size() - own.size(), own.size(), own) == 0 && (!target || own.size() > target->name().size()))
            target = n;
    }
    if (!target)
        return {};
    std::map<std::string, const onnx::NodeProto *> producer;
    for (const auto *n : nodes)
        for (const auto &o : n->output())
            if (!o.empty())
                producer.emplace(o, n);
    std::set<std::string> initializers;
    for (const auto &t : graph.initializer())
        initializers.insert(t.name());
    std::set<std::string> inputs;
    for (const auto &v : graph.input())
        if (!initializers.count(v.name()))
            inputs.insert(v.name());

    std::set<std::string> found, seen;
    std::set<const onnx::NodeProto *> visited{target};
    std::deque<const onnx::NodeProto *> queue{target};
    while (!queue.empty()) {
        const onnx::NodeProto *n = queue.front();
        queue.pop_front();
        std::vector<std::string> names;
        reads(*n, names);
        for (const auto &name : names) {
            if (!seen.insert(name).second)
                continue;
            if (inputs.count(name))
                found.insert(name);
            if (auto p = producer.find(name); p != producer.end() && visited.insert(p->second).second)
                queue.push_back(p->second);
        }
    }
    QStringList out;
    for (const auto &v : graph.input())
        if (found.count(v.name()))
            out << QString::fromStdString(v.name());
    return out;
}

} // namespace ml
