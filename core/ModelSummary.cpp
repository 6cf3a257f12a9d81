// SPDX-License-Identifier: GPL-3.0-or-later
#include "ModelSummary.h"

#include "ModelFacts.h"
#include "OnnxModel.h"
#include "TypeText.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>
#include <QStringList>
#include <QTextStream>

#include <unordered_set>

namespace ml {
namespace {

QString tr(const char *text) { return QCoreApplication::translate("ModelSummary", text); }
QString qs(const std::string &s) { return QString::fromStdString(s); }

// Graph inputs that are not initializers (older exporters list weights as inputs too).
std::vector<const onnx::ValueInfoProto *> realInputs(const onnx::GraphProto &g)
{
    std::unordered_set<std::string> inits;
    for (const auto &t : g.initializer())
        inits.insert(t.name());
    std::vector<const onnx::ValueInfoProto *> out;
    for (const auto &v : g.input())
        if (!inits.count(v.name()))
            out.push_back(&v);
    return out;
}

QString producerText(const onnx::ModelProto &m)
{
    QString s = qs(m.producer_name());
    if (!m.producer_version().empty())
        s += (s.isEmpty() ? QString() : QStringLiteral(" ")) + qs(m.producer_version());
    return s;
}

QJsonArray valueArray(const std::vector<const onnx::ValueInfoProto *> &values)
{
    QJsonArray a;
    for (const auto *v : values)
        a.append(QJsonObject{{QStringLiteral("name"), qs(v->name())}, {QStringLiteral("type"), typeText(v->type())}});
    return a;
}

void addDynamicDims(QJsonArray &out, const std::vector<const onnx::ValueInfoProto *> &values)
{
    for (const auto *v : values) {
        if (!v->type().has_tensor_type() || !v->type().tensor_type().has_shape())
            continue;
        const auto &dims = v->type().tensor_type().shape().dim();
        for (int i = 0; i < dims.size(); ++i)
            if (!dims[i].has_dim_value())
                out.append(
                        QString(qs(v->name()) + QLatin1Char('[') + QString::number(i) + QStringLiteral("]=") + dimText(dims[i])));
    }
}

std::vector<const onnx::ValueInfoProto *> outputsOf(const onnx::GraphProto &g)
{
    std::vector<const onnx::ValueInfoProto *> out;
    for (const auto &v : g.output())
        out.push_back(&v);
    return out;
}

} // namespace

QJsonObject inspectJson(const OnnxModel &model, const ModelFacts &facts)
{
    const auto &m = model.proto();
    const auto &g = m.graph();
    QJsonObject o;
    o[QStringLiteral("path")] = model.path();
    o[QStringLiteral("file_bytes")] = static_cast<qint64>(model.fileBytes());
    o[QStringLiteral("external_bytes")] = static_cast<qint64>(model.externalBytes());
    o[QStringLiteral("ir_version")] = static_cast<qint64>(m.ir_version());
    QJsonObject opsets;
    for (const auto &[domain, version] : facts.opsetImports)
        opsets[domain] = version;
    o[QStringLiteral("opset_import")] = opsets;
    o[QStringLiteral("producer")] = producerText(m);
    o[QStringLiteral("graph_name")] = qs(g.name());
    o[QStringLiteral("nodes_top")] = facts.nodesTop;
    o[QStringLiteral("nodes_total")] = static_cast<int>(facts.nodes.size());
    o[QStringLiteral("subgraph_count")] = facts.subgraphCount;
    o[QStringLiteral("subgraph_max_depth")] = facts.subgraphMaxDepth;
    o[QStringLiteral("initializers_top")] = facts.initializersTop;
    o[QStringLiteral("initializers_total")] = facts.initializersTotal;
    o[QStringLiteral("sparse_initializers")] = facts.sparseInitializers;
    o[QStringLiteral("param_count")] = static_cast<qint64>(facts.paramCount);
    o[QStringLiteral("constant_node_elements")] = static_cast<qint64>(facts.constantNodeElements);
    QJsonObject ops;
    for (const auto &[op, count] : facts.opTypes)
        ops[op] = count;
    o[QStringLiteral("op_types")] = ops;
    o[QStringLiteral("distinct_op_types")] = static_cast<int>(facts.opTypes.size());
    const auto inputs = realInputs(g);
    const auto outputs = outputsOf(g);
    o[QStringLiteral("inputs")] = valueArray(inputs);
    o[QStringLiteral("outputs")] = valueArray(outputs);
    QJsonArray dynamic;
    addDynamicDims(dynamic, inputs);
    addDynamicDims(dynamic, outputs);
    o[QStringLiteral("dynamic_dims")] = dynamic;
    o[QStringLiteral("checker_ok")] = facts.checkerOk;
    o[QStringLiteral("shape_inference_ok")] = facts.shapeInferenceOk;
    QJsonArray problems;
    for (const auto &p : facts.problems)
        problems.append(QJsonObject{{QStringLiteral("severity"), severityName(p.severity)},
                                    {QStringLiteral("node"), p.node},
                                    {QStringLiteral("message"), p.message}});
    o[QStringLiteral("problems")] = problems;
    return o;
}

QString inspectText(const OnnxModel &model, const ModelFacts &facts)
{
    const auto &m = model.proto();
    const auto &g = m.graph();
    const QLocale locale;
    QString text;
    QTextStream s(&text);
    s << model.path() << '\n';
    s << tr("  file: %1 bytes").arg(locale.toString(static_cast<qulonglong>(model.fileBytes())));
    if (model.externalBytes())
        s << tr(", external data: %1 bytes").arg(locale.toString(static_cast<qulonglong>(model.externalBytes())));
    s << '\n';
    QStringList opsets;
    for (const auto &[domain, version] : facts.opsetImports)
        opsets << domain + QLatin1Char(' ') + QString::number(version);
    s << tr("  IR version %1, opsets: %2").arg(m.ir_version()).arg(opsets.join(QStringLiteral(", "))) << '\n';
    const QString producer = producerText(m);
    s << tr("  producer: %1, graph: %2").arg(producer.isEmpty() ? tr("(none)") : producer, qs(g.name())) << '\n';
    s << tr("inputs:") << '\n';
    for (const auto *v : realInputs(g))
        s << "  " << qs(v->name()) << "  " << typeText(v->type()) << '\n';
    s << tr("outputs:") << '\n';
    for (const auto &v : g.output())
        s << "  " << qs(v.name()) << "  " << typeText(v.type()) << '\n';
    s << tr("nodes: %1 in the main graph, %2 in all; %3 subgraphs (depth %4)")
                    .arg(facts.nodesTop)
                    .arg(facts.nodes.size())
                    .arg(facts.subgraphCount)
                    .arg(facts.subgraphMaxDepth)
      << '\n';
    s << tr("parameters: %1 in %2 initializers; %3 elements in Constant nodes")
                    .arg(locale.toString(static_cast<qlonglong>(facts.paramCount)))
                    .arg(facts.initializersTotal)
                    .arg(locale.toString(static_cast<qlonglong>(facts.constantNodeElements)))
      << '\n';
    std::vector<std::pair<int, QString>> ops;
    for (const auto &[op, count] : facts.opTypes)
        ops.emplace_back(count, op);
    std::stable_sort(ops.begin(), ops.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    s << tr("operators (%1 kinds):").arg(ops.size()) << '\n';
    for (const auto &[count, op] : ops)
        s << QStringLiteral("  %1  %2").arg(count, 6).arg(op) << '\n';
    if (facts.problems.empty()) {
        s << tr("problems: none (checker passed)") << '\n';
    } else {
        s << tr("problems: %1").arg(facts.problems.size()) << '\n';
        for (const auto &p : facts.problems) {
            s << "  " << severityName(p.severity) << ": ";
            if (!p.node.isEmpty())
                s << p.node << ": ";
            s << QString(p.message).replace(QLatin1Char('\n'), QLatin1Char(' ')) << '\n';
        }
    }
    return text;
}

} // namespace ml
