// SPDX-License-Identifier: GPL-3.0-or-later
#include "RunSettingsForm.h"

#include "FieldMark.h"
#include "InputPlan.h"
#include "InputSourceEditor.h"
#include "ShapeSpec.h"
#include "TrtexecOptionsBox.h"
#include "TypeText.h"
#include "WheelGuard.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <climits>

namespace ml {

namespace {

// How long after a form is built the backends are checked if it is not shown before.
constexpr int kCheckDelayMs = 1500;

bool isStaticDim(const QString &dim)
{
    bool ok = false;
    dim.toLongLong(&ok);
    return ok;
}

} // namespace

std::vector<RunSettingsForm::BackendInfo> RunSettingsForm::checkBackends()
{
    std::vector<BackendInfo> out;
    for (const BackendId id : allBackends()) {
        const auto backend = EngineBackend::create(id);
        out.push_back({id, backend->displayName(), backend->availability(EngineSettings{})});
    }
    return out;
}

RunSettingsForm::RunSettingsForm(QWidget *parent) : QWidget(parent)
{
    build();
    m_building = false;
    setSettings(EngineSettings{});
    WheelGuard::protect(this); // the form scrolls; its fields take the wheel only once picked

    // The check starts the engine programs, which compete for the CPU with a model's first
    // paint (ONNX Runtime's library is loaded): it waits until this form is shown or the
    // window has settled, whichever comes first.
    QTimer::singleShot(kCheckDelayMs, this, &RunSettingsForm::watchCheck);
}

void RunSettingsForm::showEvent(QShowEvent *event)
{
    watchCheck();
    QWidget::showEvent(event);
}

void RunSettingsForm::watchCheck()
{
    if (m_watching)
        return;
    m_watching = true;
    // Which backends can run here does not change while the app runs, and asking starts
    // each engine program once (seconds for trtexec): one check, shared by every form.
    static const QFuture<std::vector<BackendInfo>> check = QtConcurrent::run(&RunSettingsForm::checkBackends);
    auto *watcher = new QFutureWatcher<std::vector<BackendInfo>>(this);
    connect(watcher, &QFutureWatcher<std::vector<BackendInfo>>::finished, this, [this, watcher] {
        showBackends(watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(check);
}

void RunSettingsForm::build()
{
    QWidget *page = this;
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *top = new QFormLayout;
    m_backend = new QComboBox(page);
    m_backend->setObjectName(QStringLiteral("backend"));
    for (const BackendId id : allBackends())
        m_backend->addItem(EngineBackend::create(id)->displayName(), static_cast<int>(id));
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

    connect(m_backend, &QComboBox::currentIndexChanged, this, &RunSettingsForm::updateEnabled);
    connect(m_byCount, &QRadioButton::toggled, this, &RunSettingsForm::updateEnabled);
    connect(m_warmupByCount, &QRadioButton::toggled, this, &RunSettingsForm::updateEnabled);
    connect(m_trtBox, &TrtexecOptionsBox::changed, this, &RunSettingsForm::revalidate);
}

void RunSettingsForm::showBackends(const std::vector<BackendInfo> &backends)
{
    m_backends = backends;
    m_checked = true;
    auto *items = qobject_cast<QStandardItemModel *>(m_backend->model());
    QStringList notes, unusable, unusableDetails;
    for (const BackendInfo &b : backends) {
        const int index = m_backend->findData(static_cast<int>(b.id));
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
        // Only providers that load are offered; the others are named, with what is missing
        // in the tooltip (ONNX Runtime's reasons are long, the form is narrow).
        for (const auto &[provider, missing] : a.unavailableProviders) {
            unusable << provider;
            unusableDetails << tr("%1 is not available: %2").arg(provider, missing);
        }
        if (b.id == BackendId::OnnxRuntime && !a.providers.isEmpty()) {
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
    if (!unusable.isEmpty())
        notes << tr("Execution providers that cannot load here (point at this note for what is missing): %1")
                         .arg(unusable.join(QStringLiteral(", ")));
    m_backendNote->setText(notes.join(QLatin1Char('\n')));
    m_backendNote->setToolTip(unusableDetails.join(QLatin1Char('\n')));
    m_backendNote->setVisible(!notes.isEmpty());
    updateEnabled();
    Q_EMIT backendsCheckedChanged();
}

BackendAvailability RunSettingsForm::availability(BackendId backend) const
{
    for (const BackendInfo &b : m_backends)
        if (b.id == backend)
            return b.availability;
    return {};
}

void RunSettingsForm::setModel(std::shared_ptr<const LoadedModel> model)
{
    m_model = std::move(model);
    rebuildInputs();
    updateEnabled();
    revalidate();
}

BackendId RunSettingsForm::backend() const { return static_cast<BackendId>(m_backend->currentData().toInt()); }

bool RunSettingsForm::keepOptimizedGraph() const { return backend() == BackendId::OnnxRuntime && m_saveOptimized->isChecked(); }

void RunSettingsForm::rebuildInputs()
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
        connect(e.edit, &QLineEdit::editingFinished, this, &RunSettingsForm::updateTrtexecDefaults);
        connect(e.edit, &QLineEdit::textChanged, this, &RunSettingsForm::revalidate);
        e.source = new InputSourceEditor(in.name, field);
        if (auto it = sources.constFind(in.name); it != sources.constEnd()) {
            e.source->setChoice(it->first);
            e.source->setText(it->second);
        }
        connect(e.source, &InputSourceEditor::changed, this, &RunSettingsForm::revalidate);
        fieldLayout->addWidget(e.edit);
        fieldLayout->addWidget(e.source);
        auto *label = new QLabel(tr("%1 (%2, %3):").arg(in.name, type, modelDims), m_inputsBox);
        label->setToolTip(e.edit->toolTip());
        m_inputsForm->addRow(label, field);
        m_inputs.push_back(e);
    }
    m_trtBox->setInputs(inputs, planned.ok());
    WheelGuard::protect(this); // the new input editors' fields too
}

void RunSettingsForm::updateTrtexecDefaults()
{
    // The default range follows the running shape; the files of the inputs are not read
    // here (the GUI thread does not wait on a file), so a file's shape shows after a run.
    if (!m_model || !m_model->model)
        return;
    EngineSettings s;
    s.shapes = collect(nullptr, false).shapes;
    if (auto planned = InputPlan::plan(m_model->model->proto().graph(), s))
        m_trtBox->setDefaults(planned.value());
}

EngineSettings RunSettingsForm::collect(QString *firstProblem, bool mark) const
{
    QString first;
    const auto problem = [&](QWidget *field, const QString &text) {
        if (mark)
            markField(field, text);
        if (first.isEmpty())
            first = text;
    };
    EngineSettings s;
    s.backend = backend();
    // A backend the check found missing cannot run; before the check answers, let it try
    // (the supervisor reports what is missing).
    if (const auto *items = qobject_cast<QStandardItemModel *>(m_backend->model());
        items && m_backend->currentIndex() >= 0 && !items->item(m_backend->currentIndex())->isEnabled())
        first = tr("%1 is not available here.").arg(m_backend->currentText());
    for (const InputEditor &e : m_inputs) {
        const auto source = e.source->source();
        auto *sourceText = e.source->findChild<QLineEdit *>(QStringLiteral("text"));
        if (!source)
            problem(sourceText, source.errorMessage());
        else if (mark)
            markField(sourceText, QString());
        if (source && !e.source->isDefault())
            s.sources[e.name] = source.value();
        if (!e.dynamic)
            continue;
        if (e.edit->text().isEmpty()) {
            // Empty dims get InputPlan's defaults, but an input of unknown rank has none.
            if (!e.rankKnown)
                problem(e.edit, tr("Input %1 needs a shape, such as 1x3x224x224.").arg(e.name));
            else if (mark)
                markField(e.edit, QString());
            continue;
        }
        auto dims = ShapeSpec::parseDims(e.edit->text());
        if (!dims) {
            problem(e.edit, tr("Input %1: %2").arg(e.name, dims.errorMessage()));
            continue;
        }
        if (mark)
            markField(e.edit, QString());
        // Only what the user typed: the shape shown until then is InputPlan's default, which
        // the plan makes again (and marks as a default, as the CLI's run does); a .npy or .pb
        // file brings its own shape, which a default would contradict.
        if (!e.edit->isModified())
            continue;
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
    // The trtexec fields round-trip whatever the backend (RunSession::plan ignores the shape
    // ranges for the others); a range that does not parse matters only to trtexec.
    const bool trtexec = s.backend == BackendId::Trtexec;
    if (auto applied = m_trtBox->apply(s, mark && trtexec); !applied && trtexec && first.isEmpty())
        first = applied.errorMessage();
    if (firstProblem)
        *firstProblem = first;
    return s;
}

Result<EngineSettings> RunSettingsForm::settings() const
{
    QString problem;
    EngineSettings s = collect(&problem, false);
    if (!problem.isEmpty())
        return makeError(problem, ErrorCode::InvalidSettings);
    return s;
}

void RunSettingsForm::revalidate()
{
    if (m_building)
        return;
    QString problem;
    collect(&problem, true);
    if (problem == m_problem)
        return;
    m_problem = problem;
    Q_EMIT validityChanged(problem.isEmpty()); // also when only the reason changed: the owner shows it
}

void RunSettingsForm::updateEnabled()
{
    if (m_building)
        return;
    m_ortBox->setEnabled(backend() == BackendId::OnnxRuntime);
    m_trtBox->setEnabled(trtexecUsable());
    m_warmup->setEnabled(m_warmupByCount->isChecked());
    m_warmupDuration->setEnabled(m_warmupByTime->isChecked());
    m_iterations->setEnabled(m_byCount->isChecked());
    m_duration->setEnabled(m_byTime->isChecked());
    revalidate();
}

void RunSettingsForm::setSettings(const EngineSettings &s)
{
    if (const int b = m_backend->findData(static_cast<int>(s.backend)); b >= 0)
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
    revalidate();
}

bool RunSettingsForm::trtexecUsable() const
{
    // Only once the check has found trtexec: its options mean nothing to ONNX Runtime.
    return backend() == BackendId::Trtexec && m_checked && availability(BackendId::Trtexec).available;
}
} // namespace ml
