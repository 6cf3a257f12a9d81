// SPDX-License-Identifier: GPL-3.0-or-later
#include "OutputComparisonView.h"

#include "OutputComparisonModel.h"

#include <QDoubleSpinBox>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <cmath>

namespace ml {

namespace {

// Tolerances span decades (1e-6 .. 1): written in 'g' form, and a step is a factor of ten.
class ToleranceSpinBox : public QDoubleSpinBox {
public:
    explicit ToleranceSpinBox(QWidget *parent) : QDoubleSpinBox(parent)
    {
        setDecimals(15); // QDoubleSpinBox rounds its value to this many decimals
        setRange(0, 1e6);
        setKeyboardTracking(false);
    }
    QString textFromValue(double value) const override { return locale().toString(value, 'g', 6); }
    double valueFromText(const QString &text) const override { return locale().toDouble(text); }
    QValidator::State validate(QString &text, int &) const override
    {
        bool ok = false;
        const double v = locale().toDouble(text, &ok);
        return ok && v >= minimum() && v <= maximum() ? QValidator::Acceptable : QValidator::Intermediate;
    }
    void stepBy(int steps) override
    {
        const double v = value();
        setValue(v > 0 ? v * std::pow(10.0, steps) : (steps > 0 ? 1e-6 : 0.0));
    }
};

} // namespace

OutputComparisonView::OutputComparisonView(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    m_about = new QLabel(this);
    m_about->setObjectName(QStringLiteral("comparisonAbout"));
    m_about->setWordWrap(true);
    m_about->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_about);

    auto *tolerance = new QHBoxLayout;
    m_atol = new ToleranceSpinBox(this);
    m_atol->setObjectName(QStringLiteral("atol"));
    m_rtol = new ToleranceSpinBox(this);
    m_rtol->setObjectName(QStringLiteral("rtol"));
    tolerance->addWidget(new QLabel(tr("Tolerance: |a − b| ≤"), this));
    tolerance->addWidget(m_atol);
    tolerance->addWidget(new QLabel(QStringLiteral("+"), this));
    tolerance->addWidget(m_rtol);
    tolerance->addWidget(new QLabel(tr("× |b|"), this));
    tolerance->addStretch(1);
    layout->addLayout(tolerance);

    m_verdict = new QLabel(this);
    m_verdict->setObjectName(QStringLiteral("comparisonVerdict"));
    m_verdict->setWordWrap(true);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_verdict);

    m_model = new OutputComparisonModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(OutputComparisonModel::SortRole);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("comparisonTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);

    setTolerance(kDefaultAtol, kDefaultRtol);
    for (QDoubleSpinBox *spin : {m_atol, m_rtol})
        connect(spin, &QDoubleSpinBox::valueChanged, this, [this] {
            if (m_tensors || isBusy())
                start();
        });
    clear();
}

OutputComparisonView::~OutputComparisonView() = default;

double OutputComparisonView::atol() const { return m_atol->value(); }
double OutputComparisonView::rtol() const { return m_rtol->value(); }

void OutputComparisonView::setTolerance(double atol, double rtol)
{
    // One comparison for both values, not one per spin box.
    const QSignalBlocker blockA(m_atol), blockR(m_rtol);
    m_atol->setValue(atol);
    m_rtol->setValue(rtol);
    if (m_tensors || isBusy())
        start();
}

void OutputComparisonView::clear()
{
    m_jobs.cancel(); // drops a job in flight
    m_compared = false;
    m_tensors.reset();
    m_previousDir.clear();
    m_currentDir.clear();
    m_model->clear();
    m_about->setText(tr("No comparison yet."));
    m_verdict->clear();
    m_verdict->setStyleSheet({});
}

void OutputComparisonView::showNotCompared(const QString &reason)
{
    clear();
    m_about->setText(reason);
}

void OutputComparisonView::compare(const QString &previousDir, const QString &currentDir, const QString &about)
{
    clear();
    m_previousDir = previousDir;
    m_currentDir = currentDir;
    m_about->setText(about);
    start();
}

void OutputComparisonView::start()
{
    m_verdict->setText(tr("Comparing the outputs…"));
    m_verdict->setStyleSheet({});
    // Everything the job needs by value: the view may be cleared or deleted meanwhile.
    m_jobs.start(
            [tensors = m_tensors, previous = m_previousDir, current = m_currentDir, atol = atol(), rtol = rtol()]() -> Outcome {
                Outcome o;
                o.tensors = tensors;
                if (!o.tensors) {
                    auto a = OutputComparison::load(previous);
                    if (!a) {
                        o.error = a.errorMessage();
                        return o;
                    }
                    auto b = OutputComparison::load(current);
                    if (!b) {
                        o.error = b.errorMessage();
                        return o;
                    }
                    o.tensors = std::make_shared<const Tensors>(Tensors{std::move(a.value()), std::move(b.value())});
                }
                o.differences = OutputComparison::compare(o.tensors->previous, o.tensors->current, atol, rtol);
                return o;
            },
            // Only the newest tolerance, comparison or clear counts.
            [this](quint64 job, const Outcome &o) { show(job, o); });
}

void OutputComparisonView::show(quint64 job, const Outcome &o)
{
    if (!o.error.isEmpty()) {
        m_compared = false;
        m_model->clear();
        m_verdict->setText(tr("The outputs cannot be compared: %1").arg(o.error));
        m_verdict->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
        Q_EMIT comparisonChanged(job);
        return;
    }
    m_tensors = o.tensors;
    m_compared = true;
    m_model->setDifferences(o.differences);
    m_table->resizeColumnsToContents();
    m_verdict->setText(verdict());
    m_verdict->setStyleSheet(allPass() ? QStringLiteral("QLabel { color: #2e7d32; font-weight: bold; }")
                                       : QStringLiteral("QLabel { color: #b00020; font-weight: bold; }"));
    Q_EMIT comparisonChanged(job);
}

bool OutputComparisonView::allPass() const { return m_compared && OutputComparison::allPass(m_model->differences()); }

QString OutputComparisonView::verdict() const
{
    if (!m_compared)
        return {};
    const auto &d = m_model->differences();
    if (d.empty())
        return tr("Neither run saved an output to compare.");
    int differ = 0;
    for (const OutputDifference &x : d)
        differ += x.pass ? 0 : 1;
    const int n = static_cast<int>(d.size());
    if (differ == 0)
        return tr("All %n outputs are within the tolerance of the previous run.", nullptr, n);
    return tr("%n of %1 outputs differ from the previous run beyond the tolerance.", nullptr, differ).arg(n);
}

} // namespace ml
