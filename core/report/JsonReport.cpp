// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonReport.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace ml {
namespace {

QString presenceId(LayerDelta::Presence p)
{
    switch (p) {
    case LayerDelta::Presence::Added:
        return u"added"_s;
    case LayerDelta::Presence::Removed:
        return u"removed"_s;
    case LayerDelta::Presence::Both:
        break;
    }
    return u"both"_s;
}

QJsonArray numbers(const std::vector<double> &values)
{
    QJsonArray a;
    for (double v : values)
        a.append(v);
    return a;
}

} // namespace

QJsonObject JsonReport::modelJson(const ReportModel &m)
{
    QJsonObject ops;
    for (const auto &[op, count] : m.opTypeCounts)
        ops.insert(op, count);
    QJsonObject metadata;
    for (const auto &[k, v] : m.metadata)
        metadata.insert(k, v);
    return QJsonObject{{u"graph_stored"_s, m.graphStored},
                       {u"name"_s, m.name},
                       {u"file_name"_s, m.fileName},
                       {u"sha256"_s, m.sha256},
                       {u"label"_s, m.label},
                       {u"producer"_s, m.producer},
                       {u"doc_string"_s, m.docString},
                       {u"size_bytes"_s, double(m.sizeBytes)},
                       {u"node_count"_s, m.nodeCount},
                       {u"opsets"_s, m.opsets},
                       {u"op_types"_s, ops},
                       {u"inputs"_s, QJsonArray::fromStringList(m.inputs)},
                       {u"outputs"_s, QJsonArray::fromStringList(m.outputs)},
                       {u"metadata"_s, metadata}};
}

QJsonObject JsonReport::comparisonJson(const ReportComparison &c)
{
    QJsonArray differences;
    for (const ReportDifference &d : c.differences)
        differences.append(QJsonObject{{u"what"_s, d.what}, {u"key"_s, d.key}, {u"a"_s, d.a}, {u"b"_s, d.b}});
    QJsonArray layers;
    for (const LayerDelta &l : c.layers) {
        QJsonObject o{{u"node"_s, l.node}, {u"op_type"_s, l.opType}, {u"presence"_s, presenceId(l.presence)},
                      {u"a_ms"_s, l.a},    {u"b_ms"_s, l.b},         {u"delta_ms"_s, l.delta()}};
        if (l.verdict)
            o.insert(u"verdict"_s, l.verdict->toJson());
        layers.append(o);
    }
    QJsonObject o{{u"baseline"_s, c.baselineId},
                  {u"candidate"_s, c.candidateId},
                  {u"headline"_s, c.headline()},
                  {u"differences"_s, differences},
                  {u"layers"_s, layers}};
    if (c.median)
        o.insert(u"median"_s, c.median->toJson());
    else
        o.insert(u"median_error"_s, c.medianError);
    if (c.p99)
        o.insert(u"p99"_s, c.p99->toJson());
    else
        o.insert(u"p99_error"_s, c.p99Error);
    if (!c.layersError.isEmpty())
        o.insert(u"layers_error"_s, c.layersError);
    return o;
}

QJsonObject JsonReport::toJson(const Report &report)
{
    QJsonArray runs;
    for (const ReportRun &r : report.runs) {
        QJsonArray rounds;
        for (const RunRound &round : r.run.rounds)
            rounds.append(QJsonObject{{u"latencies_ms"_s, numbers(round.latenciesMs)},
                                      {u"layer_means_ms"_s, numbers(round.layerMeansMs)}});
        runs.append(QJsonObject{{u"summary"_s, r.run.summary.toJson()},
                                {u"settings"_s, r.run.settings},
                                {u"machine"_s, r.run.machine},
                                {u"source_files"_s, QJsonArray::fromStringList(r.run.sourceFiles)},
                                {u"model"_s, modelJson(r.model)},
                                {u"result"_s, r.run.result.toJson()},
                                {u"rounds"_s, rounds}});
    }
    QJsonArray comparisons;
    for (const ReportComparison &c : report.comparisons)
        comparisons.append(comparisonJson(c));
    return QJsonObject{{u"format"_s, u"modellens-report"_s},
                       {u"version"_s, 1},
                       {u"kind"_s, report.isComparison() ? u"comparison"_s : u"run"_s},
                       {u"title"_s, report.title()},
                       {u"generated_at"_s, report.generatedAt.toString(Qt::ISODate)},
                       {u"generator"_s, report.generator},
                       {u"runs"_s, runs},
                       {u"comparisons"_s, comparisons}};
}

QByteArray JsonReport::write(const Report &report) { return QJsonDocument(toJson(report)).toJson(QJsonDocument::Indented); }

} // namespace ml
