// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Reports (core/report): what ModelLens writes about a stored run, or a comparison of stored
// runs, for people and other tools: one self-contained HTML file (HtmlReport), Markdown for
// a pull request (MarkdownReport), CSV of the per-layer rows (CsvReport) and JSON of
// everything (JsonReport). This header holds the value every writer reads: a Report, loaded
// from the history by loadReport() (the model's graph from the stored weight-stripped copy,
// so reports work after the model file is gone). No Widgets and no GUI thread: the CLI
// writes reports, and the GUI runs the writers as jobs. Every string from a model or a user
// is escaped for its format (ReportEscape.h) by the writer that puts it there.

#include "ReportComparison.h"
#include "Result.h"
#include "RunQuery.h"
#include "Trend.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <map>
#include <memory>
#include <optional>
#include <vector>

namespace onnx {
class ModelProto;
}

namespace ml {

class HistoryStore;

// What a report says about the model a run ran, from the stored graph.
struct ReportModel {
    bool graphStored = false; // false: only the run's own fields are known
    QString name, fileName, sha256, label, producer, docString;
    qint64 sizeBytes = 0;
    int nodeCount = 0; // all graphs, as stored with the version
    QJsonObject opsets;
    std::map<QString, int> opTypeCounts; // main graph
    QStringList inputs, outputs;         // "name: float32[1,3,224,224]"
    std::vector<std::pair<QString, QString>> metadata;
};

struct ReportRun {
    StoredRun run;
    std::optional<StoredVersion> version;
    std::shared_ptr<const onnx::ModelProto> graph; // the weight-stripped copy; null when none
    ReportModel model;
};

struct Report {
    std::vector<ReportRun> runs;               // runs[0] is the baseline of a comparison
    std::vector<ReportComparison> comparisons; // comparisons[i]: runs[i + 1] against runs[0]
    // The series (core/history/Trend.h) of the last run: its model lineage on its machine with
    // its settings, up to that run (at most kMaxTrendPoints, the latest). Absent when the
    // series has that run alone.
    std::optional<TrendSeries> trend;
    static constexpr std::size_t kMaxTrendPoints = 200;
    QDateTime generatedAt; // UTC
    QString generator;     // "ModelLens 0.x"

    bool isComparison() const { return runs.size() > 1; }
    QString title() const;
};

enum class ReportFormat { Html, Markdown, Csv, Json };

// "html", "md", "csv", "json" (also "markdown", "htm"); nothing for anything else.
std::optional<ReportFormat> parseReportFormat(const QString &name);
// From a file name's suffix (.html .htm .md .markdown .csv .json).
std::optional<ReportFormat> reportFormatOfPath(const QString &path);

// Loads the runs named by `references` (ids, id prefixes, "last", "last~N") with their
// model versions and graphs, and compares each run after the first with the first. An error
// names the reference that does not resolve.
Result<Report> loadReport(const HistoryStore &store, const QStringList &references);

// Fills `model` from a stored graph (op types, inputs, outputs, doc string, metadata).
void describeGraph(const onnx::ModelProto &graph, ReportModel &model);

// The report in the given format, as UTF-8 bytes.
QByteArray writeReport(const Report &report, ReportFormat format);

} // namespace ml
