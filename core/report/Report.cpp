// SPDX-License-Identifier: GPL-3.0-or-later
#include "Report.h"

#include "CsvReport.h"
#include "HistoryStore.h"
#include "HtmlReport.h"
#include "JsonReport.h"
#include "MarkdownReport.h"
#include "ModelIdentity.h"
#include "TypeText.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <algorithm>
#include <set>

#include <onnx/onnx_pb.h>

using namespace Qt::StringLiterals;

namespace ml {
namespace {

QString tr(const char *text) { return QCoreApplication::translate("Report", text); }
QString qs(const std::string &s) { return QString::fromStdString(s); }

} // namespace

QString Report::title() const
{
    if (runs.empty())
        return u"ModelLens report"_s;
    const ReportRun &first = runs.front();
    const QString model = first.run.summary.modelName.isEmpty() ? u"(no model)"_s : first.run.summary.modelName;
    if (!isComparison())
        return u"ModelLens run %1 of %2"_s.arg(first.run.summary.id, model);
    QStringList ids;
    for (const ReportRun &r : runs)
        ids << r.run.summary.id;
    return u"ModelLens comparison %1 (%2)"_s.arg(ids.join(u" vs "_s), model);
}

std::optional<ReportFormat> parseReportFormat(const QString &name)
{
    const QString n = name.toLower();
    if (n == u"html" || n == u"htm")
        return ReportFormat::Html;
    if (n == u"md" || n == u"markdown")
        return ReportFormat::Markdown;
    if (n == u"csv")
        return ReportFormat::Csv;
    if (n == u"json")
        return ReportFormat::Json;
    return std::nullopt;
}

std::optional<ReportFormat> reportFormatOfPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix();
    return suffix.isEmpty() ? std::nullopt : parseReportFormat(suffix);
}

void describeGraph(const onnx::ModelProto &graph, ReportModel &model)
{
    model.graphStored = true;
    model.producer = qs(graph.producer_name() + (graph.producer_version().empty() ? "" : " " + graph.producer_version()));
    model.docString = qs(graph.doc_string());
    for (const auto &p : graph.metadata_props())
        model.metadata.emplace_back(qs(p.key()), qs(p.value()));
    const auto &g = graph.graph();
    for (const auto &node : g.node())
        ++model.opTypeCounts[qs(node.domain().empty() ? node.op_type() : node.domain() + "::" + node.op_type())];
    std::set<std::string> initializers;
    for (const auto &t : g.initializer())
        initializers.insert(t.name());
    for (const auto &v : g.input())
        if (!initializers.count(v.name()))
            model.inputs << qs(v.name()) + u": "_s + typeText(v.type());
    for (const auto &v : g.output())
        model.outputs << qs(v.name()) + u": "_s + typeText(v.type());
}

namespace {

// The series of `run` up to it, or nothing when it has no other run (or cannot be read: a
// report without its trend is still a report).
std::optional<TrendSeries> trendOf(const HistoryStore &store, const RunSummary &run)
{
    if (run.status != RunStatus::Completed || run.modelPath.isEmpty())
        return std::nullopt;
    RunFilter filter;
    filter.model = run.modelPath;
    filter.machine = run.machineFingerprint;
    filter.settingsHash = run.settingsHash;
    filter.status = RunStatus::Completed;
    filter.until = run.startedAt.addMSecs(1);
    filter.limit = 0;
    filter.descending = false;
    auto rounds = store.listRounds(filter);
    if (!rounds)
        return std::nullopt;
    auto trend = buildTrend(rounds.value());
    if (!trend)
        return std::nullopt;
    for (TrendSeries &series : trend.value()) {
        if (series.modelId != run.modelId || series.points.size() < 2)
            continue;
        const bool has =
                std::any_of(series.points.begin(), series.points.end(), [&](const TrendPoint &p) { return p.run.id == run.id; });
        if (!has)
            continue;
        if (series.points.size() > Report::kMaxTrendPoints)
            series.points.erase(series.points.begin(), series.points.end() - std::ptrdiff_t(Report::kMaxTrendPoints));
        return std::move(series);
    }
    return std::nullopt;
}

} // namespace

Result<Report> loadReport(const HistoryStore &store, const QStringList &references)
{
    Report report;
    report.generatedAt = QDateTime::currentDateTimeUtc();
    report.generator = u"ModelLens "_s + QCoreApplication::applicationVersion();
    if (references.isEmpty())
        return makeError(tr("no run to report on"), ErrorCode::InvalidSettings);
    for (const QString &reference : references) {
        auto loaded = store.loadRun(reference);
        if (!loaded)
            return makeError(tr("run %1: %2").arg(reference, loaded.errorMessage()), loaded.errorCode());
        ReportRun r;
        r.run = std::move(loaded.value());
        const RunSummary &s = r.run.summary;
        r.model.name = s.modelName;
        r.model.sha256 = s.versionSha256;
        r.model.label = s.versionLabel;
        if (s.versionId != 0) {
            if (auto v = store.version(s.versionId)) {
                r.version = v.value();
                r.model.fileName = v->fileName;
                r.model.sizeBytes = v->sizeBytes;
                r.model.nodeCount = v->nodeCount;
                r.model.opsets = v->opsets;
                r.model.producer = v->producer;
            }
            // A version whose graph cannot be read still gives a report, without the picture.
            if (auto bytes = store.versionGraph(s.versionId); bytes && !bytes->isEmpty()) {
                if (auto proto = ModelIdentity::readGraph(bytes.value())) {
                    auto graph = std::make_shared<onnx::ModelProto>(std::move(proto.value()));
                    describeGraph(*graph, r.model);
                    r.graph = std::move(graph);
                }
            }
        }
        report.runs.push_back(std::move(r));
    }
    const ReportRun &base = report.runs.front();
    for (std::size_t i = 1; i < report.runs.size(); ++i) {
        const ReportRun &cand = report.runs[i];
        report.comparisons.push_back(compareForReport(base.run, cand.run));
    }
    report.trend = trendOf(store, report.runs.back().run.summary);
    return report;
}

QByteArray writeReport(const Report &report, ReportFormat format)
{
    switch (format) {
    case ReportFormat::Html:
        return HtmlReport::write(report).toUtf8();
    case ReportFormat::Markdown:
        return MarkdownReport::write(report).toUtf8();
    case ReportFormat::Csv:
        return CsvReport::write(report).toUtf8();
    case ReportFormat::Json:
        return JsonReport::write(report);
    }
    return {};
}

} // namespace ml
