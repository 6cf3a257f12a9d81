// SPDX-License-Identifier: GPL-3.0-or-later
#include "RunResultView.h"

#include "HistogramBarDelegate.h"
#include "LayerTableModel.h"
#include "OpTypeTableModel.h"
#include "OutputComparisonModel.h"
#include "OutputComparisonView.h"

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace ml {

namespace {

QString msText(double v) { return QLocale().toString(v, 'f', v < 1 ? 4 : 3); }

QTableView *makeTable(QWidget *parent, QSortFilterProxyModel *proxy, int barColumn, int barRole)
{
    auto *table = new QTableView(parent);
    table->setModel(proxy);
    table->setSortingEnabled(true);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setItemDelegateForColumn(barColumn, new HistogramBarDelegate(barRole, table));
    return table;
}

} // namespace

QStringList RunResultView::statisticKeys()
{
    return {QStringLiteral("min"),     QStringLiteral("max"),        QStringLiteral("mean"),  QStringLiteral("median"),
            QStringLiteral("p90"),     QStringLiteral("p95"),        QStringLiteral("p99"),   QStringLiteral("stddev"),
            QStringLiteral("cv"),      QStringLiteral("throughput"), QStringLiteral("build"), QStringLiteral("firstRun"),
            QStringLiteral("peakRss"), QStringLiteral("iterations")};
}

RunResultView::RunResultView(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *top = new QHBoxLayout;
    m_header = new QLabel(this);
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    top->addWidget(m_header, 1);
    m_openOptimized = new QPushButton(tr("Open Optimized Graph"), this);
    m_openOptimized->setObjectName(QStringLiteral("openOptimized"));
    m_openOptimized->setToolTip(tr("Open the graph ONNX Runtime ran, after its optimizations, in a tab of its own"));
    connect(m_openOptimized, &QPushButton::clicked, this, [this] {
        if (m_result && !m_result->optimizedModelPath.isEmpty())
            Q_EMIT openModelRequested(m_result->optimizedModelPath);
    });
    top->addWidget(m_openOptimized, 0, Qt::AlignTop);
    layout->addLayout(top);
    m_warnings = new QLabel(this);
    m_warnings->setObjectName(QStringLiteral("warnings"));
    m_warnings->setWordWrap(true);
    m_warnings->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_warnings->setStyleSheet(QStringLiteral("QLabel { background: #fff3cd; color: #6b4e00; padding: 4px; }"));
    m_warnings->hide();
    layout->addWidget(m_warnings);

    m_tabs = new QTabWidget(this);
    m_tabs->addTab(makeSummaryTab(), tr("Latency"));
    m_layersTab = makeLayersTab();
    m_tabs->addTab(m_layersTab, tr("Per layer"));
    m_opTypesTab = makeOpTypesTab();
    m_tabs->addTab(m_opTypesTab, tr("By operator"));
    m_comparison = new OutputComparisonView(this);
    m_outputsTab = m_comparison;
    m_tabs->addTab(m_outputsTab, tr("Outputs"));
    m_tabs->setTabToolTip(m_tabs->indexOf(m_outputsTab), tr("This run's outputs against the previous run's"));
    // The verdict on the tab too: a changed answer should not wait for the user to look.
    connect(m_comparison, &OutputComparisonView::comparisonChanged, this, [this] {
        const int tab = m_tabs->indexOf(m_outputsTab);
        if (!m_comparison->hasComparison())
            return m_tabs->setTabText(tab, tr("Outputs"));
        int differ = 0;
        for (const OutputDifference &d : m_comparison->model()->differences())
            differ += d.pass ? 0 : 1;
        m_tabs->setTabText(tab, differ == 0 ? tr("Outputs: same") : tr("Outputs: %n differ", nullptr, differ));
    });
    layout->addWidget(m_tabs, 1);
    clear();
}

QWidget *RunResultView::makeSummaryTab()
{
    auto *tab = new QWidget(this);
    auto *layout = new QVBoxLayout(tab);
    auto *grid = new QGridLayout;
    const QStringList names = {tr("Min"),   tr("Max"),       tr("Mean"),        tr("Median"),    tr("p90"),
                               tr("p95"),   tr("p99"),       tr("Std. dev."),   tr("CV"),        tr("Throughput"),
                               tr("Build"), tr("First run"), tr("Peak memory"), tr("Iterations")};
    const QStringList keys = statisticKeys();
    constexpr int kPerColumn = 5; // three columns of name/value pairs fit a bottom dock
    for (int i = 0; i < keys.size(); ++i) {
        auto *name = new QLabel(names.value(i) + QLatin1Char(':'), tab);
        auto *value = new QLabel(tab);
        value->setObjectName(QStringLiteral("stat.") + keys[i]);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        grid->addWidget(name, i % kPerColumn, (i / kPerColumn) * 2);
        grid->addWidget(value, i % kPerColumn, (i / kPerColumn) * 2 + 1);
        m_stats.insert(keys[i], value);
    }
    grid->setColumnStretch(grid->columnCount(), 1);
    layout->addLayout(grid);

    m_chart = new QChart;
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chartView = new QChartView(m_chart, tab); // owns the chart
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(180);
    layout->addWidget(m_chartView, 1);
    return tab;
}

QWidget *RunResultView::makeLayersTab()
{
    auto *tab = new QWidget(this);
    auto *layout = new QVBoxLayout(tab);
    m_gap = new QLabel(tab);
    m_gap->setObjectName(QStringLiteral("layerGap"));
    m_gap->setWordWrap(true);
    m_gap->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_gap);
    m_filter = new QLineEdit(tab);
    m_filter->setPlaceholderText(tr("Filter by node, operator or kernel"));
    m_filter->setClearButtonEnabled(true);
    layout->addWidget(m_filter);

    m_layers = new LayerTableModel(this);
    m_layerProxy = new QSortFilterProxyModel(this);
    m_layerProxy->setSourceModel(m_layers);
    m_layerProxy->setSortRole(LayerTableModel::SortRole);
    m_layerProxy->setFilterKeyColumn(-1);
    m_layerProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    connect(m_filter, &QLineEdit::textChanged, m_layerProxy, &QSortFilterProxyModel::setFilterFixedString);
    m_layerTable = makeTable(tab, m_layerProxy, LayerTableModel::ShareColumn, LayerTableModel::BarRole);
    m_layerTable->setObjectName(QStringLiteral("layerTable"));
    connect(m_layerTable, &QTableView::activated, this, [this](const QModelIndex &index) {
        const auto id = static_cast<NodeId>(index.data(LayerTableModel::NodeIdRole).toUInt());
        if (index.isValid() && id != kNoNode)
            Q_EMIT nodeActivated(id);
    });
    layout->addWidget(m_layerTable, 1);
    return tab;
}

QWidget *RunResultView::makeOpTypesTab()
{
    auto *tab = new QWidget(this);
    auto *layout = new QVBoxLayout(tab);
    m_opTypes = new OpTypeTableModel(this);
    m_opTypeProxy = new QSortFilterProxyModel(this);
    m_opTypeProxy->setSourceModel(m_opTypes);
    m_opTypeProxy->setSortRole(OpTypeTableModel::SortRole);
    auto *table = makeTable(tab, m_opTypeProxy, OpTypeTableModel::ShareColumn, OpTypeTableModel::BarRole);
    table->setObjectName(QStringLiteral("opTypeTable"));
    // The question this table answers is "which kind of operator costs most": it opens on
    // time, largest first (QTableView would otherwise start on the name column, Z to A).
    table->sortByColumn(OpTypeTableModel::MeanColumn, Qt::DescendingOrder);
    layout->addWidget(table, 1);
    return tab;
}

void RunResultView::clear()
{
    m_result.reset();
    m_header->setText(tr("No run yet: choose the settings and press Run."));
    m_openOptimized->hide();
    m_warnings->hide();
    for (QLabel *label : std::as_const(m_stats)) {
        label->setText(QStringLiteral("–"));
        label->setStyleSheet({});
    }
    m_chart->removeAllSeries();
    for (QAbstractAxis *axis : m_chart->axes()) {
        m_chart->removeAxis(axis); // gives it back to us
        delete axis;
    }
    m_histogram = {};
    m_layers->clear();
    m_opTypes->clear();
    m_gap->clear();
    m_tabs->setTabEnabled(m_tabs->indexOf(m_layersTab), false);
    m_tabs->setTabEnabled(m_tabs->indexOf(m_opTypesTab), false);
    m_comparison->clear();
    m_tabs->setTabText(m_tabs->indexOf(m_outputsTab), tr("Outputs"));
    m_tabs->setTabEnabled(m_tabs->indexOf(m_outputsTab), false);
    m_tabs->setCurrentIndex(0);
}

void RunResultView::setResult(std::shared_ptr<const RunResult> result, std::shared_ptr<const LoadedModel> model)
{
    clear();
    if (!result)
        return;
    m_result = std::move(result);
    const RunResult &r = *m_result;
    QString header = QStringLiteral("%1 %2").arg(r.backend, r.backendVersion);
    if (!r.providers.isEmpty())
        header += tr(" on %1").arg(r.providers.join(QStringLiteral(", ")));
    const QString took = r.measuredSeconds < 1 ? tr("%1 ms").arg(msText(r.measuredSeconds * 1000))
                                               : tr("%1 s").arg(QLocale().toString(r.measuredSeconds, 'f', 3));
    header += tr(": %n measured iterations in %1", nullptr, r.iterations).arg(took);
    header += tr(" after %n warm-up", nullptr, r.warmupIterations);
    m_header->setText(header);
    // The supervisor clears the path of a graph it did not keep; the file may also have been
    // removed since (the panel's temporary folder holds it until the next run).
    m_openOptimized->setVisible(!r.optimizedModelPath.isEmpty() && QFileInfo::exists(r.optimizedModelPath));
    m_tabs->setTabEnabled(m_tabs->indexOf(m_outputsTab), true);
    if (!r.warnings.isEmpty()) {
        m_warnings->setText(r.warnings.join(QLatin1Char('\n')));
        m_warnings->show();
    }
    showStatistics(r);
    showHistogram(r);
    showLayers(r, model);
}

void RunResultView::setStatistic(const QString &key, const QString &text)
{
    if (QLabel *label = m_stats.value(key))
        label->setText(text);
}

void RunResultView::showStatistics(const RunResult &r)
{
    const LatencyStats &l = r.latency;
    const QLocale locale;
    auto ms = [](double v) { return tr("%1 ms").arg(msText(v)); };
    setStatistic(QStringLiteral("min"), ms(l.min));
    setStatistic(QStringLiteral("max"), ms(l.max));
    setStatistic(QStringLiteral("mean"), ms(l.mean));
    setStatistic(QStringLiteral("median"), ms(l.median));
    setStatistic(QStringLiteral("p90"), ms(l.p90));
    setStatistic(QStringLiteral("p95"), ms(l.p95));
    setStatistic(QStringLiteral("p99"), ms(l.p99));
    setStatistic(QStringLiteral("stddev"), ms(l.stddev));
    QString cv = tr("%1%").arg(locale.toString(l.cv * 100, 'f', 2));
    if (r.unstable) {
        cv += tr(" ⚠ unstable");
        m_stats.value(QStringLiteral("cv"))->setStyleSheet(QStringLiteral("QLabel { color: #b35900; font-weight: bold; }"));
    }
    setStatistic(QStringLiteral("cv"), cv);
    setStatistic(QStringLiteral("throughput"), tr("%1 /s").arg(locale.toString(r.throughputPerS, 'f', 2)));
    setStatistic(QStringLiteral("build"), ms(r.buildMs));
    setStatistic(QStringLiteral("firstRun"), r.firstRunMs < 0 ? tr("not reported") : ms(r.firstRunMs));
    setStatistic(QStringLiteral("peakRss"),
                 r.peakRssBytes > 0 ? tr("%1 MB").arg(locale.toString(r.peakRssBytes / 1e6, 'f', 1)) : tr("not reported"));
    setStatistic(QStringLiteral("iterations"), locale.toString(r.iterations));
}

void RunResultView::showHistogram(const RunResult &r)
{
    m_histogram = LatencyHistogram::of(r.latenciesMs);
    if (m_histogram.empty())
        return;
    const int bins = static_cast<int>(m_histogram.counts.size());
    const double low = m_histogram.edges.front(), high = m_histogram.edges.back();
    const double width = (high - low) / bins;
    const int most = m_histogram.largestCount();

    // Bars as one stepped outline over a numeric ms axis: the axis reads as time, which a
    // category axis of bin labels would not.
    auto *outline = new QLineSeries;
    for (int i = 0; i < bins; ++i) {
        const int n = m_histogram.counts[static_cast<std::size_t>(i)];
        outline->append(m_histogram.edges[static_cast<std::size_t>(i)], 0);
        outline->append(m_histogram.edges[static_cast<std::size_t>(i)], n);
        outline->append(m_histogram.edges[static_cast<std::size_t>(i) + 1], n);
        outline->append(m_histogram.edges[static_cast<std::size_t>(i) + 1], 0);
    }
    auto *bars = new QAreaSeries(outline);
    bars->setName(tr("iterations"));
    QColor fill = palette().color(QPalette::Highlight);
    fill.setAlphaF(0.6f);
    bars->setBrush(fill);
    bars->setPen(QPen(palette().color(QPalette::Highlight).darker(130), 1));
    m_chart->addSeries(bars);

    auto marker = [&](double at, const QString &name, const QColor &colour) {
        auto *line = new QLineSeries;
        line->setName(name);
        line->append(at, 0);
        line->append(at, most * 1.05);
        line->setPen(QPen(colour, 2, Qt::DashLine));
        m_chart->addSeries(line);
    };
    marker(r.latency.median, tr("median %1 ms").arg(msText(r.latency.median)), QColor(0x2e, 0x7d, 0x32));
    marker(r.latency.p99, tr("p99 %1 ms").arg(msText(r.latency.p99)), QColor(0xc6, 0x28, 0x28));

    auto *x = new QValueAxis;
    x->setTitleText(tr("latency (ms)"));
    x->setRange(low - width * 0.5, high + width * 0.5);
    auto *y = new QValueAxis;
    y->setTitleText(tr("iterations"));
    // Whole-number ticks: iterations are counted, and "%d" of a fractional tick would lie.
    const int step = std::max(1, static_cast<int>(std::ceil(most / 5.0)));
    y->setLabelFormat(QStringLiteral("%d"));
    y->setTickType(QValueAxis::TicksDynamic);
    y->setTickAnchor(0);
    y->setTickInterval(step);
    y->setRange(0, step * std::ceil(most * 1.1 / step));
    m_chart->addAxis(x, Qt::AlignBottom);
    m_chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries *s : m_chart->series()) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
}

void RunResultView::showLayers(const RunResult &r, const std::shared_ptr<const LoadedModel> &model)
{
    if (!r.layers)
        return;
    const LayerReport &p = *r.layers;
    m_layers->setReport(p, model);
    m_opTypes->setReport(p);
    m_layerTable->sortByColumn(LayerTableModel::MeanColumn, Qt::DescendingOrder);
    m_layerTable->resizeColumnsToContents();
    // The two differ (timing each kernel costs time; work between kernels is in no row):
    // the gap is shown, not hidden.
    const double gapShare = p.endToEndMs > 0 ? p.gapMs() / p.endToEndMs * 100 : 0;
    QString text =
            tr("Sum of the layers: %1 ms; end-to-end latency of the same %n profiled runs: %2 ms; gap: %3 ms (%4%).", nullptr,
               p.runs)
                    .arg(msText(p.layerSumMs), msText(p.endToEndMs), msText(p.gapMs()), QLocale().toString(gapShare, 'f', 1));
    if (!p.removedNodes.isEmpty())
        text += QLatin1Char('\n')
                + tr("%n model nodes ran as no kernel of their own (folded into constants or eliminated).", nullptr,
                     static_cast<int>(p.removedNodes.size()));
    for (const QString &note : p.notes)
        text += QLatin1Char('\n') + note;
    m_gap->setText(text);
    m_tabs->setTabEnabled(m_tabs->indexOf(m_layersTab), true);
    m_tabs->setTabEnabled(m_tabs->indexOf(m_opTypesTab), true);
}

} // namespace ml
