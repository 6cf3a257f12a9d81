// SPDX-License-Identifier: GPL-3.0-or-later
#include "TrendWindow.h"

#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <limits>

namespace ml {

namespace {

QString seriesName(const TrendSeries &s)
{
    QString provider = s.provider;
    provider.remove(QStringLiteral("ExecutionProvider"));
    return QStringLiteral("%1 · %2 · %3 · %4")
            .arg(s.modelName, provider.isEmpty() ? s.backend : provider, s.settingsHash.left(6), s.machineFingerprint.left(6));
}

QStandardItem *cell(const QString &text, const QVariant &id = {})
{
    auto *it = new QStandardItem(text);
    it->setEditable(false);
    if (id.isValid())
        it->setData(id, Qt::UserRole);
    return it;
}

} // namespace

TrendWindow::TrendWindow(HistoryClient *client, const RunFilter &filter, const QString &title, QWidget *parent)
    : QWidget(parent, Qt::Window), m_client(client)
{
    setObjectName(QStringLiteral("trendWindow"));
    setWindowTitle(tr("Trend: %1").arg(title));
    resize(1100, 760);
    m_summary = new QLabel(tr("Building the trend…"), this);
    m_summary->setWordWrap(true);
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setTitle(tr("Median latency per run (ms); regressions in red"));
    chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart = new QChartView(chart, this);
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_points = new QStandardItemModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("trendPoints"));
    m_table->setModel(m_points);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT runRequested(m_points->item(index.row(), 0)->data(Qt::UserRole).toString());
    });
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_chart);
    split->addWidget(m_table);
    split->setSizes({450, 300});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(split, 1);

    connect(m_client, &HistoryClient::trendReady, this, [this](quint64 job, const std::vector<TrendSeries> &series) {
        if (job == m_job)
            display(series);
    });
    connect(m_client, &HistoryClient::trendFailed, this, [this](quint64 job, const Error &error) {
        if (job != m_job)
            return;
        m_summary->setText(error.message);
        Q_EMIT failed(error.message);
    });
    RunFilter all = filter;
    all.limit = 0;
    all.status = RunStatus::Completed;
    m_job = m_client->trend(all);
}

QChart *TrendWindow::chart() const { return m_chart->chart(); }
QString TrendWindow::summary() const { return m_summary->text(); }

void TrendWindow::display(const std::vector<TrendSeries> &series)
{
    m_series = series;
    QChart *chart = m_chart->chart();
    chart->removeAllSeries();
    int points = 0, regressions = 0;
    double lo = INFINITY, hi = -INFINITY;
    qint64 t0 = std::numeric_limits<qint64>::max(), t1 = std::numeric_limits<qint64>::min();
    auto *marked = new QScatterSeries;
    marked->setName(tr("regression"));
    marked->setColor(QColor(0xcf, 0x22, 0x2e));
    marked->setMarkerSize(11);
    for (const TrendSeries &s : m_series) {
        auto *line = new QLineSeries;
        line->setName(seriesName(s));
        line->setPointsVisible(true);
        for (const TrendPoint &p : s.points) {
            const qint64 t = p.run.startedAt.toMSecsSinceEpoch();
            line->append(double(t), p.roundMedianMs);
            if (p.regression) {
                marked->append(double(t), p.roundMedianMs);
                ++regressions;
            }
            lo = std::min(lo, p.roundMedianMs);
            hi = std::max(hi, p.roundMedianMs);
            t0 = std::min(t0, t);
            t1 = std::max(t1, t);
            ++points;
        }
        chart->addSeries(line);
        // A click on a point opens its run.
        connect(line, &QXYSeries::clicked, this, [this, line](const QPointF &at) {
            QString best;
            double bestDistance = INFINITY;
            const auto all = line->points();
            const double span = std::max(1.0, all.isEmpty() ? 1.0 : all.last().x() - all.first().x());
            for (qsizetype i = 0; i < all.size(); ++i) {
                const double d = std::abs(all[i].x() - at.x()) / span;
                if (d < bestDistance) {
                    bestDistance = d;
                    best = line->property("ids").toStringList().value(int(i));
                }
            }
            if (!best.isEmpty())
                Q_EMIT runRequested(best);
        });
        QStringList ids;
        for (const TrendPoint &p : s.points)
            ids << p.run.id;
        line->setProperty("ids", ids);
    }
    chart->addSeries(marked);
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
    if (points > 0) {
        auto *x = new QDateTimeAxis;
        // Ticks that differ from each other: seconds for runs minutes apart, days for months.
        const qint64 span = t1 - t0;
        x->setFormat(span < 3600000               ? QStringLiteral("hh:mm:ss")
                             : span < 172800000LL ? QStringLiteral("MM-dd hh:mm")
                                                  : QStringLiteral("yyyy-MM-dd"));
        x->setRange(QDateTime::fromMSecsSinceEpoch(t0 - 60000), QDateTime::fromMSecsSinceEpoch(t1 + 60000));
        auto *y = new QValueAxis;
        y->setTitleText(tr("median (ms)"));
        const double pad = std::max((hi - lo) * 0.15, hi * 0.02);
        y->setRange(std::max(0.0, lo - pad), hi + pad);
        chart->addAxis(x, Qt::AlignBottom);
        chart->addAxis(y, Qt::AlignLeft);
        for (QAbstractSeries *s : chart->series()) {
            s->attachAxis(x);
            s->attachAxis(y);
        }
    }

    m_points->clear();
    m_points->setHorizontalHeaderLabels({tr("Run"), tr("Started"), tr("Series"), tr("Median (ms)"),
                                         tr("Against the previous run"), tr("Against the baseline")});
    for (const TrendSeries &s : m_series)
        for (auto it = s.points.rbegin(); it != s.points.rend(); ++it) {
            const TrendPoint &p = *it;
            QList<QStandardItem *> row{cell(p.run.id, p.run.id),
                                       cell(QLocale().toString(p.run.startedAt.toLocalTime(), QLocale::ShortFormat)),
                                       cell(seriesName(s)),
                                       cell(QLocale().toString(p.roundMedianMs, 'f', 3)),
                                       cell(p.vsPrevious ? p.vsPrevious->text() : QString()),
                                       cell(p.vsBaseline ? p.vsBaseline->text() : QString())};
            if (p.regression)
                for (QStandardItem *c : row)
                    c->setForeground(QColor(0xcf, 0x22, 0x2e));
            m_points->appendRow(row);
        }
    m_table->resizeColumnsToContents();
    m_summary->setText(
            points == 0 ? tr("No completed runs to draw a trend from.")
                        : tr("%n series, %1 runs, %2 regressions.", nullptr, int(m_series.size())).arg(points).arg(regressions));
    m_ready = true;
    Q_EMIT ready();
}

} // namespace ml
