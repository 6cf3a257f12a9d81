// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonReport.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace ml {

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
    // What `modellens-cli compare --json` prints for the pair, with the report's own fields.
    QJsonObject o = c.result ? c.result->toJson() : QJsonObject{};
    if (!c.result) {
        QJsonArray differences;
        for (const RunDifference &d : c.differences)
            differences.append(d.toJson());
        o.insert(u"differences"_s, differences);
        o.insert(u"layers"_s, QJsonArray());
        o.insert(u"error"_s, c.error);
    }
    o.insert(u"baseline"_s, c.baselineId);
    o.insert(u"candidate"_s, c.candidateId);
    o.insert(u"headline"_s, c.headline());
    return o;
}

QJsonObject JsonReport::toJson(const Report &report)
{
    QJsonArray runs;
    for (const ReportRun &r : report.runs) {
        QJsonArray rounds;
        for (const RunRound &round : r.run.rounds)
            rounds.append(round.toJson());
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
    QJsonObject o{{u"format"_s, u"modellens-report"_s},
                  {u"version"_s, 1},
                  {u"kind"_s, report.isComparison() ? u"comparison"_s : u"run"_s},
                  {u"title"_s, report.title()},
                  {u"generated_at"_s, report.generatedAt.toString(Qt::ISODate)},
                  {u"generator"_s, report.generator},
                  {u"runs"_s, runs},
                  {u"comparisons"_s, comparisons}};
    if (report.trend)
        o.insert(u"trend"_s, report.trend->toJson());
    return o;
}

QByteArray JsonReport::write(const Report &report) { return QJsonDocument(toJson(report)).toJson(QJsonDocument::Indented); }

} // namespace ml
