// SPDX-License-Identifier: GPL-3.0-or-later
#include "RunPanel.h"

#include "ChildProgress.h"
#include "InputPlan.h"
#include "LayerTableModel.h"
#include "RunResultView.h"
#include "ShapeSpec.h"
#include "TypeText.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpressionValidator>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardItemModel>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <climits>

namespace ml {

namespace {

bool isStaticDim(const QString &dim)
{
    bool ok = false;
    dim.toLongLong(&ok);
    return ok;
}

QString msText(double v) { return QLocale().toString(v, 'f', v < 1 ? 4 : 3); }

} // namespace

std::vector<RunPanel::BackendInfo> RunPanel::checkBackends()
{
    std::vector<BackendInfo> out;
    for (const QString &name : EngineBackend::names()) {
        const auto backend = EngineBackend::create(name);
        if (backend)
            out.push_back({name, backend->displayName(), backend->availability(EngineSettings{})});
    }
    return out;
}

RunPanel::RunPanel(QWidget *parent) : QWidget(parent), m_worker(new EngineWorker(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    layout->addWidget(splitter);

    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(4, 4, 4, 4);
    auto *scroll = new QScrollArea(left);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(makeSettings());
    leftLayout->addWidget(scroll, 1);

    auto *buttons = new QHBoxLayout;
    m_runButton = new QPushButton(tr("Run"), left);
    m_runButton->setObjectName(QStringLiteral("run"));
    m_cancelButton = new QPushButton(tr("Cancel"), left);
    m_cancelButton->setObjectName(QStringLiteral("cancel"));
    buttons->addWidget(m_runButton);
    buttons->addWidget(m_cancelButton);
    leftLayout->addLayout(buttons);
    m_progress = new QProgressBar(left);
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setTextVisible(true);
    m_progress->setFormat(tr("Idle"));
    leftLayout->addWidget(m_progress);
    m_message = new QLabel(left);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    leftLayout->addWidget(m_message);

    m_resultView = new RunResultView(splitter);
    splitter->addWidget(left);
    splitter->addWidget(m_resultView);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);

    connect(m_runButton, &QPushButton::clicked, this, &RunPanel::run);
    connect(m_cancelButton, &QPushButton::clicked, this, &RunPanel::cancel);
    connect(m_resultView, &RunResultView::nodeActivated, this, &RunPanel::nodeRequested);
    connect(m_worker, &EngineWorker::jobStarted, this, [this](quint64 job) { m_signalJob = job; });
    connect(m_worker, &EngineWorker::progress, this, &RunPanel::onProgress);
    connect(m_worker, &EngineWorker::finished, this, &RunPanel::onFinished);
    connect(m_worker, &EngineWorker::failed, this, &RunPanel::onFailed);

    // Which backends can run here does not change while the app runs, and asking starts
    // each engine program once (seconds for trtexec): one check, shared by every panel.
    static const QFuture<std::vector<BackendInfo>> check = QtConcurrent::run(&RunPanel::checkBackends);
    auto *watcher = new QFutureWatcher<std::vector<BackendInfo>>(this);
    connect(watcher, &QFutureWatcher<std::vector<BackendInfo>>::finished, this, [this, watcher] {
        showBackends(watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(check);
    updateEnabled();
}

RunPanel::~RunPanel() = default;

QWidget *RunPanel::makeSettings()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *top = new QFormLayout;
    m_backend = new QComboBox(page);
    m_backend->setObjectName(QStringLiteral("backend"));
    for (const QString &name : EngineBackend::names()) {
        const auto backend = EngineBackend::create(name);
        m_backend->addItem(backend ? backend->displayName() : name, name);
    }
    top->addRow(tr("Backend:"), m_backend);
    m_backendNote = new QLabel(page);
    m_backendNote->setObjectName(QStringLiteral("backendNote"));
    m_backendNote->setWordWrap(true);
    m_backendNote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_backendNote->setText(tr("Checking which engines can run here…"));
    top->addRow(m_backendNote);
    layout->addLayout(top);

    m_inputsBox = new QGroupBox(tr("Input shapes"), page);
    m_inputsBox->setToolTip(tr("Dimensions joined by x, as trtexec writes them: 1x3x224x224. "
                               "Only dynamic dimensions can be changed."));
    m_inputsForm = new QFormLayout(m_inputsBox);
    layout->addWidget(m_inputsBox);

    m_ortBox = new QGroupBox(tr("ONNX Runtime"), page);
    auto *ort = new QFormLayout(m_ortBox);
    m_optLevel = new QComboBox(m_ortBox);
    m_optLevel->setObjectName(QStringLiteral("optimizationLevel"));
    m_optLevel->addItem(tr("none"), static_cast<int>(OptimizationLevel::None));
    m_optLevel->addItem(tr("basic"), static_cast<int>(OptimizationLevel::Basic));
    m_optLevel->addItem(tr("extended"), static_cast<int>(OptimizationLevel::Extended));
    m_optLevel->addItem(tr("all"), static_cast<int>(OptimizationLevel::All));
    ort->addRow(tr("Graph optimization:"), m_optLevel);
    auto threads = [this](const QString &name) {
        auto *spin = new QSpinBox(m_ortBox);
        spin->setObjectName(name);
        spin->setRange(0, 1024);
        spin->setSpecialValueText(tr("default")); // 0: ONNX Runtime picks (one per physical core)
        return spin;
    };
    m_intraThreads = threads(QStringLiteral("intraOpThreads"));
    m_interThreads = threads(QStringLiteral("interOpThreads"));
    ort->addRow(tr("Intra-op threads:"), m_intraThreads);
    ort->addRow(tr("Inter-op threads:"), m_interThreads);
    m_parallel = new QCheckBox(tr("Parallel execution (inter-op)"), m_ortBox);
    m_parallel->setObjectName(QStringLiteral("parallel"));
    ort->addRow(m_parallel);
    m_spinning = new QCheckBox(tr("Spinning threads (off is steadier on a busy machine)"), m_ortBox);
    m_spinning->setObjectName(QStringLiteral("spinning"));
    ort->addRow(m_spinning);
    m_provider = new QComboBox(m_ortBox);
    m_provider->setObjectName(QStringLiteral("executionProvider"));
    m_provider->addItem(QStringLiteral("CPUExecutionProvider"));
    ort->addRow(tr("Execution provider:"), m_provider);
    layout->addWidget(m_ortBox);

    auto *measure = new QGroupBox(tr("Measurement"), page);
    auto *grid = new QGridLayout(measure);
    m_warmup = new QSpinBox(measure);
    m_warmup->setObjectName(QStringLiteral("warmup"));
    m_warmup->setRange(0, 1000000);
    grid->addWidget(new QLabel(tr("Warm-up iterations:"), measure), 0, 0);
    grid->addWidget(m_warmup, 0, 1);
    m_byCount = new QRadioButton(tr("Iterations:"), measure);
    m_iterations = new QSpinBox(measure);
    m_iterations->setObjectName(QStringLiteral("iterations"));
    m_iterations->setRange(1, 100000000);
    m_byTime = new QRadioButton(tr("Duration:"), measure);
    m_duration = new QDoubleSpinBox(measure);
    m_duration->setObjectName(QStringLiteral("duration"));
    m_duration->setRange(0.1, 86400);
    m_duration->setDecimals(1);
    m_duration->setSuffix(tr(" s"));
    auto *group = new QButtonGroup(measure);
    group->addButton(m_byCount);
    group->addButton(m_byTime);
    grid->addWidget(m_byCount, 1, 0);
    grid->addWidget(m_iterations, 1, 1);
    grid->addWidget(m_byTime, 2, 0);
    grid->addWidget(m_duration, 2, 1);
    m_perLayer = new QCheckBox(tr("Time every layer (a second, profiled session; latency stays unprofiled)"), measure);
    m_perLayer->setObjectName(QStringLiteral("perLayer"));
    grid->addWidget(m_perLayer, 3, 0, 1, 2);
    m_seed = new QSpinBox(measure);
    m_seed->setObjectName(QStringLiteral("seed"));
    m_seed->setRange(0, INT_MAX);
    m_seed->setToolTip(tr("Seed of the random input values"));
    grid->addWidget(new QLabel(tr("Seed:"), measure), 4, 0);
    grid->addWidget(m_seed, 4, 1);
    layout->addWidget(measure);
    layout->addStretch(1);

    connect(m_backend, &QComboBox::currentIndexChanged, this, &RunPanel::updateEnabled);
    connect(m_byCount, &QRadioButton::toggled, this, &RunPanel::updateEnabled);
    setSettings(EngineSettings{});
    return page;
}

void RunPanel::showBackends(const std::vector<BackendInfo> &backends)
{
    m_backends = backends;
    m_checked = true;
    auto *items = qobject_cast<QStandardItemModel *>(m_backend->model());
    QStringList notes;
    for (const BackendInfo &b : backends) {
        const int index = m_backend->findData(b.name);
        if (index < 0)
            continue;
        const BackendAvailability &a = b.availability;
        // Kept in the list, disabled, with what is missing said beside it: a hidden option
        // would leave the user wondering where TensorRT went.
        if (items)
            items->item(index)->setEnabled(a.available);
        m_backend->setItemText(index, a.available ? (a.version.isEmpty() ? b.displayName : tr("%1 %2").arg(b.displayName, a.version))
                                                  : tr("%1 (not available)").arg(b.displayName));
        m_backend->setItemData(index, a.available ? a.program : a.missing, Qt::ToolTipRole);
        if (!a.available)
            notes << tr("%1 is not available: %2").arg(b.displayName, a.missing);
        if (b.name == QStringLiteral("ort") && !a.providers.isEmpty()) {
            const QString current = m_provider->currentText();
            m_provider->clear();
            m_provider->addItems(a.providers);
            const int keep = m_provider->findText(current);
            m_provider->setCurrentIndex(keep >= 0 ? keep : 0);
        }
    }
    if (items && m_backend->currentIndex() >= 0 && !items->item(m_backend->currentIndex())->isEnabled())
        for (int i = 0; i < m_backend->count(); ++i)
            if (items->item(i)->isEnabled()) {
                m_backend->setCurrentIndex(i);
                break;
            }
    m_backendNote->setText(notes.join(QLatin1Char('\n')));
    m_backendNote->setVisible(!notes.isEmpty());
    updateEnabled();
    Q_EMIT backendsCheckedChanged();
}

BackendAvailability RunPanel::availability(const QString &backend) const
{
    for (const BackendInfo &b : m_backends)
        if (b.name == backend)
            return b.availability;
    return {};
}

void RunPanel::setModel(std::shared_ptr<const LoadedModel> model)
{
    m_model = std::move(model);
    rebuildInputs();
    updateEnabled();
}

void RunPanel::setModelSource(std::function<Result<QString>()> provider)
{
    m_source = std::move(provider);
    updateEnabled();
}

void RunPanel::rebuildInputs()
{
    // What the user typed survives a new snapshot of the same model (an edit elsewhere).
    QHash<QString, QString> typed;
    for (const InputEditor &e : m_inputs)
        if (e.edit->isModified())
            typed.insert(e.name, e.edit->text());
    while (m_inputsForm->rowCount() > 0)
        m_inputsForm->removeRow(0);
    m_inputs.clear();
    if (!m_model || !m_model->model) {
        m_inputsForm->addRow(new QLabel(tr("No model."), m_inputsBox));
        return;
    }
    const onnx::GraphProto &graph = m_model->model->proto().graph();
    auto planned = InputPlan::plan(graph, EngineSettings{});
    // A model InputPlan refuses (an input without any shape) still gets editors: the
    // user's shape is what it needs.
    const std::vector<PlannedInput> inputs = planned ? planned.value() : InputPlan::modelInputs(graph);
    if (inputs.empty())
        m_inputsForm->addRow(new QLabel(tr("The model has no inputs to feed."), m_inputsBox));
    auto *validator = new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]*(x[0-9]*)*")), m_inputsBox);
    for (const PlannedInput &in : inputs) {
        InputEditor e;
        e.name = in.name;
        e.rankKnown = in.rankKnown;
        e.dynamic = !in.rankKnown;
        for (const QString &dim : in.dimNames)
            e.dynamic = e.dynamic || !isStaticDim(dim);
        e.edit = new QLineEdit(m_inputsBox);
        e.edit->setObjectName(QStringLiteral("shape.") + in.name);
        e.edit->setValidator(validator);
        e.edit->setText(planned ? ShapeSpec::formatDims(in.shape) : QString());
        e.edit->setReadOnly(!e.dynamic);
        if (in.rankKnown && in.dimNames.isEmpty())
            e.edit->setPlaceholderText(tr("scalar"));
        else if (!in.rankKnown)
            e.edit->setPlaceholderText(tr("the model gives no shape: type one"));
        if (auto it = typed.constFind(in.name); it != typed.constEnd() && e.dynamic) {
            e.edit->setText(*it);
            e.edit->setModified(true);
        }
        const QString type = elementTypeName(in.dataType);
        const QString modelDims = in.rankKnown ? in.dimNames.join(QLatin1Char('x')) : tr("any");
        e.edit->setToolTip(tr("%1 %2; in the model: %3").arg(type, in.name, modelDims));
        auto *label = new QLabel(tr("%1 (%2, %3):").arg(in.name, type, modelDims), m_inputsBox);
        label->setToolTip(e.edit->toolTip());
        m_inputsForm->addRow(label, e.edit);
        m_inputs.push_back(e);
    }
}

EngineSettings RunPanel::settings() const
{
    EngineSettings s;
    s.backend = m_backend->currentData().toString();
    for (const InputEditor &e : m_inputs) {
        if (!e.dynamic || e.edit->text().isEmpty())
            continue;
        if (auto dims = ShapeSpec::parseDims(e.edit->text()))
            s.shapes[e.name] = dims.value();
    }
    s.seed = static_cast<std::uint64_t>(m_seed->value());
    s.optimizationLevel = static_cast<OptimizationLevel>(m_optLevel->currentData().toInt());
    s.intraOpThreads = m_intraThreads->value();
    s.interOpThreads = m_interThreads->value();
    s.parallelExecution = m_parallel->isChecked();
    s.spinning = m_spinning->isChecked();
    s.executionProvider = m_provider->currentText();
    s.warmupIterations = m_warmup->value();
    s.iterations = m_iterations->value();
    s.durationSeconds = m_byTime->isChecked() ? m_duration->value() : 0;
    s.perLayer = m_perLayer->isChecked();
    return s;
}

void RunPanel::setSettings(const EngineSettings &s)
{
    if (const int b = m_backend->findData(s.backend); b >= 0)
        m_backend->setCurrentIndex(b);
    for (const InputEditor &e : m_inputs)
        if (auto it = s.shapes.find(e.name); it != s.shapes.end() && e.dynamic) {
            e.edit->setText(ShapeSpec::formatDims(it->second));
            e.edit->setModified(true);
        }
    m_seed->setValue(static_cast<int>(std::min<std::uint64_t>(s.seed, INT_MAX)));
    m_optLevel->setCurrentIndex(m_optLevel->findData(static_cast<int>(s.optimizationLevel)));
    m_intraThreads->setValue(s.intraOpThreads);
    m_interThreads->setValue(s.interOpThreads);
    m_parallel->setChecked(s.parallelExecution);
    m_spinning->setChecked(s.spinning);
    if (m_provider->findText(s.executionProvider) < 0)
        m_provider->addItem(s.executionProvider);
    m_provider->setCurrentText(s.executionProvider);
    m_warmup->setValue(s.warmupIterations);
    m_iterations->setValue(s.iterations);
    if (s.durationSeconds > 0)
        m_duration->setValue(s.durationSeconds);
    (s.durationSeconds > 0 ? m_byTime : m_byCount)->setChecked(true);
    m_perLayer->setChecked(s.perLayer);
    updateEnabled();
}

void RunPanel::updateEnabled()
{
    if (!m_runButton)
        return; // still building the widgets
    const bool ort = m_backend->currentData().toString() == QStringLiteral("ort");
    m_ortBox->setEnabled(ort);
    m_iterations->setEnabled(m_byCount->isChecked());
    m_duration->setEnabled(m_byTime->isChecked());
    // A backend the check found missing cannot run; before the check answers, let it try
    // (the supervisor reports what is missing).
    const auto *items = qobject_cast<QStandardItemModel *>(m_backend->model());
    const int current = m_backend->currentIndex();
    const bool usable = !items || current < 0 || items->item(current)->isEnabled();
    m_runButton->setEnabled(!m_running && usable && (m_model || m_source));
    m_cancelButton->setEnabled(m_running);
}

QString RunPanel::message() const { return m_message->text(); }

void RunPanel::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("QLabel { color: #b00020; }") : QString());
    m_message->setVisible(!text.isEmpty());
}

void RunPanel::run()
{
    const auto fail = [this](const QString &message) {
        showMessage(message, true);
        Q_EMIT runFailed(message);
    };
    QString path;
    if (m_source) {
        auto provided = m_source();
        if (!provided)
            return fail(tr("The model cannot be prepared for the run: %1").arg(provided.errorMessage()));
        path = provided.value();
    } else if (m_model && m_model->model) {
        path = m_model->path();
    } else {
        return fail(tr("There is no model to run."));
    }
    for (const InputEditor &e : m_inputs) {
        if (!e.dynamic)
            continue;
        if (e.edit->text().isEmpty()) {
            // Empty dims get InputPlan's defaults, but an input of unknown rank has none.
            if (!e.rankKnown)
                return fail(tr("Input %1 needs a shape, such as 1x3x224x224.").arg(e.name));
            continue;
        }
        if (auto dims = ShapeSpec::parseDims(e.edit->text()); !dims)
            return fail(tr("Input %1: %2").arg(e.name, dims.errorMessage()));
    }

    EngineSettings s = settings();
    s.modelPath = path;
    m_runSettings = s;
    m_runModel = m_model;
    m_running = true;
    m_job = m_worker->start(s); // a job still running is cancelled by the supervisor
    showMessage(QString(), false);
    m_progress->setRange(0, 0);
    m_progress->setFormat(stageText(ChildProgress::preparing(), 0, 0));
    updateEnabled();
    Q_EMIT runStarted();
}

void RunPanel::cancel()
{
    if (!m_running)
        return;
    m_worker->cancel(); // SIGKILL now; failed("cancelled") follows
    m_progress->setFormat(tr("Cancelling…"));
}

void RunPanel::clearResult()
{
    m_result.reset();
    m_resultView->clear();
    Q_EMIT heatMapChanged({});
}

QString RunPanel::stageText(const QString &stage, qint64 current, qint64 total) const
{
    const auto seconds = [](qint64 ms) { return QLocale().toString(ms / 1000.0, 'f', 1); };
    if (stage == ChildProgress::preparing())
        return tr("Preparing the inputs…");
    if (stage == ChildProgress::building())
        return tr("Building the engine…");
    if (stage == ChildProgress::firstRun())
        return tr("First run…");
    if (stage == ChildProgress::warmup()) {
        if (total <= 0)
            return tr("Warming up…");
        return m_runSettings.warmupSeconds > 0 ? tr("Warm-up: %1 of %2 s").arg(seconds(current), seconds(total))
                                               : tr("Warm-up %1 of %2").arg(current).arg(total);
    }
    if (stage == ChildProgress::measuring()) {
        if (total <= 0)
            return tr("Measuring…");
        return m_runSettings.durationSeconds > 0 ? tr("Measuring: %1 of %2 s").arg(seconds(current), seconds(total))
                                                 : tr("Iteration %1 of %2").arg(current).arg(total);
    }
    if (stage == ChildProgress::profiling())
        return total > 0 ? tr("Per-layer profile: run %1 of %2").arg(current).arg(total) : tr("Per-layer profile…");
    if (stage == ChildProgress::reading())
        return tr("Reading the results…");
    return total > 0 ? tr("%1: %2 of %3").arg(stage).arg(current).arg(total) : stage; // a backend's own stage
}

void RunPanel::onProgress(const QString &stage, qint64 current, qint64 total)
{
    if (m_signalJob != m_job || !m_running)
        return;
    if (total > 0) {
        // QProgressBar counts in int; durations come in ms, counts stay far below the limit.
        m_progress->setRange(0, static_cast<int>(std::min<qint64>(total, INT_MAX)));
        m_progress->setValue(static_cast<int>(std::min(current, total)));
    } else {
        m_progress->setRange(0, 0);
    }
    m_progress->setFormat(stageText(stage, current, total));
}

void RunPanel::onFinished(std::shared_ptr<const RunResult> result)
{
    if (m_signalJob != m_job || !m_running)
        return; // a replaced job
    m_running = false;
    m_result = std::move(result);
    m_progress->setRange(0, 1);
    m_progress->setValue(1);
    m_progress->setFormat(tr("Done"));
    m_resultView->setResult(m_result, m_runModel);
    showMessage(tr("%n iterations, median %1 ms, mean %2 ms.", nullptr, m_result->iterations)
                        .arg(msText(m_result->latency.median), msText(m_result->latency.mean)),
                false);
    updateEnabled();
    Q_EMIT heatMapChanged(m_result->layers ? m_resultView->layerModel()->shareByNode() : QHash<NodeId, double>());
    Q_EMIT runFinished(m_result);
}

void RunPanel::onFailed(const QString &message)
{
    if (m_signalJob != m_job || !m_running)
        return;
    m_running = false;
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    const bool cancelled = message == EngineSupervisor::cancelledMessage();
    m_progress->setFormat(cancelled ? tr("Cancelled") : tr("Failed"));
    // In the panel, not a modal box: the user reads it next to the settings to change.
    showMessage(cancelled ? tr("The run was cancelled.") : tr("The run failed: %1").arg(message), !cancelled);
    updateEnabled();
    Q_EMIT runFailed(message);
}

} // namespace ml
