// SPDX-License-Identifier: GPL-3.0-or-later
#include "NodePanel.h"

#include "DocMarkdown.h"
#include "OperatorDocs.h"
#include "TypeText.h"

#include <QDesktopServices>
#include <QLocale>
#include <QUrl>

namespace ml {
namespace {

QString qs(const std::string &s) { return QString::fromStdString(s); }
QString esc(const QString &s) { return s.toHtmlEscaped(); }
QString esc(const std::string &s) { return qs(s).toHtmlEscaped(); }

QString link(const QString &scheme, const QString &target, const QString &text)
{
    return QStringLiteral("<a href=\"%1:%2\">%3</a>")
            .arg(scheme, QString::fromLatin1(QUrl::toPercentEncoding(target)), esc(text));
}

QString nodeLink(const OnnxModel &model, const onnx::NodeProto &node)
{
    const QString text = node.name().empty() ? qs(node.op_type()) : qs(node.op_type()) + QStringLiteral(" ") + qs(node.name());
    return link(QStringLiteral("node"), QString::number(model.idOf(node)), text);
}

QString listText(const auto &values)
{
    QStringList parts;
    for (const auto &v : values)
        parts << QString::number(v);
    return QLatin1Char('[') + parts.join(QStringLiteral(", ")) + QLatin1Char(']');
}

QString tensorSummary(const onnx::TensorProto &t)
{
    QStringList dims;
    for (auto d : t.dims())
        dims << QString::number(d);
    return elementTypeName(t.data_type()) + QLatin1Char('[') + dims.join(QLatin1Char(',')) + QLatin1Char(']');
}

// The typed value of an attribute, in full (lists and strings are not cut).
QString attributeHtml(const onnx::AttributeProto &a)
{
    using A = onnx::AttributeProto;
    switch (a.type()) {
    case A::INT:
        return QString::number(a.i());
    case A::FLOAT:
        return QString::number(a.f(), 'g', 9);
    case A::STRING:
        return QStringLiteral("\"%1\"").arg(esc(a.s()));
    case A::INTS:
        return listText(a.ints());
    case A::FLOATS:
        return listText(a.floats());
    case A::STRINGS: {
        QStringList parts;
        for (const auto &s : a.strings())
            parts << QStringLiteral("\"%1\"").arg(esc(s));
        return QLatin1Char('[') + parts.join(QStringLiteral(", ")) + QLatin1Char(']');
    }
    case A::TENSOR:
        return esc(tensorSummary(a.t()));
    case A::GRAPH:
        return NodePanel::tr("graph “%1”, %n node(s)", nullptr, a.g().node_size()).arg(esc(a.g().name()));
    case A::GRAPHS:
        return NodePanel::tr("%n graph(s)", nullptr, a.graphs_size());
    case A::TENSORS:
        return NodePanel::tr("%n tensor(s)", nullptr, a.tensors_size());
    case A::SPARSE_TENSOR:
        return NodePanel::tr("sparse tensor");
    case A::TYPE_PROTO:
        return esc(typeText(a.tp()));
    default:
        return NodePanel::tr("(undefined)");
    }
}

QString attributeTypeText(const onnx::AttributeProto &a)
{
    return qs(onnx::AttributeProto::AttributeType_Name(a.type())).toLower();
}

// The graphs that can see the values of `entry`'s graph: it, then each enclosing graph.
std::vector<const onnx::GraphProto *> scopeChain(const ModelFacts &facts, const NodeEntry &entry)
{
    std::vector<const onnx::GraphProto *> chain{entry.graph};
    for (int p = entry.parent; p >= 0; p = facts.nodes[static_cast<std::size_t>(p)].parent)
        chain.push_back(facts.nodes[static_cast<std::size_t>(p)].graph);
    return chain;
}

} // namespace

NodePanel::NodePanel(QWidget *parent) : QTextBrowser(parent)
{
    setOpenLinks(false);
    setObjectName(QStringLiteral("nodePanel"));
    connect(this, &QTextBrowser::anchorClicked, this, &NodePanel::onAnchor);
    showNode(kNoNode);
}

void NodePanel::setModel(std::shared_ptr<const LoadedModel> model)
{
    m_model = std::move(model);
    showNode(kNoNode);
}

void NodePanel::showNode(NodeId id)
{
    m_node = kNoNode;
    const int index = (m_model && id != kNoNode) ? m_model->facts.indexOf(id) : -1;
    if (index < 0) {
        setHtml(QStringLiteral("<p style=\"color:gray\">%1</p>").arg(tr("Select a node to see its properties.")));
        return;
    }
    m_node = id;
    setHtml(html(m_model->facts.nodes[static_cast<std::size_t>(index)]));
}

void NodePanel::onAnchor(const QUrl &url)
{
    const QString target = QUrl::fromPercentEncoding(url.path().toLatin1());
    if (url.scheme() == QLatin1String("node"))
        Q_EMIT nodeRequested(target.toUInt());
    else if (url.scheme() == QLatin1String("tensor"))
        Q_EMIT tensorRequested(target, m_node);
    else if (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"))
        QDesktopServices::openUrl(url); // the documentation's links (the onnx docs)
}

namespace {

// A one-paragraph description inline after its item's name, not on a line of its own.
QString inlineDoc(const QString &markdown)
{
    QString html = docMarkdownToHtml(markdown).trimmed();
    if (html.startsWith(QLatin1String("<p")) && html.count(QLatin1String("<p")) == 1 && html.endsWith(QLatin1String("</p>")))
        html = html.mid(html.indexOf(u'>') + 1).chopped(4);
    return html;
}

} // namespace

QString NodePanel::html(const NodeEntry &entry) const
{
    const OnnxModel &model = *m_model->model;
    const ModelFacts &facts = m_model->facts;
    const onnx::NodeProto &node = *entry.node;
    const QString domain = domainName(node.domain());
    const auto chain = scopeChain(facts, entry);

    QString h = QStringLiteral("<h3>%1</h3>").arg(esc(node.op_type()));
    h += QStringLiteral("<table cellspacing=\"2\">");
    auto row = [&h](const QString &key, const QString &value) {
        h += QStringLiteral("<tr><td style=\"color:gray\">%1&nbsp;</td><td>%2</td></tr>").arg(esc(key), value);
    };
    row(tr("Name"), node.name().empty() ? tr("(unnamed)") : esc(node.name()));
    row(tr("Type"), esc(node.op_type()));
    row(tr("Domain"), esc(domain));
    if (entry.depth > 0) {
        const NodeEntry &parent = facts.nodes[static_cast<std::size_t>(entry.parent)];
        row(tr("Graph"), tr("subgraph “%1” of %2").arg(esc(entry.graph->name()), nodeLink(model, *parent.node)));
    }
    if (entry.paramCount)
        row(tr("Parameters"), QLocale().toString(static_cast<qlonglong>(entry.paramCount)));
    if (!node.doc_string().empty())
        row(tr("Description"), esc(node.doc_string()));
    h += QStringLiteral("</table>");

    const auto opset = facts.opsetImports.find(domain);
    const std::optional<OperatorDoc> doc =
            opset == facts.opsetImports.end() ? std::nullopt : operatorDoc(qs(node.op_type()), domain, opset->second);

    if (node.attribute_size()) {
        h += QStringLiteral("<h4>%1</h4><table cellspacing=\"2\">").arg(tr("Attributes"));
        for (const auto &a : node.attribute()) {
            QString value = attributeHtml(a);
            if (a.type() == onnx::AttributeProto::TENSOR && node.op_type() == "Constant" && node.output_size())
                value += QStringLiteral(" ") + link(QStringLiteral("tensor"), qs(node.output(0)), tr("values…"));
            h += QStringLiteral("<tr><td><b>%1</b>&nbsp;</td><td style=\"color:gray\">%2&nbsp;</td><td>%3</td></tr>")
                         .arg(esc(a.name()), attributeTypeText(a), value);
        }
        h += QStringLiteral("</table>");
    }

    // Where a value comes from, seen from this node's graph outwards.
    auto origin = [&](const std::string &name) -> QString {
        for (const onnx::GraphProto *g : chain) {
            for (const auto &n : g->node())
                for (const auto &o : n.output())
                    if (o == name)
                        return tr("from %1").arg(nodeLink(model, n));
            for (const auto &t : g->initializer())
                if (t.name() == name)
                    return tr("initializer %1").arg(link(QStringLiteral("tensor"), qs(name), tr("values…")));
            for (const auto &in : g->input())
                if (in.name() == name)
                    return g == &model.proto().graph() ? tr("graph input") : tr("subgraph input");
        }
        return QStringLiteral("<span style=\"color:#b00\">%1</span>").arg(tr("undefined"));
    };
    auto consumers = [&](const std::string &name) -> QString {
        QStringList to;
        for (const auto &n : entry.graph->node())
            for (const auto &in : n.input())
                if (in == name) {
                    to << nodeLink(model, n);
                    break;
                }
        for (const auto &out : entry.graph->output())
            if (out.name() == name)
                to << (entry.depth == 0 ? tr("graph output") : tr("subgraph output"));
        return to.isEmpty() ? tr("unused") : tr("to %1").arg(to.join(QStringLiteral(", ")));
    };
    auto typeOf = [&](const std::string &name) {
        if (const onnx::TypeProto *t = facts.typeOf(name))
            return esc(typeText(*t));
        // Shape inference lists no initializers: their type is in the tensor itself.
        for (const onnx::GraphProto *g : chain)
            for (const auto &t : g->initializer())
                if (t.name() == name)
                    return esc(tensorSummary(t));
        return QStringLiteral("<span style=\"color:gray\">?</span>");
    };
    auto section = [&](const QString &title, const auto &names, const QList<OperatorDoc::Item> *items, bool inputs) {
        if (names.empty())
            return;
        h += QStringLiteral("<h4>%1</h4><table cellspacing=\"2\">").arg(title);
        int i = 0;
        for (const auto &name : names) {
            QString slot;
            if (items && !items->isEmpty()) // variadic: the last formal name repeats
                slot = (*items)[std::min<int>(i, int(items->size()) - 1)].name;
            ++i;
            if (name.empty()) {
                h += QStringLiteral("<tr><td>%1&nbsp;</td><td colspan=\"2\" style=\"color:gray\">%2</td></tr>")
                             .arg(esc(slot), tr("(omitted)"));
                continue;
            }
            h += QStringLiteral("<tr><td style=\"color:gray\">%1&nbsp;</td><td><b>%2</b></td><td>%3</td></tr>"
                                "<tr><td></td><td colspan=\"2\">%4</td></tr>")
                         .arg(esc(slot), esc(name), typeOf(name), inputs ? origin(name) : consumers(name));
        }
        h += QStringLiteral("</table>");
    };
    section(tr("Inputs"), node.input(), doc ? &doc->inputs : nullptr, true);
    section(tr("Outputs"), node.output(), doc ? &doc->outputs : nullptr, false);

    h += QStringLiteral("<h4>%1</h4>").arg(tr("Documentation"));
    if (!doc) {
        h += QStringLiteral("<p style=\"color:gray\">%1</p>")
                     .arg(tr("No schema for %1 in domain %2 at this opset: it is a custom operator, or newer than "
                             "libonnx knows.")
                                  .arg(esc(node.op_type()), esc(domain)));
        return h;
    }
    h += QStringLiteral("<p style=\"color:gray\">%1</p>")
                 .arg(tr("%1 version %2 (opset %3 of %4)")
                              .arg(esc(doc->opType))
                              .arg(doc->sinceVersion)
                              .arg(opset->second)
                              .arg(esc(domain)));
    // The schemas' Markdown, rendered (links to the onnx docs open in the browser).
    h += docMarkdownToHtml(doc->summary);
    auto items = [&](const QString &title, const QList<OperatorDoc::Item> &list) {
        if (list.isEmpty())
            return;
        h += QStringLiteral("<p><b>%1</b></p><ul>").arg(title);
        for (const auto &it : list)
            h += QStringLiteral("<li><b>%1</b> <span style=\"color:gray\">%2%3</span>: %4</li>")
                         .arg(esc(it.name), esc(it.type), it.optional ? tr(", optional") : QString(), inlineDoc(it.description));
        h += QStringLiteral("</ul>");
    };
    items(tr("Attributes"), doc->attributes);
    items(tr("Inputs"), doc->inputs);
    items(tr("Outputs"), doc->outputs);
    return h;
}

} // namespace ml
