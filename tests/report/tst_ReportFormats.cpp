// SPDX-License-Identifier: GPL-3.0-or-later
// The four writers on runs recorded into a temporary history: what each shows, and that no
// injection string reaches a format unescaped.
#include "CsvReport.h"
#include "HtmlReport.h"
#include "JsonReport.h"
#include "MarkdownReport.h"
#include "Report.h"
#include "ReportEscape.h"
#include "ReportTestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <gtest/gtest.h>

using namespace ml;
using namespace ml::test;
using namespace Qt::StringLiterals;

namespace {

class ReportFormats : public ::testing::Test {
protected:
    void SetUp() override
    {
        history = test::makeReportHistory();
        ASSERT_TRUE(history->ok) << "could not record the runs";
    }
    Report load(const QStringList &refs)
    {
        auto r = loadReport(*history->store, refs);
        EXPECT_TRUE(r) << r.errorMessage().toStdString();
        return r ? std::move(r.value()) : Report();
    }
    std::unique_ptr<test::ReportHistory> history;
};

// No injection string with markup appears raw in `html`, and each appears escaped. The JSON
// data block may hold "<script" (harmless there), never "</".
void expectHtmlEscaped(QString html)
{
    const QString open = u"<script type=\"application/json\" id=\"modellens-data\">"_s;
    const qsizetype start = html.indexOf(open);
    ASSERT_GE(start, 0);
    const qsizetype end = html.indexOf(u"</script>"_s, start);
    ASSERT_GT(end, start);
    const QString data = html.mid(start + open.size(), end - start - open.size());
    EXPECT_FALSE(data.contains(u"</"_s));
    EXPECT_TRUE(data.contains(u"<\\/script>"_s)) << "the note's script end, escaped";
    EXPECT_FALSE(QJsonDocument::fromJson(data.toUtf8()).isNull()) << "valid JSON";
    html.remove(start + open.size(), end - start - open.size());
    for (const QString &s : test::injectionStrings()) {
        if (s.contains(u'<'))
            EXPECT_FALSE(html.contains(s)) << "raw in the HTML: " << s.toStdString();
    }
    EXPECT_TRUE(html.contains(escape::html(u"<script>alert(1)</script>"_s)));
    EXPECT_TRUE(html.contains(escape::html(u"<img src=x onerror=alert(2)>"_s)));
    EXPECT_EQ(html.count(u"<script"_s), 2) << "the data block and the sorting script, nothing else";
    EXPECT_EQ(html.count(u"</script>"_s), 2);
    EXPECT_EQ(html.count(u"<img"_s), 0);
}

TEST_F(ReportFormats, SingleRunHtml)
{
    const Report report = load({history->runA});
    ASSERT_EQ(report.runs.size(), 1u);
    EXPECT_TRUE(report.runs[0].model.graphStored);
    EXPECT_EQ(report.runs[0].model.opTypeCounts.at(u"Relu"_s), test::injectionStrings().size());
    const QString html = HtmlReport::write(report);
    EXPECT_TRUE(html.contains(u"<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src "
                              "'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">"_s));
    expectHtmlEscaped(html);
    EXPECT_GE(html.count(u"<svg"_s), 4) << "latency histogram, slowest layers, op types, graph";
    EXPECT_TRUE(html.contains(u"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"graph\""_s));
    EXPECT_TRUE(html.contains(u"All 12 operator nodes"_s));
    EXPECT_TRUE(html.contains(u"table class=\"sortable layers\""_s));
    EXPECT_FALSE(html.contains(u"src=\"http"_s)) << "nothing fetched";
}

TEST_F(ReportFormats, ReportWorksAfterTheModelFileIsGone)
{
    ASSERT_TRUE(QFile::remove(history->modelPath));
    const Report report = load({u"last~1"_s});
    ASSERT_EQ(report.runs.size(), 1u);
    EXPECT_EQ(report.runs[0].run.summary.id, history->runA);
    EXPECT_TRUE(report.runs[0].graph) << "from the stored weight-stripped copy";
    EXPECT_TRUE(HtmlReport::write(report).contains(u"class=\"graph\""_s));
}

TEST_F(ReportFormats, SingleRunMarkdown)
{
    const QString md = MarkdownReport::write(load({history->runA}));
    EXPECT_LT(md.size(), MarkdownReport::kMaxChars);
    EXPECT_TRUE(md.contains(u"**Latency:** median"_s));
    EXPECT_FALSE(md.contains(u"@someone"_s)) << "no mention";
    EXPECT_FALSE(md.contains(u"#123"_s)) << "no issue reference";
    static const QRegularExpression unescapedAngle(u"(?<!\\\\)<"_s);
    EXPECT_FALSE(md.contains(unescapedAngle)) << "no HTML in the Markdown";
    EXPECT_TRUE(md.contains(u"pipe\\|in\\|name"_s));
    EXPECT_TRUE(md.contains(u"tick\\`code\\`tick"_s));
    // Every table row has as many unescaped pipes as its header.
    static const QRegularExpression unescapedPipe(u"(?<!\\\\)\\|"_s);
    int columns = -1;
    for (const QString &line : md.split(u'\n')) {
        if (!line.startsWith(u'|')) {
            columns = -1;
            continue;
        }
        const int pipes = int(line.count(unescapedPipe));
        if (columns < 0)
            columns = pipes;
        EXPECT_EQ(pipes, columns) << line.toStdString();
    }
}

TEST_F(ReportFormats, SingleRunCsvAndJson)
{
    const Report report = load({history->runA});
    const QString csv = CsvReport::write(report);
    EXPECT_TRUE(csv.startsWith(u"run,node,graph,op_type,mean_ms"_s));
    EXPECT_TRUE(csv.contains(u",'=cmd(),"_s));
    EXPECT_TRUE(csv.contains(u",'+SUM(A1:A2),"_s));
    EXPECT_TRUE(csv.contains(u",'-1+2,"_s));
    EXPECT_TRUE(csv.contains(u",'@SUM(1),"_s));
    EXPECT_TRUE(csv.contains(u",\"line\nbreak, \"\"quoted\"\"\","_s));

    QJsonParseError error;
    const QJsonObject json = QJsonDocument::fromJson(JsonReport::write(report), &error).object();
    ASSERT_EQ(error.error, QJsonParseError::NoError);
    EXPECT_EQ(json.value(u"format"_s).toString(), u"modellens-report"_s);
    EXPECT_EQ(json.value(u"kind"_s).toString(), u"run"_s);
    const QJsonObject run = json.value(u"runs"_s).toArray().at(0).toObject();
    EXPECT_EQ(run.value(u"summary"_s).toObject().value(u"id"_s).toString(), history->runA);
    EXPECT_EQ(run.value(u"rounds"_s).toArray().size(), 5);
    EXPECT_EQ(run.value(u"result"_s).toObject().value(u"layers"_s).toArray().size(), 12);
    EXPECT_EQ(run.value(u"model"_s).toObject().value(u"doc_string"_s).toString(),
              u"<img src=x onerror=alert(2)> and </script><script>alert(4)</script>"_s)
            << "JSON keeps the text as it is; only its embedding in HTML escapes it";
}

TEST_F(ReportFormats, Comparison)
{
    const Report report = load({history->runA, history->runB});
    ASSERT_EQ(report.comparisons.size(), 1u);
    const ReportComparison &c = report.comparisons[0];
    ASSERT_TRUE(c.median()) << c.error.toStdString();
    EXPECT_EQ(c.median()->kind, Verdict::Slower) << c.median()->text().toStdString();
    EXPECT_EQ(c.median()->nA, 5) << "round medians are the samples";
    ASSERT_FALSE(c.layers().empty());
    EXPECT_EQ(c.layers()[0].node, u"<script>alert(1)</script>"_s) << "the layer made three times slower leads";
    bool threads = false;
    for (const RunDifference &d : c.differences)
        threads |= d.kind == RunDifference::Kind::Settings && d.what == u"setting intra_op_threads" && d.b == u"4";
    EXPECT_TRUE(threads);
    // The same verdict `modellens-cli compare` gives: one assembly of the comparison.
    auto same = compareStoredRuns(report.runs[0].run, report.runs[1].run);
    ASSERT_TRUE(same) << same.errorMessage().toStdString();
    EXPECT_EQ(c.median()->text(), same->median.text());
    EXPECT_EQ(c.layers().size(), same->layers.size());

    const QString html = HtmlReport::write(report);
    expectHtmlEscaped(html);
    EXPECT_TRUE(html.contains(u"<p class=\"verdict slower\">"_s));
    EXPECT_TRUE(html.contains(u"intra_op_threads"_s));
    EXPECT_TRUE(html.contains(u"change against the baseline"_s));

    const QString md = MarkdownReport::write(report);
    EXPECT_TRUE(md.contains(u"**Verdict:** "_s + history->runB + u" against "_s + history->runA + u": "_s));
    EXPECT_TRUE(md.contains(u"#### Top layer deltas"_s));
    EXPECT_TRUE(md.contains(u"| settings | setting intra\\_op\\_threads | 2 | 4 |"_s)) << md.toStdString();
    EXPECT_FALSE(md.contains(u"@someone"_s));

    const QStringList csv = CsvReport::write(report).split(u"\r\n"_s, Qt::SkipEmptyParts);
    EXPECT_TRUE(csv[0].startsWith(u"baseline,candidate,node,op_type,presence,a_ms,b_ms,delta_ms"_s));
    EXPECT_TRUE(csv[1].startsWith(history->runA + u',' + history->runB + u",<script>alert(1)</script>,Relu,both,"_s));
    EXPECT_TRUE(csv[1].endsWith(u",slower"_s)) << csv[1].toStdString();
}

TEST_F(ReportFormats, UnknownRunIsNamed)
{
    auto r = loadReport(*history->store, {history->runA, u"ffffffff"_s});
    ASSERT_FALSE(r);
    EXPECT_TRUE(r.errorMessage().contains(u"ffffffff"_s)) << r.errorMessage().toStdString();
}

TEST(ReportMarkdown, LongTablesAreTrimmedWithANote)
{
    Report report;
    ReportRun run;
    run.run.summary.id = u"abcdef12"_s;
    LayerReport layers;
    for (int i = 0; i < 5000; ++i) {
        LayerTiming l;
        l.node = u"/encoder/layer.%1/attention/self/query/MatMul_with_a_long_name_%2"_s.arg(i).arg(QString(80, u'x'));
        l.opType = u"MatMul"_s;
        l.meanMs = 1.0 / (1 + i);
        layers.layers.push_back(l);
    }
    layers.finish();
    run.run.result.layers = layers;
    report.runs.push_back(run);
    const QString md = MarkdownReport::write(report);
    EXPECT_LT(md.size(), MarkdownReport::kMaxChars);
    EXPECT_TRUE(md.contains(u"_Trimmed: showing the top 25 of 5000 layers"_s)) << md.left(2000).toStdString();
}

} // namespace

// A run with earlier runs of its series (same model, machine and settings) carries its trend:
// in HTML a chart with the regression marked, in JSON the series, in Markdown one line.
TEST_F(ReportFormats, TrendOfTheRunsSeries)
{
    EXPECT_FALSE(load({history->runA}).trend) << "A is the first of its series";
    const QStringList names = injectionStrings();
    const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(60);
    QStringList ids;
    for (int k = 0; k < 3; ++k) {
        // Two more runs like A, then one 30% slower: a regression at the last.
        RunRecord rec = chainRun(history->modelPath, names, k < 2 ? 2.0 : 2.6, 10 + unsigned(k), 5, 200);
        rec.startedAt = start.addSecs(k);
        auto id = history->store->recordRun(rec);
        ASSERT_TRUE(id) << id.errorMessage().toStdString();
        ids << id.value();
    }
    const Report report = load({ids.last()});
    ASSERT_TRUE(report.trend);
    const auto &points = report.trend->points;
    ASSERT_EQ(points.size(), 4u) << "A and the three runs; B has other settings";
    EXPECT_EQ(points.front().run.id, history->runA);
    EXPECT_EQ(points.back().run.id, ids.last());
    EXPECT_TRUE(points.back().regression);
    for (std::size_t i = 0; i + 1 < points.size(); ++i)
        EXPECT_FALSE(points[i].regression) << i;

    const QString html = HtmlReport::write(report);
    EXPECT_TRUE(html.contains(u"<h2>Trend</h2>"_s));
    EXPECT_TRUE(html.contains(u"Regressions at: "_s + ids.last()));
    EXPECT_EQ(html.count(u"<circle class=\"regression\""_s), 1);
    EXPECT_EQ(html.count(u"<circle class=\"point\""_s), 3);
    const QJsonObject json = JsonReport::toJson(report);
    EXPECT_EQ(json[u"trend"_s][u"runs"_s].toArray().size(), 4);
    EXPECT_TRUE(MarkdownReport::write(report).contains(u"**Trend:** 4 runs"_s));

    // A report on the second run stops there: what came later is not its trend.
    const Report earlier = load({ids[0]});
    ASSERT_TRUE(earlier.trend);
    EXPECT_EQ(earlier.trend->points.size(), 2u);
}
