// SPDX-License-Identifier: GPL-3.0-or-later
#include "ModelFacts.h"

#include "OnnxModel.h"
#include "ProtoWalk.h"
#include "TypeText.h"
#include "WeightStripper.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <onnx/checker.h>
#include <onnx/defs/schema.h>
#include <onnx/shape_inference/implementation.h>

#include <deque>
#include <functional>
#include <limits>
#include <map>
#include <set>
#include <unordered_set>

namespace ml {
namespace {

// Counts from a file can be anything: sums stop at the largest int64 instead of overflowing.
void addSaturating(std::int64_t &sum, std::int64_t n)
{
    if (n > 0 && sum > std::numeric_limits<std::int64_t>::max() - n)
        sum = std::numeric_limits<std::int64_t>::max();
    else
        sum += n;
}

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("ModelFacts", text, disambiguation, n);
}
QString qs(const std::string &s) { return QString::fromStdString(s); }

using Names = std::unordered_set<std::string>;

struct Analyzer {
    const OnnxModel &model;
    ModelFacts &facts;

    void problem(Problem::Severity severity, int nodeIndex, QString message)
    {
        Problem p{severity, nodeIndex, {}, std::move(message)};
        if (nodeIndex >= 0)
            p.node = nodeLabel(*facts.nodes[static_cast<std::size_t>(nodeIndex)].node, nodeIndex);
        facts.problems.push_back(std::move(p));
    }

    // Collects nodes depth-first, counts, and checks each graph's wiring against its scope.
    void graph(const onnx::GraphProto &g, int parent, int depth, const Names &outer)
    {
        facts.subgraphMaxDepth = std::max(facts.subgraphMaxDepth, depth);
        facts.initializersTotal += g.initializer_size();
        facts.sparseInitializers += g.sparse_initializer_size();

        Names scope = outer;
        std::unordered_map<std::string, std::int64_t> initializerElements;
        for (const auto &v : g.input())
            scope.insert(v.name());
        for (const auto &t : g.initializer()) {
            scope.insert(t.name());
            initializerElements[t.name()] = elementCount(t);
            addSaturating(facts.paramCount, elementCount(t));
        }
        for (const auto &s : g.sparse_initializer()) {
            scope.insert(s.values().name());
            const std::int64_t n = elementCount(s.dims());
            initializerElements[s.values().name()] = n;
            addSaturating(facts.paramCount, n);
        }

        // Producers within this graph, for the ordering and cycle checks.
        std::unordered_map<std::string, int> producer; // value -> position in g.node()
        for (int i = 0; i < g.node_size(); ++i)
            for (const auto &o : g.node(i).output())
                if (!o.empty())
                    producer.emplace(o, i);

        const int first = static_cast<int>(facts.nodes.size());
        for (const auto &n : g.node()) {
            const int index = static_cast<int>(facts.nodes.size());
            NodeEntry entry{model.idOf(n), &n, &g, parent, depth, 0};
            for (const auto &in : n.input()) {
                if (auto it = initializerElements.find(in); it != initializerElements.end())
                    addSaturating(entry.paramCount, it->second);
            }
            facts.nodes.push_back(entry);
            const QString domain = domainName(n.domain());
            const QString op =
                    domain == QLatin1String("ai.onnx") ? qs(n.op_type()) : domain + QStringLiteral("::") + qs(n.op_type());
            ++facts.opTypes[op];
            if (n.op_type() == "Constant" && (n.domain().empty() || n.domain() == "ai.onnx"))
                addSaturating(facts.constantNodeElements, constantElements(n));
        }

        const std::set<int> cyclic = cycleMembers(g, producer);
        if (!cyclic.empty()) {
            const int at = first + *cyclic.begin();
            problem(Problem::Severity::Error, at,
                    tr("the graph has a cycle: %n node(s) on it or after it cannot be ordered; it passes through this one",
                       nullptr, static_cast<int>(cyclic.size())));
        }

        Names defined = scope;
        for (int i = 0; i < g.node_size(); ++i) {
            const auto &n = g.node(i);
            for (const auto &in : n.input()) {
                if (in.empty() || defined.count(in))
                    continue;
                auto it = producer.find(in);
                if (it == producer.end()) {
                    problem(Problem::Severity::Error, first + i,
                            tr("input '%1' is not produced by any node, graph input or initializer").arg(qs(in)));
                } else if (!cyclic.count(i)) {
                    problem(Problem::Severity::Warning, first + i,
                            tr("nodes are not in topological order: input '%1' is produced by a later node").arg(qs(in)));
                }
            }
            for (const auto &o : n.output())
                defined.insert(o);
        }
        for (const auto &o : g.output()) {
            if (!defined.count(o.name()))
                problem(Problem::Severity::Error, -1, tr("graph output '%1' is not produced by any node").arg(qs(o.name())));
        }

        // Subgraphs see every value of this graph.
        for (int i = 0; i < g.node_size(); ++i) {
            for (const auto &attr : g.node(i).attribute()) {
                if (attr.has_g()) {
                    ++facts.subgraphCount;
                    graph(attr.g(), first + i, depth + 1, defined);
                }
                for (const auto &sub : attr.graphs()) {
                    ++facts.subgraphCount;
                    graph(sub, first + i, depth + 1, defined);
                }
            }
        }
    }

    static std::int64_t constantElements(const onnx::NodeProto &n)
    {
        for (const auto &a : n.attribute()) {
            if (a.name() == "value")
                return elementCount(a.t());
            if (a.name() == "value_floats")
                return a.floats_size();
            if (a.name() == "value_ints")
                return a.ints_size();
            if (a.name() == "value_strings")
                return a.strings_size();
            if (a.name() == "value_float" || a.name() == "value_int" || a.name() == "value_string")
                return 1;
            if (a.name() == "sparse_value")
                return elementCount(a.sparse_tensor().dims());
        }
        return 0;
    }

    // Kahn's algorithm over the producer -> consumer edges of one graph; what is left over
    // lies on or behind a cycle.
    static std::set<int> cycleMembers(const onnx::GraphProto &g, const std::unordered_map<std::string, int> &producer)
    {
        const int n = g.node_size();
        std::vector<int> indegree(static_cast<std::size_t>(n), 0);
        std::vector<std::vector<int>> consumers(static_cast<std::size_t>(n));
        for (int i = 0; i < n; ++i) {
            std::unordered_set<int> from;
            for (const auto &in : g.node(i).input()) {
                auto it = producer.find(in);
                if (it != producer.end() && from.insert(it->second).second) {
                    consumers[static_cast<std::size_t>(it->second)].push_back(i);
                    ++indegree[static_cast<std::size_t>(i)];
                }
            }
        }
        std::deque<int> ready;
        for (int i = 0; i < n; ++i)
            if (!indegree[static_cast<std::size_t>(i)])
                ready.push_back(i);
        int done = 0;
        while (!ready.empty()) {
            const int i = ready.front();
            ready.pop_front();
            ++done;
            for (int c : consumers[static_cast<std::size_t>(i)])
                if (!--indegree[static_cast<std::size_t>(c)])
                    ready.push_back(c);
        }
        std::set<int> left;
        if (done < n)
            for (int i = 0; i < n; ++i)
                if (indegree[static_cast<std::size_t>(i)])
                    left.insert(i);
        return left;
    }
};

// A copy of the model fit for the checker and shape inference. The checker looks for
// external data files relative to the working directory, so every external location,
// the deferred payloads' (which point into the model file itself) included, is made
// absolute; our own marker key is taken out.
onnx::ModelProto checkableCopy(const OnnxModel &model)
{
    onnx::ModelProto copy = model.proto();
    const std::string folder = model.directory().toStdString() + '/';
    walk::tensors(copy, [&folder](onnx::TensorProto &t) {
        if (t.data_location() != onnx::TensorProto::EXTERNAL)
            return;
        auto *entries = t.mutable_external_data();
        for (int i = entries->size() - 1; i >= 0; --i) {
            auto *entry = entries->Mutable(i);
            if (entry->key() == kInlineMarkerKey)
                entries->DeleteSubrange(i, 1);
            else if (entry->key() == "location" && !entry->value().empty() && entry->value()[0] != '/')
                entry->set_value(folder + entry->value());
        }
    });
    return copy;
}

void collectTypes(const onnx::GraphProto &g, std::unordered_map<std::string, onnx::TypeProto> &out)
{
    walk::graphs(g, [&out](const onnx::GraphProto &graph, int) {
        for (const auto &v : graph.input())
            if (v.has_type())
                out.emplace(v.name(), v.type());
        for (const auto &v : graph.output())
            if (v.has_type())
                out.emplace(v.name(), v.type());
        for (const auto &v : graph.value_info())
            if (v.has_type())
                out.emplace(v.name(), v.type());
    });
}

int nodeIndexFromMessage(const QString &message, const ModelFacts &facts)
{
    static const QRegularExpression nameRe(QStringLiteral("name: (\\S+) OpType"));
    const auto match = nameRe.match(message);
    if (!match.hasMatch())
        return -1;
    const std::string name = match.captured(1).toStdString();
    for (std::size_t i = 0; i < facts.nodes.size(); ++i)
        if (facts.nodes[i].node->name() == name)
            return static_cast<int>(i);
    return -1;
}

} // namespace

QString severityName(Problem::Severity severity)
{
    switch (severity) {
    case Problem::Severity::Error:
        return QStringLiteral("error");
    case Problem::Severity::Warning:
        return QStringLiteral("warning");
    case Problem::Severity::Info:
        return QStringLiteral("info");
    }
    return {};
}

QString nodeLabel(const onnx::NodeProto &node, int index)
{
    if (!node.name().empty())
        return qs(node.name());
    return qs(node.op_type()) + QStringLiteral(" #") + QString::number(index);
}

const onnx::TypeProto *ModelFacts::typeOf(const std::string &value) const
{
    auto it = valueTypes.find(value);
    return it == valueTypes.end() ? nullptr : &it->second;
}

int ModelFacts::indexOf(NodeId id) const
{
    for (std::size_t i = 0; i < nodes.size(); ++i)
        if (nodes[i].id == id)
            return static_cast<int>(i);
    return -1;
}

namespace {

// The first model-local function that can reach itself through the calls of its body
// (subgraphs included), or an empty string.
QString recursiveFunction(const onnx::ModelProto &proto)
{
    std::map<std::pair<std::string, std::string>, int> index; // (domain, name) -> function
    for (int i = 0; i < proto.functions_size(); ++i)
        index.emplace(std::make_pair(proto.functions(i).domain(), proto.functions(i).name()), i);
    std::vector<std::vector<int>> calls(static_cast<std::size_t>(proto.functions_size()));
    std::function<void(const google::protobuf::RepeatedPtrField<onnx::NodeProto> &, std::vector<int> &)> collect =
            [&](const auto &nodes, std::vector<int> &out) {
                for (const auto &n : nodes) {
                    if (auto it = index.find({n.domain(), n.op_type()}); it != index.end())
                        out.push_back(it->second);
                    for (const auto &a : n.attribute()) {
                        if (a.has_g())
                            collect(a.g().node(), out);
                        for (const auto &g : a.graphs())
                            collect(g.node(), out);
                    }
                }
            };
    for (int i = 0; i < proto.functions_size(); ++i)
        collect(proto.functions(i).node(), calls[static_cast<std::size_t>(i)]);
    // Depth-first search for a back edge (0 new, 1 on the stack, 2 done), without recursion.
    std::vector<int> state(calls.size(), 0);
    for (std::size_t start = 0; start < calls.size(); ++start) {
        if (state[start])
            continue;
        std::vector<std::pair<int, std::size_t>> stack{{int(start), 0}};
        state[start] = 1;
        while (!stack.empty()) {
            auto &[f, next] = stack.back();
            const auto &out = calls[static_cast<std::size_t>(f)];
            if (next == out.size()) {
                state[static_cast<std::size_t>(f)] = 2;
                stack.pop_back();
                continue;
            }
            const int g = out[next++];
            if (state[static_cast<std::size_t>(g)] == 1)
                return qs(proto.functions(g).name());
            if (state[static_cast<std::size_t>(g)] == 0) {
                state[static_cast<std::size_t>(g)] = 1;
                stack.emplace_back(g, 0);
            }
        }
    }
    return {};
}

} // namespace

ModelFacts analyzeModel(const OnnxModel &model)
{
    ModelFacts facts;
    const auto &proto = model.proto();
    for (const auto &op : proto.opset_import())
        facts.opsetImports[domainName(op.domain())] = static_cast<int>(op.version());

    Analyzer analyzer{model, facts};
    facts.nodesTop = proto.graph().node_size();
    facts.initializersTop = proto.graph().initializer_size();
    analyzer.graph(proto.graph(), -1, 0, {});

    // What libonnx 1.12 does not know still opens; only schema-based facts are missing.
    if (proto.ir_version() > onnx::IR_VERSION) {
        analyzer.problem(Problem::Severity::Warning, -1,
                         tr("IR version %1 is newer than this build of ONNX knows (%2): checks may be incomplete")
                                 .arg(proto.ir_version())
                                 .arg(static_cast<int>(onnx::IR_VERSION)));
    }
    const auto &known = onnx::OpSchemaRegistry::DomainToVersionRange::Instance().Map();
    for (const auto &op : proto.opset_import()) {
        const std::string domain = op.domain().empty() ? std::string() : op.domain();
        auto it = known.find(domain == "ai.onnx" ? std::string() : domain);
        if (it != known.end() && op.version() > it->second.second) {
            analyzer.problem(Problem::Severity::Warning, -1,
                             tr("opset %1 of domain %2 is newer than this build of ONNX knows (%3): operator schemas, "
                                "documentation and shape inference are unavailable for it")
                                     .arg(op.version())
                                     .arg(domainName(op.domain()))
                                     .arg(it->second.second));
        }
    }

    onnx::ModelProto copy = checkableCopy(model);
    try {
        onnx::checker::check_model(copy);
        facts.checkerOk = true;
    } catch (const std::exception &e) {
        facts.checkerMessage = QString::fromUtf8(e.what()).trimmed();
        analyzer.problem(Problem::Severity::Error, nodeIndexFromMessage(facts.checkerMessage, facts),
                         tr("checker: %1").arg(facts.checkerMessage));
    }

    // libonnx 1.12 inlines model-local functions without a depth limit: one that calls
    // itself, directly or through others, would overflow the stack.
    if (const QString recursive = recursiveFunction(proto); !recursive.isEmpty()) {
        analyzer.problem(Problem::Severity::Warning, -1,
                         tr("shape inference skipped: model-local function '%1' calls itself").arg(recursive));
        collectTypes(copy.graph(), facts.valueTypes);
        return facts;
    }
    try {
        onnx::ShapeInferenceOptions options(false, 0, false);
        onnx::shape_inference::InferShapes(copy, onnx::OpSchemaRegistry::Instance(), options);
        facts.shapeInferenceOk = true;
    } catch (const std::exception &e) {
        analyzer.problem(Problem::Severity::Warning, nodeIndexFromMessage(QString::fromUtf8(e.what()), facts),
                         tr("shape inference stopped: %1").arg(QString::fromUtf8(e.what()).trimmed()));
    }
    collectTypes(copy.graph(), facts.valueTypes);
    return facts;
}

} // namespace ml
