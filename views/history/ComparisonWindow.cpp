// SPDX-License-Identifier: GPL-3.0-or-later
#include "ComparisonWindow.h"

#include "HistoryView.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QBoxPlotSeries>
#include <QBoxSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <map>

namespace ml {

namespace {

constexpr int kSortRole = Qt::UserRole + 1;

QString ms(double v) { return std::isfinite(v) ? QLocale().toString(v, 'f', std::abs(v) < 1 ? 4 : 3) : QStringLiteral("–"); }

QColor verdictColor(Verdict::Kind kind)
{
    switch (kind) {
    case Verdict::Faster:
        return QColor(0x1a, 0x7f, 0x37);
    case Verdict::Slower:
        return QColor(0xcf, 0x22, 0x2e);
    default:
        return QColor(0x57, 0x60, 0x6a);
    }
}

// Linear interpolation between order statistics (numpy's default).
double quantile(std::vector<double> v, double q)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const double pos = q * double(v.size() - 1);
    const auto lo = std::size_t(std::floor(pos));
    const auto hi = std::min(v.size() - 1, lo + 1);
    return v[lo] + (v[hi] - v[lo]) * (pos - double(lo));
}

QStandardItem *item(const QString &text, const QVariant &sortKey, bool right = false)
{
    auto *it = new QStandardItem(text);
    it->setData(sortKey, kSortRole);
    it->setEditable(false);
    if (right)
        it->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return it;
}

QChartView *chartView(const QString &title, QWidget *parent)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    auto *view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(220);
    return view;
}

void clearChart(QChart *chart)
{
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
}

QString runLabel(const RunSummary &s)
{
    return QStringLiteral("%1 (%2)").arg(s.id, s.versionLabel.isEmpty() ? s.versionSha256.left(8) : s.versionLabel);
}

} // namespace

ComparisonWindow::ComparisonWindow(HistoryClient *client, const QStringList &runs, QWidget *parent)
    : QWidget(parent, Qt::Window), m_client(client), m_runs(runs)
{
    setObjectName(QStringLiteral("comparisonWindow"));
    setWindowTitle(tr("Compare Runs: %1").arg(runs.join(QStringLiteral(", "))));
    resize(1200, 820);

    m_title = new QLabel(this);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    big.setBold(true);
    m_title->setFont(big);
    m_status = new QLabel(tr("Comparing…"), this);
    m_candidates = new QComboBox(this);
    m_candidates->setObjectName(QStringLiteral("candidate"));
    m_candidates->hide();
    connect(m_candidates, &QComboBox::currentIndexChanged, this, &ComparisonWindow::showCandidate);
    m_differences = new QLabel(this);
    m_differences->setObjectName(QStringLiteral("differences"));
    m_differences->setWordWrap(true);
    m_differences->setTextFormat(Qt::RichText);
    m_verdict = new QLabel(this);
    m_verdict->setObjectName(QStringLiteral("verdict"));
    m_verdict->setWordWrap(true);
    m_verdict->setTextFormat(Qt::RichText);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_stats = new QTableWidget(this);
    m_stats->setObjectName(QStringLiteral("statistics"));
    m_stats->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_stats->verticalHeader()->hide();
    m_stats->setMaximumHeight(130);

    m_histogram = chartView(tr("Latency of the iterations"), this);
    m_box = chartView(tr("Round medians"), this);
    m_deltas = chartView(tr("Largest per-layer changes (B − A, ms)"), this);
    auto *charts = new QSplitter(Qt::Horizontal, this);
    charts->addWidget(m_histogram);
    charts->addWidget(m_box);
    charts->setSizes({700, 400});

    m_layers = new QStandardItemModel(this);
    m_layers->setSortRole(kSortRole);
    m_layerTable = new QTableView(this);
    m_layerTable->setObjectName(QStringLiteral("layerDeltas"));
    m_layerTable->setModel(m_layers);
    m_layerTable->setSortingEnabled(true);
    m_layerTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_layerTable->verticalHeader()->hide();
    m_layerTable->horizontalHeader()->setStretchLastSection(true);
    connect(m_layerTable, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (!isReady())
            return;
        const QString node = m_layers->item(index.row(), 0)->text();
        Q_EMIT nodeRequested(m_compared.reports[std::size_t(m_candidate)].b.modelPath, node);
    });
    auto *layersTab = new QSplitter(Qt::Vertical, this);
    layersTab->addWidget(m_layerTable);
    layersTab->addWidget(m_deltas);

    m_opTypes = new QStandardItemModel(this);
    m_opTypes->setSortRole(kSortRole);
    auto *opTable = new QTableView(this);
    opTable->setObjectName(QStringLiteral("opTypeDeltas"));
    opTable->setModel(m_opTypes);
    opTable->setSortingEnabled(true);
    opTable->verticalHeader()->hide();
    opTable->horizontalHeader()->setStretchLastSection(true);

    m_tabs = new QTabWidget(this);
    m_tabs->addTab(charts, tr("Distributions"));
    m_tabs->addTab(layersTab, tr("Layers"));
    m_tabs->addTab(opTable, tr("By Operator"));

    auto *exportButton = new QPushButton(tr("E&xport Report…"), this);
    exportButton->setObjectName(QStringLiteral("exportReport"));
    connect(exportButton, &QPushButton::clicked, this, [this] { exportReport(); });
    auto *top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addWidget(m_candidates);
    top->addWidget(exportButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_status);
    layout->addWidget(m_differences);
    layout->addWidget(m_verdict);
    layout->addWidget(m_stats);
    layout->addWidget(m_tabs, 1);

    connect(m_client, &HistoryClient::compared, this, [this](quint64 job, const ComparedRuns &compared) {
        if (job == m_job)
            onCompared(compared);
    });
    connect(m_client, &HistoryClient::compareFailed, this, [this](quint64 job, const Error &error) {
        if (job != m_job)
            return;
        m_status->setText(error.message);
        Q_EMIT failed(error.message);
    });
    connect(m_client, &HistoryClient::reportWritten, this, [this](quint64 job, const QString &path, const Error &error) {
        if (job == m_reportJob)
            Q_EMIT reportWritten(path, error.message);
    });
    m_job = m_client->compare(runs);
}

void ComparisonWindow::exportReport(const QString &path)
{
    const QString file = path.isEmpty() ? HistoryView::askReportPath(this, tr("Export Comparison Report"),
                                                                     m_runs.join(QLatin1Char('-')) + QStringLiteral(".html"))
                                        : path;
    if (file.isEmpty())
        return;
    m_reportJob = m_client->writeReport(m_runs, file);
}

QChart *ComparisonWindow::histogramChart() const { return m_histogram->chart(); }
QChart *ComparisonWindow::boxChart() const { return m_box->chart(); }
QChart *ComparisonWindow::deltaChart() const { return m_deltas->chart(); }

QString ComparisonWindow::verdictText() const { return m_verdict->text(); }
QString ComparisonWindow::differencesText() const { return m_differences->text(); }

void ComparisonWindow::onCompared(const ComparedRuns &compared)
{
    m_compared = compared;
    m_status->hide();
    {
        const QSignalBlocker block(m_candidates);
        m_candidates->clear();
        for (const ComparisonReport &r : m_compared.reports)
            m_candidates->addItem(tr("B: %1").arg(runLabel(r.b)));
        m_candidates->setVisible(m_compared.reports.size() > 1);
    }
    showStatistics();
    showDistributions();
    showCandidate(0);
    Q_EMIT ready();
}

void ComparisonWindow::showCandidate(int index)
{
    if (index < 0 || std::size_t(index) >= m_compared.reports.size())
        return;
    m_candidate = index;
    const ComparisonReport &r = m_compared.reports[std::size_t(index)];
    m_title->setText(tr("%1: run %2 (A) against run %3 (B)").arg(r.b.modelName, r.a.id, r.b.id));

    // What differs, before any number.
    if (r.differences.empty()) {
        m_differences->setText(tr("Same model version, machine, engine and settings."));
    } else {
        QString html = QStringLiteral("<b>%1</b><table cellspacing='0' cellpadding='3'>")
                               .arg(tr("The runs differ in (read this first):").toHtmlEscaped());
        html += QStringLiteral("<tr><th align='left'></th><th align='left'>A</th><th align='left'>B</th></tr>");
        for (const RunDifference &d : r.differences)
            html += QStringLiteral("<tr style='background-color:#fff3cd'><td>%1</td><td>%2</td><td>%3</td></tr>")
                            .arg(d.what.toHtmlEscaped(), d.a.toHtmlEscaped(), d.b.toHtmlEscaped());
        m_differences->setText(html + QStringLiteral("</table>"));
    }

    const QString line = QStringLiteral("<span style='font-size:large;color:%1'><b>%2</b></span><br>%3 %4")
                                 .arg(verdictColor(r.median.kind).name(), tr("Median: %1").arg(r.median.text()).toHtmlEscaped(),
                                      QStringLiteral("<span style='color:%1'>").arg(verdictColor(r.p99.kind).name()),
                                      tr("p99: %1").arg(r.p99.text()).toHtmlEscaped() + QStringLiteral("</span>"));
    m_verdict->setText(line);
    showLayers(r);
}

void ComparisonWindow::showStatistics()
{
    const QStringList headers{tr("Run"),      tr("Started"),  tr("Version"),  tr("Rounds"),   tr("Iterations"),
                              tr("p50 (ms)"), tr("p90 (ms)"), tr("p99 (ms)"), tr("Mean (ms)")};
    m_stats->clear();
    m_stats->setColumnCount(int(headers.size()));
    m_stats->setHorizontalHeaderLabels(headers);
    m_stats->setRowCount(int(m_compared.runs.size()));
    for (int row = 0; row < int(m_compared.runs.size()); ++row) {
        const RunSummary &s = m_compared.runs[std::size_t(row)]->summary;
        const QStringList cells{(row == 0 ? QStringLiteral("A ") : QStringLiteral("B ")) + s.id,
                                QLocale().toString(s.startedAt.toLocalTime(), QLocale::ShortFormat),
                                s.versionLabel.isEmpty() ? s.versionSha256.left(8) : s.versionLabel,
                                QString::number(s.rounds),
                                QLocale().toString(s.iterations),
                                ms(s.medianMs),
                                ms(s.p90Ms),
                                ms(s.p99Ms),
                                ms(s.meanMs)};
        for (int c = 0; c < int(cells.size()); ++c) {
            auto *cell = new QTableWidgetItem(cells[c]);
            if (c >= 3)
                cell->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_stats->setItem(row, c, cell);
        }
    }
    m_stats->resizeColumnsToContents();
}

void ComparisonWindow::showDistributions()
{
    // Histograms of every run on common bins, as fractions of each run's iterations (runs
    // need not have as many), drawn as steps so that they overlay.
    QChart *chart = m_histogram->chart();
    clearChart(chart);
    double lo = INFINITY, hi = -INFINITY;
    for (const auto &run : m_compared.runs) {
        const auto &it = run->result.latenciesMs;
        if (it.empty())
            continue;
        lo = std::min(lo, quantile(it, 0.005));
        hi = std::max(hi, quantile(it, 0.995));
    }
    const int bins = 40;
    double top = 0;
    if (hi > lo) {
        const double width = (hi - lo) / bins;
        for (const auto &run : m_compared.runs) {
            std::vector<double> counts(bins, 0);
            const auto &it = run->result.latenciesMs;
            for (const double v : it)
                if (v >= lo && v <= hi)
                    counts[std::size_t(std::min(bins - 1, int((v - lo) / width)))] += 1;
            auto *series = new QLineSeries;
            series->setName(runLabel(run->summary));
            for (int b = 0; b < bins; ++b) {
                const double f = it.empty() ? 0 : counts[std::size_t(b)] / double(it.size());
                top = std::max(top, f);
                series->append(lo + b * width, f);
                series->append(lo + (b + 1) * width, f);
            }
            chart->addSeries(series);
        }
        auto *x = new QValueAxis;
        x->setTitleText(tr("latency (ms)"));
        x->setRange(lo, hi);
        auto *y = new QValueAxis;
        y->setTitleText(tr("share of iterations"));
        y->setRange(0, top * 1.1);
        chart->addAxis(x, Qt::AlignBottom);
        chart->addAxis(y, Qt::AlignLeft);
        for (QAbstractSeries *s : chart->series()) {
            s->attachAxis(x);
            s->attachAxis(y);
        }
    }

    // Round medians: the samples of the verdict.
    QChart *box = m_box->chart();
    clearChart(box);
    auto *series = new QBoxPlotSeries;
    double bLo = INFINITY, bHi = -INFINITY;
    for (std::size_t i = 0; i < m_compared.runs.size(); ++i) {
        const std::vector<double> medians =
                i == 0 ? m_compared.reports.front().roundMediansA : m_compared.reports[i - 1].roundMediansB;
        if (medians.empty())
            continue;
        auto *set = new QBoxSet(m_compared.runs[i]->summary.id);
        set->setValue(QBoxSet::LowerExtreme, quantile(medians, 0));
        set->setValue(QBoxSet::LowerQuartile, quantile(medians, 0.25));
        set->setValue(QBoxSet::Median, quantile(medians, 0.5));
        set->setValue(QBoxSet::UpperQuartile, quantile(medians, 0.75));
        set->setValue(QBoxSet::UpperExtreme, quantile(medians, 1));
        bLo = std::min(bLo, quantile(medians, 0));
        bHi = std::max(bHi, quantile(medians, 1));
        series->append(set);
    }
    series->setName(tr("round medians (ms)"));
    box->addSeries(series);
    box->createDefaultAxes();
    if (bHi > bLo)
        if (auto axes = box->axes(Qt::Vertical); !axes.isEmpty())
            axes.first()->setRange(bLo - (bHi - bLo) * 0.2, bHi + (bHi - bLo) * 0.2);
}

void ComparisonWindow::showLayers(const ComparisonReport &r)
{
    m_layers->clear();
    m_layers->setHorizontalHeaderLabels(
            {tr("Node"), tr("Op type"), tr("A (ms)"), tr("B (ms)"), tr("Δ (ms)"), tr("Δ %"), tr("Verdict")});
    std::map<QString, std::pair<double, double>> byOp;
    for (const LayerDelta &d : r.layers) {
        const double pct = d.a > 0 ? (d.b - d.a) / d.a * 100 : NAN;
        QString verdict = d.presence == LayerDelta::Presence::Added ? tr("only in B")
                : d.presence == LayerDelta::Presence::Removed       ? tr("only in A")
                : d.verdict                                         ? d.verdict->kindText()
                                                                    : QString();
        QList<QStandardItem *> row{
                item(d.node, d.node),
                item(d.opType, d.opType),
                item(ms(d.a), d.a, true),
                item(ms(d.b), d.b, true),
                item(ms(d.delta()), d.delta(), true),
                item(std::isfinite(pct) ? QLocale().toString(pct, 'f', 1) : QString(), std::isfinite(pct) ? pct : 0.0, true),
                item(verdict, verdict)};
        if (d.verdict) {
            row.last()->setForeground(verdictColor(d.verdict->kind));
            row.last()->setToolTip(d.verdict->text());
        }
        m_layers->appendRow(row);
        auto &op = byOp[d.opType];
        op.first += d.a;
        op.second += d.b;
    }
    m_layerTable->resizeColumnsToContents();

    m_opTypes->clear();
    m_opTypes->setHorizontalHeaderLabels({tr("Op type"), tr("A (ms)"), tr("B (ms)"), tr("Δ (ms)"), tr("Δ %")});
    for (const auto &[op, sums] : byOp) {
        const double pct = sums.first > 0 ? (sums.second - sums.first) / sums.first * 100 : 0;
        m_opTypes->appendRow({item(op, op), item(ms(sums.first), sums.first, true), item(ms(sums.second), sums.second, true),
                              item(ms(sums.second - sums.first), sums.second - sums.first, true),
                              item(QLocale().toString(pct, 'f', 1), pct, true)});
    }
    m_opTypes->sort(3, Qt::DescendingOrder);

    // The largest changes, largest at the top.
    QChart *chart = m_deltas->chart();
    clearChart(chart);
    std::vector<const LayerDelta *> top;
    for (const LayerDelta &d : r.layers)
        if (d.presence == LayerDelta::Presence::Both)
            top.push_back(&d);
    std::stable_sort(top.begin(), top.end(),
                     [](const LayerDelta *x, const LayerDelta *y) { return std::abs(x->delta()) > std::abs(y->delta()); });
    if (top.size() > 15)
        top.resize(15);
    if (top.empty())
        return;
    auto *set = new QBarSet(tr("Δ ms"));
    QStringList names;
    for (auto it = top.rbegin(); it != top.rend(); ++it) {
        *set << (*it)->delta();
        QString name = (*it)->node;
        names << (name.size() > 32 ? QStringLiteral("…") + name.right(31) : name);
    }
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    chart->addSeries(series);
    auto *y = new QBarCategoryAxis;
    y->append(names);
    auto *x = new QValueAxis;
    x->setTitleText(tr("B − A (ms)"));
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    series->attachAxis(y);
    chart->legend()->hide();
}

} // namespace ml
