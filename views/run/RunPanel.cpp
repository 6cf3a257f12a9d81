// SPDX-License-Identifier: GPL-3.0-or-later
#include "RunPanel.h"

#include "ChildProgress.h"
#include "InputPlan.h"
#include "InputSourceEditor.h"
#include "LayerTableModel.h"
#include "OutputComparisonView.h"
#include "RunResultView.h"
#include "ShapeSpec.h"
#include "TensorFile.h"
#include "TrtexecOptionsBox.h"
#include "TypeText.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonArray>
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
#include <QTemporaryDir>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <climits>
#include <cmath>

namespace ml {

namespace {

bool isStaticDim(const QString &dim)
{
    bool ok = false;
    dim.toLongLong(&ok);
    return ok;
}

QString msText(double v) { return QLocale().toString(v, 'f', v < 1 ? 4 : 3); }

std::vector<std::pair<QString, Shape>> inputsOf(const QJsonObject &settings)
{
    std::vector<std::pair<QString, Shape>> out;
    for (const QJsonValue &v : settings.value(QStringLiteral("inputs")).toArray()) {
        const PlannedInput in = PlannedInput::fromJson(v.toObject());
        out.emplace_back(in.name, in.shape);
    }
    return out;
}

// One run's settings in a few words, for the comparison: what differs between two runs.
QString runText(const QJsonObject &json)
{
    auto parsed = EngineSettings::fromJson(json);
    if (!parsed)
        return QString();
    const EngineSettings &s = parsed.value();
    QStringList parts;
    const auto backend = EngineBackend::create(s.backend);
    parts << (backend ? backend->displayName() : s.backend);
    if (s.backend == QStringLiteral("ort"))
        parts << RunPanel::tr("optimization %1").arg(optimizationLevelName(s.optimizationLevel)) << s.executionProvider;
    else if (!s.precisions.isEmpty())
        parts << s.precisions.join(QLatin1Char('+'));
    parts << RunPanel::tr("seed %1").arg(s.seed);
    for (const PlannedInput &in : s.inputs)
        if (in.source.kind != InputSource::Kind::Random || !std::isnan(in.source.low))
            parts << RunPanel::tr("%1: %2").arg(in.name, in.source.describe());
    return parts.join(QStringLiteral(", "));
}

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
    connect(m_resultView, &RunResultView::openModelRequested, this, &RunPanel::openModelRequested);
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

RunPanel::~RunPanel()
{
    // The child first (the worker's destructor kills it and waits for its thread), so that
    // nothing writes into the folder m_folder's destructor removes.
    delete m_worker;
    m_worker = nullptr;
}

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

    m_inputsBox = new QGroupBox(tr("Inputs"), page);
    m_inputsBox->setToolTip(tr("Shapes: dimensions joined by x, as trtexec writes them: 1x3x224x224. "
                               "Only dynamic dimensions can be changed. Values: random with the seed, "
                               "from a file, a constant or a random range."));
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
    m_saveOptimized = new QCheckBox(tr("Keep the optimized graph (to open after the run)"), m_ortBox);
    m_saveOptimized->setObjectName(QStringLiteral("saveOptimized"));
    m_saveOptimized->setToolTip(tr("The graph ONNX Runtime actually ran, after its graph optimizations, "
                                   "kept until the next run"));
    ort->addRow(m_saveOptimized);
    layout->addWidget(m_ortBox);

    m_trtBox = new TrtexecOptionsBox(page);
    layout->addWidget(m_trtBox);

    auto *measure = new QGroupBox(tr("Measurement"), page);
    auto *grid = new QGridLayout(measure);
    m_warmupByCount = new QRadioButton(tr("Warm-up iterations:"), measure);
    m_warmupByCount->setObjectName(QStringLiteral("warmupByCount"));
    m_warmup = new QSpinBox(measure);
    m_warmup->setObjectName(QStringLiteral("warmup"));
    m_warmup->setRange(0, 1000000);
    m_warmupByTime = new QRadioButton(tr("Warm-up duration:"), measure);
    m_warmupByTime->setObjectName(QStringLiteral("warmupByTime"));
    m_warmupDuration = new QDoubleSpinBox(measure);
    m_warmupDuration->setObjectName(QStringLiteral("warmupDuration"));
    m_warmupDuration->setRange(0.1, 3600);
    m_warmupDuration->setDecimals(1);
    m_warmupDuration->setValue(1);
    m_warmupDuration->setSuffix(tr(" s"));
    auto *warmupGroup = new QButtonGroup(measure);
    warmupGroup->addButton(m_warmupByCount);
    warmupGroup->addButton(m_warmupByTime);
    grid->addWidget(m_warmupByCount, 0, 0);
    grid->addWidget(m_warmup, 0, 1);
    grid->addWidget(m_warmupByTime, 1, 0);
    grid->addWidget(m_warmupDuration, 1, 1);
    m_byCount = new QRadioButton(tr("Iterations:"), measure);
    m_byCount->setObjectName(QStringLiteral("byCount"));
    m_iterations = new QSpinBox(measure);
    m_iterations->setObjectName(QStringLiteral("iterations"));
    m_iterations->setRange(1, 100000000);
    m_byTime = new QRadioButton(tr("Duration:"), measure);
    m_byTime->setObjectName(QStringLiteral("byTime"));
    m_duration = new QDoubleSpinBox(measure);
    m_duration->setObjectName(QStringLiteral("duration"));
    m_duration->setRange(0.1, 86400);
    m_duration->setDecimals(1);
    m_duration->setSuffix(tr(" s"));
    auto *group = new QButtonGroup(measure);
    group->addButton(m_byCount);
    group->addButton(m_byTime);
    grid->addWidget(m_byCount, 2, 0);
    grid->addWidget(m_iterations, 2, 1);
    grid->addWidget(m_byTime, 3, 0);
    grid->addWidget(m_duration, 3, 1);
    m_perLayer = new QCheckBox(tr("Time every layer (a second, profiled session; latency stays unprofiled)"), measure);
    m_perLayer->setObjectName(QStringLiteral("perLayer"));
    grid->addWidget(m_perLayer, 4, 0, 1, 2);
    m_seed = new QSpinBox(measure);
    m_seed->setObjectName(QStringLiteral("seed"));
    m_seed->setRange(0, INT_MAX);
    m_seed->setToolTip(tr("Seed of the random input values"));
    grid->addWidget(new QLabel(tr("Seed:"), measure), 5, 0);
    grid->addWidget(m_seed, 5, 1);
    layout->addWidget(measure);
    layout->addStretch(1);

    connect(m_backend, &QComboBox::currentIndexChanged, this, &RunPanel::updateEnabled);
    connect(m_byCount, &QRadioButton::toggled, this, &RunPanel::updateEnabled);
    connect(m_warmupByCount, &QRadioButton::toggled, this, &RunPanel::updateEnabled);
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
        m_backend->setItemText(index,
                               a.available ? (a.version.isEmpty() ? b.displayName : tr("%1 %2").arg(b.displayName, a.version))
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

void RunPanel::setModelPreparer(std::function<FileWriter()> prepare)
{
    m_prepare = std::move(prepare);
    updateEnabled();
}

void RunPanel::rebuildInputs()
{
    // What the user typed survives a new snapshot of the same model (an edit elsewhere).
    QHash<QString, QString> typed;
    QHash<QString, std::pair<InputSourceEditor::Choice, QString>> sources;
    for (const InputEditor &e : m_inputs) {
        if (e.edit->isModified())
            typed.insert(e.name, e.edit->text());
        if (!e.source->isDefault())
            sources.insert(e.name, {e.source->choice(), e.source->text()});
    }
    while (m_inputsForm->rowCount() > 0)
        m_inputsForm->removeRow(0);
    m_inputs.clear();
    if (!m_model || !m_model->model) {
        m_inputsForm->addRow(new QLabel(tr("No model."), m_inputsBox));
        m_trtBox->setInputs({}, false);
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
        auto *field = new QWidget(m_inputsBox);
        auto *fieldLayout = new QVBoxLayout(field);
        fieldLayout->setContentsMargins(0, 0, 0, 0);
        fieldLayout->setSpacing(2);
        e.edit = new QLineEdit(field);
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
        connect(e.edit, &QLineEdit::editingFinished, this, &RunPanel::updateTrtexecDefaults);
        e.source = new InputSourceEditor(in.name, field);
        if (auto it = sources.constFind(in.name); it != sources.constEnd()) {
            e.source->setChoice(it->first);
            e.source->setText(it->second);
        }
        fieldLayout->addWidget(e.edit);
        fieldLayout->addWidget(e.source);
        auto *label = new QLabel(tr("%1 (%2, %3):").arg(in.name, type, modelDims), m_inputsBox);
        label->setToolTip(e.edit->toolTip());
        m_inputsForm->addRow(label, field);
        m_inputs.push_back(e);
    }
    m_trtBox->setInputs(inputs, planned.ok());
}

void RunPanel::updateTrtexecDefaults()
{
    // The default range follows the running shape; the files of the inputs are not read
    // here (the GUI thread does not wait on a file), so a file's shape shows after a run.
    if (!m_model || !m_model->model)
        return;
    EngineSettings s;
    s.shapes = settings().shapes;
    if (auto planned = InputPlan::plan(m_model->model->proto().graph(), s))
        m_trtBox->setDefaults(planned.value());
}

EngineSettings RunPanel::settings() const
{
    EngineSettings s;
    s.backend = m_backend->currentData().toString();
    for (const InputEditor &e : m_inputs) {
        const auto source = e.source->source();
        if (source && !e.source->isDefault())
            s.sources[e.name] = source.value();
        if (!e.dynamic || e.edit->text().isEmpty())
            continue;
        // A .npy or .pb file brings its shape: the editor's default would contradict it.
        const bool fileShape = source && source->kind == InputSource::Kind::File
                && TensorFile::formatOf(source->file) != TensorFile::Format::Raw;
        if (fileShape && !e.edit->isModified())
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
    s.warmupSeconds = m_warmupByTime->isChecked() ? m_warmupDuration->value() : 0;
    s.iterations = m_iterations->value();
    s.durationSeconds = m_byTime->isChecked() ? m_duration->value() : 0;
    s.perLayer = m_perLayer->isChecked();
    (void)m_trtBox->apply(s); // run() reports what does not parse
    return s;
}

void RunPanel::setSettings(const EngineSettings &s)
{
    if (const int b = m_backend->findData(s.backend); b >= 0)
        m_backend->setCurrentIndex(b);
    for (const InputEditor &e : m_inputs) {
        if (auto it = s.shapes.find(e.name); it != s.shapes.end() && e.dynamic) {
            e.edit->setText(ShapeSpec::formatDims(it->second));
            e.edit->setModified(true);
        }
        const auto source = s.sources.find(e.name);
        e.source->setSource(source != s.sources.end() ? source->second : InputSource{});
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
    if (s.warmupSeconds > 0)
        m_warmupDuration->setValue(s.warmupSeconds);
    (s.warmupSeconds > 0 ? m_warmupByTime : m_warmupByCount)->setChecked(true);
    m_saveOptimized->setChecked(!s.saveOptimizedPath.isEmpty());
    m_trtBox->setSettings(s);
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
    m_trtBox->setEnabled(trtexecUsable());
    m_warmup->setEnabled(m_warmupByCount->isChecked());
    m_warmupDuration->setEnabled(m_warmupByTime->isChecked());
    m_iterations->setEnabled(m_byCount->isChecked());
    m_duration->setEnabled(m_byTime->isChecked());
    // A backend the check found missing cannot run; before the check answers, let it try
    // (the supervisor reports what is missing).
    const auto *items = qobject_cast<QStandardItemModel *>(m_backend->model());
    const int current = m_backend->currentIndex();
    const bool usable = !items || current < 0 || items->item(current)->isEnabled();
    m_runButton->setEnabled(!m_running && usable && (m_model || m_source || m_prepare));
    m_cancelButton->setEnabled(m_running);
}

bool RunPanel::trtexecUsable() const
{
    // Only once the check has found trtexec: its options mean nothing to ONNX Runtime.
    return m_backend->currentData().toString() == QStringLiteral("trtexec") && m_checked
            && availability(QStringLiteral("trtexec")).available;
}

QString RunPanel::message() const { return m_message->text(); }

QString RunPanel::workFolder() const { return m_folder ? m_folder->path() : QString(); }

Result<QString> RunPanel::newRunFolder()
{
    if (!m_folder) {
        m_folder = std::make_unique<QTemporaryDir>(QDir(QDir::tempPath()).filePath(QStringLiteral("modellens-runs-XXXXXX")));
        if (!m_folder->isValid()) {
            const QString error = m_folder->errorString();
            m_folder.reset();
            return makeError(tr("Cannot create a temporary folder for the run: %1").arg(error));
        }
    }
    const QString folder = m_folder->filePath(QStringLiteral("run-%1").arg(++m_runCount));
    if (!QDir().mkpath(folder))
        return makeError(tr("Cannot create the folder %1 for the run.").arg(folder));
    return folder;
}

void RunPanel::removeRunFolders(const QStringList &keep)
{
    if (!m_folder)
        return;
    const QDir root(m_folder->path());
    for (const QString &name : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QString path = root.filePath(name);
        if (!keep.contains(path))
            QDir(path).removeRecursively();
    }
}

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
    if (m_running)
        return;
    if (!m_prepare && !m_source && !(m_model && m_model->model))
        return fail(tr("There is no model to run."));
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
    for (const InputEditor &e : m_inputs)
        if (auto source = e.source->source(); !source)
            return fail(source.errorMessage());

    EngineSettings s = settings();
    if (s.backend == QStringLiteral("trtexec")) {
        if (auto ok = m_trtBox->apply(s); !ok)
            return fail(ok.errorMessage());
    } else {
        // Ranges only trtexec builds for; InputPlan would still check them against the shape.
        s.minShapes.clear();
        s.maxShapes.clear();
    }

    if (m_prepare) {
        // Writing the file can take a while (an edited model of some size): off the GUI
        // thread, before the engine starts; Cancel drops it.
        const FileWriter write = m_prepare();
        const quint64 job = ++m_prepareJob;
        m_preparing = true;
        m_running = true;
        showMessage(QString(), false);
        m_progress->setRange(0, 0);
        m_progress->setFormat(tr("Writing the model for the engine…"));
        updateEnabled();
        Q_EMIT runStarted();
        auto *watcher = new QFutureWatcher<Result<QString>>(this);
        connect(watcher, &QFutureWatcher<Result<QString>>::finished, this, [this, watcher, job, s, fail] {
            watcher->deleteLater();
            if (job != m_prepareJob)
                return; // cancelled, or the panel went on
            m_preparing = false;
            const Result<QString> written = watcher->result();
            if (!written) {
                m_running = false;
                m_progress->setRange(0, 1);
                m_progress->reset();
                updateEnabled();
                return fail(tr("The model cannot be prepared for the run: %1").arg(written.errorMessage()));
            }
            startEngine(s, written.value());
        });
        watcher->setFuture(QtConcurrent::run(write));
        return;
    }
    QString path;
    if (m_source) {
        auto provided = m_source();
        if (!provided)
            return fail(tr("The model cannot be prepared for the run: %1").arg(provided.errorMessage()));
        path = provided.value();
    } else {
        path = m_model->path();
    }
    m_running = true;
    Q_EMIT runStarted();
    startEngine(s, path);
}

void RunPanel::startEngine(EngineSettings s, const QString &path)
{
    const auto fail = [this](const QString &message) {
        m_running = false;
        updateEnabled();
        showMessage(message, true);
        Q_EMIT runFailed(message);
    };
    auto folder = newRunFolder();
    if (!folder)
        return fail(folder.errorMessage());
    m_runFolder = folder.value();
    // Always the outputs, for the comparison with the next run; the graph when asked.
    s.saveOutputsDir = QDir(m_runFolder).filePath(QStringLiteral("outputs"));
    if (s.backend == QStringLiteral("ort") && m_saveOptimized->isChecked())
        s.saveOptimizedPath = QDir(m_runFolder).filePath(QStringLiteral("optimized.onnx"));
    s.modelPath = path;
    m_runSettings = s;
    m_runModel = m_model;
    m_running = true;
    m_job = m_worker->start(s); // a job still running is cancelled by the supervisor
    showMessage(QString(), false);
    m_progress->setRange(0, 0);
    m_progress->setFormat(stageText(ChildProgress::preparing(), 0, 0));
    updateEnabled();
}

void RunPanel::cancel()
{
    if (!m_running)
        return;
    if (m_preparing) { // the model file is still being written: the engine never starts
        ++m_prepareJob;
        m_preparing = false;
        m_running = false;
        m_progress->setRange(0, 1);
        m_progress->reset();
        updateEnabled();
        showMessage(EngineSupervisor::cancelledMessage(), true);
        Q_EMIT runFailed(EngineSupervisor::cancelledMessage());
        return;
    }
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
    KeptRun current{m_runFolder, m_result->outputsDir, inputsOf(m_result->settings), m_result->settings};
    compareWithPrevious(current);
    // Kept: this run's folder and the previous run's outputs (the comparison reads them);
    // the previous run's optimized graph goes, its result is no longer shown.
    QStringList keep{current.folder};
    if (m_lastRun) {
        keep << m_lastRun->folder;
        QFile::remove(QDir(m_lastRun->folder).filePath(QStringLiteral("optimized.onnx")));
    }
    removeRunFolders(keep);
    m_lastRun = std::move(current);
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
    if (!m_runFolder.isEmpty() && (!m_lastRun || m_lastRun->folder != m_runFolder))
        QDir(m_runFolder).removeRecursively();
    // In the panel, not a modal box: the user reads it next to the settings to change.
    showMessage(cancelled ? tr("The run was cancelled.") : tr("The run failed: %1").arg(message), !cancelled);
    updateEnabled();
    Q_EMIT runFailed(message);
}

void RunPanel::compareWithPrevious(const KeptRun &current)
{
    OutputComparisonView *view = m_resultView->comparisonView();
    if (current.outputsDir.isEmpty())
        return view->showNotCompared(tr("This run saved no outputs to compare."));
    if (!m_lastRun)
        return view->showNotCompared(tr("The next run's outputs will be compared with this run's: change a setting "
                                        "(the optimization level, a precision) and run again."));
    if (m_lastRun->outputsDir.isEmpty())
        return view->showNotCompared(tr("The previous run saved no outputs to compare."));
    if (m_lastRun->inputs != current.inputs) {
        QStringList before, now;
        for (const auto &[name, shape] : m_lastRun->inputs)
            before << tr("%1 %2").arg(name, ShapeSpec::formatDims(shape));
        for (const auto &[name, shape] : current.inputs)
            now << tr("%1 %2").arg(name, ShapeSpec::formatDims(shape));
        return view->showNotCompared(tr("Not compared: the previous run fed other inputs (%1; now %2).")
                                             .arg(before.join(QStringLiteral(", ")), now.join(QStringLiteral(", "))));
    }
    view->compare(
            m_lastRun->outputsDir, current.outputsDir,
            tr("This run (%1) against the previous run (%2).").arg(runText(current.settings), runText(m_lastRun->settings)));
}

} // namespace ml
