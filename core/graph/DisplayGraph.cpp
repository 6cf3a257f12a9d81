// SPDX-License-Identifier: GPL-3.0-or-later
#include "DisplayGraph.h"
#include "GraphPainter.h"

#include "TensorValues.h"
#include "TypeText.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>

#include <onnx/defs/schema.h>

#include <algorithm>
#include <map>
#include <unordered_map>
#include <unordered_set>

namespace ml {
namespace {

QString qs(const std::string &s) { return QString::fromStdString(s); }

// Average glyph widths of the canvas fonts (GraphPainter: bold 11 px titles, 10 px lines).
constexpr double kTitleCharWidth = 7.4;
constexpr double kCharWidth = 6.2;
constexpr double kLineHeight = 13;
constexpr double kHeaderHeight = 22;
// A box taller than this many lines summarises the rest as "+N more" (the Node panel lists
// them all): a Conv's strides, kernel, pads, dilations, group and its W and B fit.
constexpr int kMaxLines = 10;
constexpr std::int64_t kInlineElements = 16; // Netron shows values of tensors up to this size
constexpr int kBlockSize = 48;               // nodes per structural block
constexpr int kAutoVisible = 120;            // grouped graphs open with about this many boxes

// Estimated, or measured where that is wider (digits and "×" are wider than the average:
// "perm = 0×2×1×3" was cut short).
double textWidth(const QString &s) { return std::max(s.size() * kCharWidth, paint::boxTextWidth(s, false)); }
double titleWidth(const QString &s) { return std::max(s.size() * kTitleCharWidth, paint::boxTextWidth(s, true)); }

// A tensor name as a label: its start and its end (where exporters put the distinguishing
// part), the middle elided with "…".
QString elideMiddle(const QString &s, int length)
{
    if (s.size() <= length)
        return s;
    const int head = (length - 1) / 2;
    return s.left(head) + QChar(0x2026) + s.right(length - 1 - head);
}

// Long values end in "…" rather than being cut without a sign.
QString elided(const QString &s, int length) { return s.size() <= length ? s : s.left(length - 1) + QChar(0x2026); }

// The values of a small tensor held in the proto, as Netron shows them: "16000" for a
// scalar, "[1, 2, 3]" otherwise; empty when it is larger, external or of strings.
QString inlineValues(const onnx::TensorProto &t)
{
    const std::int64_t n = elementCount(t);
    if (n > kInlineElements || t.data_location() == onnx::TensorProto::EXTERNAL)
        return {};
    QStringList parts;
    if (t.data_type() == onnx::TensorProto::STRING) {
        if (t.string_data_size() != n)
            return {};
        for (const std::string &v : t.string_data())
            parts << QLatin1Char('"') + elided(qs(v), 16) + QLatin1Char('"');
    } else if (n > 0) {
        const QByteArray bytes = inProtoBytes(t);
        if (bytes.isEmpty())
            return {};
        const auto values = tensorValues(bytes, t.data_type(), 0, n);
        if (!values)
            return {};
        using T = onnx::TensorProto;
        const bool floating = t.data_type() == T::FLOAT || t.data_type() == T::DOUBLE || t.data_type() == T::FLOAT16
                || t.data_type() == T::BFLOAT16;
        for (double v : values.value())
            parts << (floating ? QString::number(v, 'g', 6) : QString::number(static_cast<std::int64_t>(v)));
    }
    if (t.dims_size() == 0 && parts.size() == 1)
        return parts.front();
    return QLatin1Char('[') + parts.join(QStringLiteral(", ")) + QLatin1Char(']');
}

// Attributes in the order a deployment engineer reads a box: how a window moves first.
int attributeRank(const std::string &name)
{
    static const char *const order[] = {"strides", "kernel_shape", "pads", "dilations", "group"};
    for (int i = 0; i < 5; ++i)
        if (name == order[i])
            return i;
    return 5;
}

QString attributeValue(const onnx::AttributeProto &a)
{
    using A = onnx::AttributeProto;
    auto join = [](const auto &list, QChar sep) {
        QStringList parts;
        for (const auto &v : list)
            parts << QString::number(v);
        return parts.join(sep);
    };
    switch (a.type()) {
    case A::INT:
        return QString::number(a.i());
    case A::FLOAT:
        return QString::number(a.f());
    case A::STRING:
        return elided(qs(a.s()), 24);
    case A::INTS:
        return elided(join(a.ints(), QChar(0xd7)), 32);
    case A::FLOATS:
        return elided(join(a.floats(), QLatin1Char(',')), 32);
    case A::TENSOR: {
        if (const QString values = inlineValues(a.t()); !values.isEmpty())
            return elided(values, 48);
        QStringList dims;
        for (auto d : a.t().dims())
            dims << QString::number(d);
        return elementTypeName(a.t().data_type()) + QStringLiteral(" ⟨") + dims.join(QChar(0xd7)) + QStringLiteral("⟩");
    }
    case A::GRAPH:
        return QStringLiteral("graph");
    default:
        return QStringLiteral("…");
    }
}

struct Group {
    QString path;
    QString name;
    std::vector<int> direct; // node indices (in g.node()) directly in it
    std::map<QString, Group> children;
    int total = 0; // nodes in it and below
};

int countTotals(Group &g)
{
    g.total = static_cast<int>(g.direct.size());
    for (auto &[name, child] : g.children)
        g.total += countTotals(child);
    return g.total;
}

// Splits long lists of direct members into blocks of consecutive nodes, so that no level
// shows hundreds of boxes at once.
void addBlocks(Group &g, bool force)
{
    if (force || g.direct.size() > static_cast<std::size_t>(kBlockSize)) {
        if (g.direct.size() > static_cast<std::size_t>(kBlockSize)) {
            const std::vector<int> members = std::move(g.direct);
            g.direct.clear();
            for (std::size_t i = 0; i < members.size(); i += kBlockSize) {
                const QString name = QStringLiteral("[%1]").arg(i / kBlockSize + 1);
                Group &block = g.children[name];
                block.name = name;
                block.path = g.path.isEmpty() ? name : g.path + QLatin1Char('/') + name;
                block.direct.assign(members.begin() + static_cast<std::ptrdiff_t>(i),
                                    members.begin() + static_cast<std::ptrdiff_t>(std::min(members.size(), i + kBlockSize)));
            }
        }
    }
    for (auto &[name, child] : g.children)
        addBlocks(child, false);
}

} // namespace

QString scopeOf(const std::string &nodeName)
{
    QString name = qs(nodeName);
    while (name.startsWith(QLatin1Char('/')))
        name.remove(0, 1);
    const qsizetype slash = name.lastIndexOf(QLatin1Char('/'));
    return slash < 0 ? QString() : name.left(slash);
}

QString shapeLabel(const onnx::TypeProto &type)
{
    if (!type.has_tensor_type())
        return typeText(type);
    if (!type.tensor_type().has_shape())
        return QString();
    QStringList dims;
    for (const auto &d : type.tensor_type().shape().dim())
        dims << dimText(d);
    return dims.isEmpty() ? QStringLiteral("scalar") : dims.join(QChar(0xd7));
}

const onnx::GraphProto *resolveGraph(const OnnxModel &model, const GraphPath &path)
{
    const onnx::GraphProto *g = &model.proto().graph();
    for (const auto &step : path.steps) {
        const onnx::NodeProto *node = model.node(step.node);
        if (!node)
            return nullptr;
        const onnx::GraphProto *next = step.function ? model.functionGraph(node->domain(), node->op_type()) : nullptr;
        for (const auto &a : node->attribute()) {
            if (step.function || qs(a.name()) != step.attribute)
                continue;
            if (step.index < 0 && a.has_g())
                next = &a.g();
            else if (step.index >= 0 && step.index < a.graphs_size())
                next = &a.graphs(step.index);
        }
        // The node must lie in the graph reached so far.
        bool inside = false;
        for (const auto &n : g->node())
            inside |= &n == node;
        if (!next || !inside)
            return nullptr;
        g = next;
    }
    return g;
}

std::optional<GraphPath> graphPathOf(const ModelFacts &facts, NodeId id)
{
    int index = facts.indexOf(id);
    if (index < 0)
        return std::nullopt;
    GraphPath path;
    // Walk up through the nodes whose attributes hold each graph, innermost first.
    while (true) {
        const NodeEntry &entry = facts.nodes[static_cast<std::size_t>(index)];
        if (entry.parent < 0)
            break;
        const NodeEntry &parent = facts.nodes[static_cast<std::size_t>(entry.parent)];
        GraphPath::Step step;
        step.node = parent.id;
        for (const auto &a : parent.node->attribute()) {
            if (a.has_g() && &a.g() == entry.graph)
                step.attribute = qs(a.name());
            for (int i = 0; i < a.graphs_size(); ++i)
                if (&a.graphs(i) == entry.graph) {
                    step.attribute = qs(a.name());
                    step.index = i;
                }
        }
        if (step.attribute.isEmpty())
            return std::nullopt;
        path.steps.prepend(step);
        index = entry.parent;
    }
    return path;
}

QByteArray DisplayGraph::fingerprint(const DisplayOptions &options) const
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    hash.addData(options.horizontal ? "LR;" : "TB;");
    for (const auto &n : nodes)
        hash.addData(QStringLiteral("%1:%2x%3;").arg(int(n.kind)).arg(n.width).arg(n.height).toUtf8());
    for (const auto &e : edges)
        hash.addData(QStringLiteral("%1>%2;").arg(e.from).arg(e.to).toUtf8());
    return hash.result().toHex();
}

DisplayGraph buildDisplayGraph(const OnnxModel &model, const ModelFacts &facts, const GraphPath &path,
                               const DisplayOptions &options)
{
    DisplayGraph out;
    const onnx::GraphProto *g = resolveGraph(model, path);
    if (!g)
        return out;
    const int n = g->node_size();
    out.operatorCount = n;

    std::unordered_set<std::string> initializers;
    std::unordered_map<std::string, const onnx::TensorProto *> initializerOf;
    for (const auto &t : g->initializer()) {
        initializers.insert(t.name());
        initializerOf[t.name()] = &t;
    }

    // ---- groups
    const bool grouped = !options.flat && n > options.groupAbove;
    out.grouped = grouped;
    std::vector<int> unitOfNode(static_cast<std::size_t>(n), -1);
    Group root;
    std::vector<QString> groupOfNode(static_cast<std::size_t>(n));
    QSet<QString> expanded = options.expandedGroups;
    if (grouped) {
        // Scopes of the exporter's names; an unscoped node (a Constant, a Shape) joins the
        // scope of the node that reads it, so that groups hold what belongs together.
        std::vector<QString> scope(static_cast<std::size_t>(n));
        std::unordered_map<std::string, int> producerOf;
        for (int i = 0; i < n; ++i) {
            scope[static_cast<std::size_t>(i)] = scopeOf(g->node(i).name());
            for (const auto &o : g->node(i).output())
                producerOf[o] = i;
        }
        for (int pass = 0; pass < 3; ++pass)
            for (int i = n - 1; i >= 0; --i)
                for (const auto &in : g->node(i).input()) {
                    auto p = producerOf.find(in);
                    if (p != producerOf.end() && scope[static_cast<std::size_t>(p->second)].isEmpty())
                        scope[static_cast<std::size_t>(p->second)] = scope[static_cast<std::size_t>(i)];
                }
        int scoped = 0;
        for (int i = 0; i < n; ++i)
            scoped += !scope[static_cast<std::size_t>(i)].isEmpty();
        const bool byScope = scoped * 2 >= n;
        for (int i = 0; i < n; ++i) {
            Group *at = &root;
            if (byScope) {
                QString prefix;
                for (const QString &part : scope[static_cast<std::size_t>(i)].split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
                    prefix = prefix.isEmpty() ? part : prefix + QLatin1Char('/') + part;
                    Group &child = at->children[part];
                    child.name = part;
                    child.path = prefix;
                    at = &child;
                }
            }
            at->direct.push_back(i);
        }
        addBlocks(root, !byScope);
        countTotals(root);
        // Open with a useful overview: expand the largest groups while few boxes show.
        if (options.autoExpand && expanded.isEmpty()) {
            int visible = static_cast<int>(root.direct.size() + root.children.size());
            std::vector<Group *> frontier;
            for (auto &[name, child] : root.children)
                frontier.push_back(&child);
            while (!frontier.empty()) {
                auto largest = std::max_element(frontier.begin(), frontier.end(),
                                                [](const Group *a, const Group *b) { return a->total < b->total; });
                Group *next = *largest;
                const int grow = static_cast<int>(next->direct.size() + next->children.size()) - 1;
                // Always open a lone top group: one box is no overview.
                if (next->total < 2 || (visible + grow > kAutoVisible && visible > 8))
                    break;
                frontier.erase(largest);
                expanded.insert(next->path);
                visible += grow;
                for (auto &[name, child] : next->children)
                    frontier.push_back(&child);
            }
        }
    }
    out.expandedGroups = expanded;

    auto addNode = [&out](DisplayNode node) {
        out.nodes.push_back(std::move(node));
        return static_cast<int>(out.nodes.size()) - 1;
    };

    // ---- graph inputs
    std::unordered_map<std::string, int> producerUnit;
    for (const auto &v : g->input()) {
        if (initializers.count(v.name()))
            continue;
        DisplayNode term;
        term.kind = DisplayNode::Kind::Input;
        term.title = qs(v.name());
        term.subtitle = typeText(v.type());
        term.width = std::max(80.0, std::max(titleWidth(term.title), textWidth(term.subtitle)) + 28);
        term.height = 36;
        producerUnit[v.name()] = addNode(std::move(term));
    }

    // ---- operators and collapsed groups
    QHash<QString, int> groupUnit;
    std::function<void(const Group &)> place = [&](const Group &grp) {
        for (const auto &[name, child] : grp.children) {
            if (child.total == 1 || expanded.contains(child.path)) {
                place(child);
                continue;
            }
            std::function<void(const Group &)> claim = [&](const Group &c) {
                for (int i : c.direct)
                    groupOfNode[static_cast<std::size_t>(i)] = child.path;
                for (const auto &[k, cc] : c.children)
                    claim(cc);
            };
            claim(child);
        }
        for (int i : grp.direct)
            groupOfNode[static_cast<std::size_t>(i)] = QString();
    };
    if (grouped)
        place(root);

    std::map<QString, std::map<QString, int>> groupOps; // group -> op histogram
    for (int i = 0; i < n; ++i)
        if (!groupOfNode[static_cast<std::size_t>(i)].isEmpty())
            ++groupOps[groupOfNode[static_cast<std::size_t>(i)]][qs(g->node(i).op_type())];

    for (int i = 0; i < n; ++i) {
        const auto &node = g->node(i);
        const QString &grp = groupOfNode[static_cast<std::size_t>(i)];
        if (!grp.isEmpty()) {
            auto it = groupUnit.constFind(grp);
            if (it != groupUnit.constEnd()) {
                unitOfNode[static_cast<std::size_t>(i)] = *it;
                continue;
            }
            DisplayNode box;
            box.kind = DisplayNode::Kind::Group;
            box.group = grp;
            box.title = grp.section(QLatin1Char('/'), -1);
            int members = 0;
            std::vector<std::pair<int, QString>> ops;
            for (const auto &[op, count] : groupOps[grp]) {
                members += count;
                ops.emplace_back(count, op);
            }
            std::sort(ops.begin(), ops.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
            box.members = members;
            box.subtitle = QStringLiteral("%1 nodes").arg(members);
            for (std::size_t k = 0; k < ops.size() && k < 3; ++k)
                box.lines << QStringLiteral("%1 ×%2").arg(ops[k].second).arg(ops[k].first);
            box.category = OpCategory::Data;
            double w = std::max(titleWidth(box.title) + 36, textWidth(box.subtitle) + 24);
            for (const auto &l : box.lines)
                w = std::max(w, textWidth(l) + 20);
            box.width = std::clamp(w, 90.0, 260.0);
            box.height = kHeaderHeight + kLineHeight * (1 + box.lines.size()) + 6;
            const int unit = addNode(std::move(box));
            groupUnit.insert(grp, unit);
            unitOfNode[static_cast<std::size_t>(i)] = unit;
            continue;
        }

        DisplayNode box;
        box.kind = DisplayNode::Kind::Operator;
        box.node = model.idOf(node);
        box.title = qs(node.op_type());
        box.category = opCategory(box.title, qs(node.domain()));
        if (options.showNames && !node.name().empty())
            box.subtitle = qs(node.name());
        const onnx::OpSchema *schema = nullptr;
        if (options.showInitializers) {
            int opset = 0;
            for (const auto &[domain, version] : facts.opsetImports)
                if (domain == domainName(node.domain()))
                    opset = version;
            schema = onnx::OpSchemaRegistry::Schema(node.op_type(), opset,
                                                    node.domain() == "ai.onnx" ? std::string() : node.domain());
            for (int k = 0; k < node.input_size(); ++k) {
                auto it = initializerOf.find(node.input(k));
                if (it == initializerOf.end())
                    continue;
                QString label = qs(node.input(k));
                if (schema && !schema->inputs().empty())
                    label = qs(schema->inputs()[std::min<std::size_t>(static_cast<std::size_t>(k), schema->inputs().size() - 1)]
                                       .GetName());
                if (const QString values = inlineValues(*it->second); !values.isEmpty()) {
                    box.lines << label + QStringLiteral(" = ") + elided(values, 48);
                    continue;
                }
                QStringList dims;
                for (auto d : it->second->dims())
                    dims << QString::number(d);
                box.lines << label + QStringLiteral(" ⟨") + dims.join(QChar(0xd7)) + QStringLiteral("⟩");
            }
        }
        std::vector<const onnx::AttributeProto *> shown;
        for (const auto &a : node.attribute()) {
            if (a.has_g() || a.graphs_size())
                box.hasSubgraphs = true;
            else if (options.showAttributes)
                shown.push_back(&a);
        }
        std::stable_sort(shown.begin(), shown.end(), [](const onnx::AttributeProto *x, const onnx::AttributeProto *y) {
            return attributeRank(x->name()) < attributeRank(y->name());
        });
        // Attributes before initializers (a stride matters more than a weight's shape);
        // what does not fit is counted, never dropped silently.
        QStringList lines;
        for (const onnx::AttributeProto *a : shown)
            lines << qs(a->name()) + QStringLiteral(" = ") + attributeValue(*a);
        lines << box.lines;
        if (lines.size() > kMaxLines) {
            const auto more = lines.size() - (kMaxLines - 1);
            lines.resize(kMaxLines - 1);
            lines << QCoreApplication::translate("DisplayGraph", "+%1 more").arg(more);
        }
        box.lines = lines;
        // A call of a model-local function can be entered too (from graphs whose nodes have ids).
        if (model.functionGraph(node.domain(), node.op_type()) && box.node != kNoNode)
            box.hasSubgraphs = true;
        double w = titleWidth(box.title) + (box.hasSubgraphs ? 40 : 24);
        w = std::max(w, textWidth(box.subtitle) + 16);
        for (const auto &l : box.lines)
            w = std::max(w, textWidth(l) + 16);
        box.width = std::clamp(w, 56.0, 300.0);
        box.height = kHeaderHeight + kLineHeight * (box.lines.size() + (box.subtitle.isEmpty() ? 0 : 1))
                + (box.lines.isEmpty() && box.subtitle.isEmpty() ? 0 : 6);
        unitOfNode[static_cast<std::size_t>(i)] = addNode(std::move(box));
    }
    for (int i = 0; i < n; ++i) {
        for (const auto &o : g->node(i).output())
            if (!o.empty())
                producerUnit[o] = unitOfNode[static_cast<std::size_t>(i)];
        out.boxOfNode.insert(model.idOf(g->node(i)), unitOfNode[static_cast<std::size_t>(i)]);
    }

    // ---- values from the enclosing graphs (a subgraph's captures)
    for (int i = 0; i < n; ++i) {
        for (const auto &in : g->node(i).input()) {
            if (in.empty() || initializers.count(in) || producerUnit.count(in))
                continue;
            DisplayNode term;
            term.kind = DisplayNode::Kind::Input;
            term.title = qs(in);
            const onnx::TypeProto *type = facts.typeOf(in);
            term.subtitle = path.isMain() ? QStringLiteral("undefined") : QStringLiteral("outer scope");
            if (type)
                term.subtitle += QStringLiteral(" · ") + typeText(*type);
            term.width = std::max(80.0, std::max(titleWidth(term.title), textWidth(term.subtitle)) + 28);
            term.height = 36;
            producerUnit[in] = addNode(std::move(term));
        }
    }

    // ---- edges
    std::map<std::pair<int, int>, int> groupEdge; // (from, to) -> edge index, for groups
    auto addEdge = [&](int from, int to, const std::string &tensor) {
        if (from < 0 || to < 0 || from == to)
            return;
        const bool viaGroup = out.nodes[static_cast<std::size_t>(from)].kind == DisplayNode::Kind::Group
                || out.nodes[static_cast<std::size_t>(to)].kind == DisplayNode::Kind::Group;
        if (viaGroup) {
            auto [it, fresh] = groupEdge.emplace(std::make_pair(from, to), static_cast<int>(out.edges.size()));
            if (!fresh) {
                auto &e = out.edges[static_cast<std::size_t>(it->second)];
                e.label = QStringLiteral("%1 tensors").arg(e.label.section(QLatin1Char(' '), 0, 0).toInt() + 1);
                return;
            }
        }
        DisplayEdge e;
        e.from = from;
        e.to = to;
        e.tensor = qs(tensor);
        if (const onnx::TypeProto *type = facts.typeOf(tensor)) {
            e.type = typeText(*type);
            e.label = options.showTypes ? e.type : shapeLabel(*type);
            if (e.label.isEmpty()) // no shape: what is known, the element type
                e.label = e.type;
        }
        if (e.label.isEmpty()) // nothing known: the tensor's name
            e.label = elideMiddle(e.tensor, 28);
        if (viaGroup)
            e.label = QStringLiteral("1 tensors");
        out.edges.push_back(std::move(e));
    };
    for (int i = 0; i < n; ++i) {
        std::unordered_set<std::string> seen;
        for (const auto &in : g->node(i).input()) {
            if (in.empty() || initializers.count(in) || !seen.insert(in).second)
                continue;
            auto p = producerUnit.find(in);
            if (p != producerUnit.end())
                addEdge(p->second, unitOfNode[static_cast<std::size_t>(i)], in);
        }
    }
    for (auto &e : out.edges)
        if (e.label == QLatin1String("1 tensors"))
            e.label = elideMiddle(e.tensor, 28);

    // ---- graph outputs
    for (const auto &v : g->output()) {
        DisplayNode term;
        term.kind = DisplayNode::Kind::Output;
        term.title = qs(v.name());
        term.subtitle = typeText(v.type());
        term.width = std::max(80.0, std::max(titleWidth(term.title), textWidth(term.subtitle)) + 28);
        term.height = 36;
        const int unit = addNode(std::move(term));
        auto p = producerUnit.find(v.name());
        if (p != producerUnit.end())
            addEdge(p->second, unit, v.name());
    }
    return out;
}

} // namespace ml
