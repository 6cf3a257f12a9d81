// SPDX-License-Identifier: GPL-3.0-or-later
#include "RunPanel.h"

#include "AbDialog.h"
#include "ChildProgress.h"
#include "LayerTableModel.h"
#include "OutputComparisonView.h"
#include "RunQuery.h"
#include "RunResultView.h"
#include "RunSettingsForm.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QVBoxLayout>

#include <climits>
#include <cmath>

using namespace Qt::StringLiterals;

namespace ml {

namespace {

QString msText(double v) { return QLocale().toString(v, 'f', v < 1 ? 4 : 3); }

// One run's settings in a few words, for the comparison: what differs between two runs.
QString runText(const EngineSettings &s)
{
    QStringList parts;
    parts << EngineBackend::create(s.backend)->displayName();
    if (s.backend == BackendId::OnnxRuntime)
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

RunPanel::RunPanel(QWidget *parent) : QWidget(parent), m_session(new RunSession(this))
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
    m_form = new RunSettingsForm;
    scroll->setWidget(m_form);
    leftLayout->addWidget(scroll, 1);

    auto *buttons = new QHBoxLayout;
    m_runButton = new QPushButton(tr("Run"), left);
    m_runButton->setObjectName(QStringLiteral("run"));
    m_cancelButton = new QPushButton(tr("Cancel"), left);
    m_cancelButton->setObjectName(QStringLiteral("cancel"));
    m_abButton = new QPushButton(tr("A/B…"), left);
    m_abButton->setObjectName(QStringLiteral("ab"));
    m_abButton->setToolTip(tr("Run this model against a variant (other settings or another model file), rounds "
                              "alternating, and compare the two"));
    m_compareButton = new QPushButton(tr("Compare With…"), left);
    m_compareButton->setObjectName(QStringLiteral("compareWith"));
    m_compareButton->setToolTip(tr("Compare the run shown with another run from the history"));
    buttons->addWidget(m_runButton);
    buttons->addWidget(m_cancelButton);
    buttons->addWidget(m_abButton);
    buttons->addWidget(m_compareButton);
    leftLayout->addLayout(buttons);
    m_progress = new QProgressBar(left);
    m_progress->setObjectName(QStringLiteral("runProgress"));
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
    connect(m_abButton, &QPushButton::clicked, this, &RunPanel::showAbDialog);
    connect(m_compareButton, &QPushButton::clicked, this, [this] {
        if (!m_storedId.isEmpty())
            Q_EMIT compareWithRequested(m_storedId);
    });
    connect(m_resultView, &RunResultView::nodeActivated, this, &RunPanel::nodeRequested);
    connect(m_resultView, &RunResultView::openModelRequested, this, &RunPanel::openModelRequested);
    connect(m_session, &RunSession::progress, this, &RunPanel::onProgress);
    connect(m_session, &RunSession::finished, this, &RunPanel::onFinished);
    connect(m_session, &RunSession::failed, this, &RunPanel::onFailed);
    connect(m_session, &RunSession::recorded, this, [this](quint64 job, const QString &id) {
        if (job != m_job)
            return;
        m_storedId = id;
        updateEnabled(); // "Compare With..." has a run now
        if (m_result)    // beside the summary of the run
            showMessage(m_message->text() + QLatin1Char(' ') + tr("Stored in the history as run %1.").arg(id), false);
        Q_EMIT runStored(id);
    });
    connect(m_session, &RunSession::recordFailed, this, [this](quint64 job, const Error &error) {
        if (job == m_job) // the results stay on screen; only the history missed the run
            showMessage(m_message->text() + QLatin1Char('\n')
                                + tr("The run was not stored in the history: %1").arg(error.message),
                        true);
    });
    connect(m_form, &RunSettingsForm::backendsCheckedChanged, this, &RunPanel::backendsCheckedChanged);
    connect(m_form, &RunSettingsForm::validityChanged, this, [this](bool valid) {
        // The reason next to the settings to change; gone once the field is fixed.
        if (!valid)
            showMessage(m_form->problem(), true);
        else if (!isRunning() && m_message->property("fromForm").toBool())
            showMessage(QString(), false);
        m_message->setProperty("fromForm", !valid);
        updateEnabled();
    });
    updateEnabled();
}

// The session goes with the panel (a child): it kills a running child, then removes the
// folders of its runs.
RunPanel::~RunPanel() = default;

void RunPanel::setModel(std::shared_ptr<const LoadedModel> model)
{
    m_model = std::move(model);
    m_form->setModel(m_model);
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

Result<EngineSettings> RunPanel::settings() const { return m_form->settings(); }
void RunPanel::setSettings(const EngineSettings &settings) { m_form->setSettings(settings); }
bool RunPanel::backendsChecked() const { return m_form->backendsChecked(); }
BackendAvailability RunPanel::availability(BackendId backend) const { return m_form->availability(backend); }
QString RunPanel::message() const { return m_message->text(); }

void RunPanel::setHistory(const QString &path)
{
    m_historyPath = path;
    m_session->setHistory(path);
    updateEnabled();
}

bool RunPanel::isRunning() const { return m_session->isRunning() || isRunningAb(); }
bool RunPanel::isRunningAb() const { return m_ab && m_ab->isRunning(); }

void RunPanel::updateEnabled()
{
    const bool running = isRunning();
    const bool runnable = m_form->isValid() && (m_model || m_source || m_prepare);
    m_runButton->setEnabled(!running && runnable);
    m_runButton->setToolTip(m_form->isValid() ? QString() : m_form->problem());
    m_cancelButton->setEnabled(running);
    m_abButton->setEnabled(!running && runnable && !m_historyPath.isEmpty());
    m_compareButton->setEnabled(!running && !m_storedId.isEmpty() && !m_historyPath.isEmpty());
}

void RunPanel::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("QLabel { color: #b00020; }") : QString());
    m_message->setVisible(!text.isEmpty());
    m_message->setProperty("fromForm", false);
}

void RunPanel::fail(const Error &error)
{
    showMessage(error.message, true);
    Q_EMIT runFailed(error);
}

Result<RunRequest> RunPanel::makeRequest()
{
    auto settings = m_form->settings();
    if (!settings)
        return settings.error();
    if (!m_prepare && !m_source && !(m_model && m_model->model))
        return makeError(tr("There is no model to run."), ErrorCode::InvalidSettings);
    RunRequest request;
    request.settings = std::move(settings).value();
    request.keepOptimizedGraph = m_form->keepOptimizedGraph();
    request.model = m_model ? m_model->model : nullptr;
    if (m_prepare) {
        // Writing the file can take a while (an edited model of some size): the session does
        // it off the GUI thread, before the engine starts; Cancel drops it.
        request.writeModel = m_prepare();
    } else if (m_source) {
        auto provided = m_source();
        if (!provided)
            return withContext(tr("The model cannot be prepared for the run: "), provided.error());
        request.settings.modelPath = provided.value();
    } else {
        request.settings.modelPath = m_model->path();
    }
    if (m_origin) {
        const RunOrigin origin = m_origin();
        request.historyModelPath = origin.path;
        request.editedModel = origin.edited;
    }
    request.source = QStringLiteral("gui");
    return request;
}

void RunPanel::run()
{
    if (isRunning())
        return;
    auto made = makeRequest();
    if (!made) { // F5 while a field is invalid: the field's reason, as the form shows it
        fail(made.error());
        m_message->setProperty("fromForm", !m_form->isValid());
        return;
    }
    RunRequest request = std::move(made).value();
    m_runModel = m_model;
    m_storedId.clear();
    const bool writing = static_cast<bool>(request.writeModel);
    m_job = m_session->start(std::move(request));
    m_remaining.reset();
    showMessage(QString(), false);
    m_progress->setRange(0, 0);
    m_progress->setFormat(writing ? tr("Writing the model for the engine…")
                                  : stageText(ChildProgress::preparing(), 0, 0, m_session->runningSettings()));
    updateEnabled();
    Q_EMIT runStarted();
}

void RunPanel::cancel()
{
    if (!isRunning())
        return;
    if (isRunningAb()) {
        m_ab->cancel(); // kills the round's child; an A/B run says nothing more once cancelled
        m_abRound.clear();
        m_progress->setRange(0, 1);
        m_progress->setValue(0);
        m_progress->setFormat(tr("Cancelled"));
        showMessage(tr("The A/B run was cancelled; nothing was stored."), false);
        updateEnabled();
        return;
    }
    m_progress->setFormat(tr("Cancelling…"));
    m_session->cancel(); // SIGKILL now (or the preparation dropped); failed(Cancelled) follows
}

void RunPanel::showAbDialog()
{
    if (isRunning())
        return;
    auto a = m_form->settings();
    if (!a)
        return fail(a.error());
    auto *dialog = new AbDialog(m_model, a.value(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (auto b = dialog->settingsB())
            startAb(b.value(), dialog->modelB(), dialog->rounds());
    });
    dialog->open();
}

void RunPanel::startAb(const EngineSettings &settingsB, const QString &modelB, int rounds)
{
    if (isRunning())
        return;
    if (m_historyPath.isEmpty())
        return fail(makeError(tr("An A/B run is compared from the run history, and there is none."), ErrorCode::InvalidSettings));
    auto made = makeRequest();
    if (!made)
        return fail(made.error());
    RunRequest a = std::move(made).value();
    RunRequest b = a;
    b.settings = settingsB;
    if (modelB.isEmpty()) {
        b.settings.modelPath = a.settings.modelPath;
    } else { // another file: the session opens and plans it itself
        b.settings.modelPath = modelB;
        b.model = nullptr;
        b.writeModel = {};
        b.historyModelPath = modelB;
        b.editedModel = nullptr;
    }
    if (!m_ab) {
        m_ab = new AbSession(this);
        connect(m_ab, &AbSession::roundStarted, this, [this](int slot, int slots, QChar side) {
            m_abRound = tr("Round %1 of %2 (%3)").arg(slot + 1).arg(slots).arg(side);
            m_progress->setRange(0, 0);
            m_progress->setFormat(m_abRound);
        });
        connect(m_ab->session(), &RunSession::progress, this,
                [this](quint64, const QString &stage, qint64 current, qint64 total) {
                    if (!isRunningAb())
                        return;
                    showProgress(current, total);
                    m_progress->setFormat(m_abRound + u": "_s
                                          + stageText(stage, current, total, m_ab->session()->runningSettings()));
                });
        connect(m_ab, &AbSession::finished, this, &RunPanel::onAbFinished);
        connect(m_ab, &AbSession::failed, this, &RunPanel::onAbFailed);
    }
    m_ab->setHistory(m_historyPath);
    m_ab->start(std::move(a), std::move(b), rounds);
    showMessage(tr("A/B run: %1 rounds each, alternating.").arg(m_ab->rounds()), false);
    updateEnabled();
    Q_EMIT runStarted();
}

void RunPanel::onAbFinished(const AbOutcome &outcome)
{
    m_abRound.clear();
    m_progress->setRange(0, 1);
    m_progress->setValue(1);
    m_progress->setFormat(tr("Done"));
    updateEnabled();
    if (outcome.idA.isEmpty() || outcome.idB.isEmpty()) {
        showMessage(tr("The A/B run ended, but its runs were not stored in the history: %1").arg(outcome.storeError), true);
        return;
    }
    showMessage(tr("A/B run done: A is run %1, B is run %2 in the history.").arg(outcome.idA, outcome.idB), false);
    Q_EMIT abFinished(outcome.idA, outcome.idB);
}

void RunPanel::onAbFailed(const Error &error)
{
    m_abRound.clear();
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setFormat(error.cancelled() ? tr("Cancelled") : tr("Failed"));
    showMessage(error.cancelled() ? tr("The A/B run was cancelled; nothing was stored.")
                                  : tr("The A/B run failed: %1").arg(error.message),
                !error.cancelled());
    updateEnabled();
    Q_EMIT runFailed(error);
}

void RunPanel::clearResult()
{
    m_result.reset();
    m_resultView->clear();
    Q_EMIT heatMapChanged({});
}

QString RunPanel::stageText(const QString &stage, qint64 current, qint64 total, const EngineSettings &s) const
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
        return s.warmupSeconds > 0 ? tr("Warm-up: %1 of %2 s").arg(seconds(current), seconds(total))
                                   : tr("Warm-up %1 of %2").arg(current).arg(total);
    }
    if (stage == ChildProgress::measuring()) {
        if (total <= 0)
            return tr("Measuring…");
        return s.durationSeconds > 0 ? tr("Measuring: %1 of %2 s").arg(seconds(current), seconds(total))
                                     : tr("Iteration %1 of %2").arg(current).arg(total);
    }
    if (stage == ChildProgress::profiling())
        return total > 0 ? tr("Per-layer profile: run %1 of %2").arg(current).arg(total) : tr("Per-layer profile…");
    if (stage == ChildProgress::reading())
        return tr("Reading the results…");
    return total > 0 ? tr("%1: %2 of %3").arg(stage).arg(current).arg(total) : stage; // a backend's own stage
}

void RunPanel::showProgress(qint64 current, qint64 total)
{
    if (total > 0) {
        // QProgressBar counts in int; durations come in ms, counts stay far below the limit.
        m_progress->setRange(0, static_cast<int>(std::min<qint64>(total, INT_MAX)));
        m_progress->setValue(static_cast<int>(std::min(current, total)));
    } else {
        m_progress->setRange(0, 0); // busy: the stage has no known end
    }
}

void RunPanel::onProgress(quint64 job, const QString &stage, qint64 current, qint64 total)
{
    if (job != m_job)
        return;
    showProgress(current, total);
    // Time remaining where the stage has a known end and has run long enough to tell its
    // pace; otherwise the stage alone (a busy bar when total is unknown).
    QString text = stageText(stage, current, total, m_session->runningSettings());
    if (const auto left = m_remaining.update(stage, current, total))
        text = tr("%1 — %2").arg(text, RemainingTime::describe(*left));
    m_progress->setFormat(text);
}

void RunPanel::onFinished(quint64 job, std::shared_ptr<const SessionRun> run)
{
    if (job != m_job)
        return; // a replaced job
    m_result = run->result;
    m_progress->setRange(0, 1);
    m_progress->setValue(1);
    m_progress->setFormat(tr("Done"));
    m_resultView->setResult(m_result, m_runModel);
    showComparison();
    showMessage(tr("%n iterations, median %1 ms, mean %2 ms.", nullptr, m_result->iterations)
                        .arg(msText(m_result->latency.median), msText(m_result->latency.mean)),
                false);
    updateEnabled();
    Q_EMIT heatMapChanged(m_result->layers ? m_resultView->layerModel()->shareByNode() : QHash<NodeId, double>());
    Q_EMIT runFinished(m_result);
}

void RunPanel::showStoredRun(const StoredRun &run, const QString &origin)
{
    const RunSummary &s = run.summary;
    m_storedId = s.id;
    if (auto settings = EngineSettings::fromJson(run.settings); settings && !isRunning())
        setSettings(settings.value());
    const QString when = QLocale().toString(s.startedAt.toLocalTime(), QLocale::ShortFormat);
    QString text;
    if (s.status == RunStatus::Completed && run.result.iterations > 0) {
        m_result = std::make_shared<const RunResult>(run.result);
        m_resultView->setResult(m_result, m_model);
        text = tr("Run %1 from the history, made %2: %n iterations, median %3 ms, mean %4 ms.", nullptr, m_result->iterations)
                       .arg(s.id, when, msText(m_result->latency.median), msText(m_result->latency.mean));
    } else {
        m_result.reset();
        m_resultView->clear();
        text = s.status == RunStatus::Cancelled
                ? tr("Run %1 from the history, made %2, was cancelled.").arg(s.id, when)
                : tr("Run %1 from the history, made %2, failed: %3").arg(s.id, when, s.failureReason);
    }
    if (!isRunning()) {
        m_progress->setRange(0, 1);
        m_progress->setValue(m_result ? 1 : 0);
        m_progress->setFormat(tr("From the history"));
    }
    if (!origin.isEmpty())
        text += QLatin1Char('\n') + origin;
    showMessage(text, s.status == RunStatus::Failed);
    updateEnabled();
    Q_EMIT heatMapChanged(m_result && m_result->layers ? m_resultView->layerModel()->shareByNode() : QHash<NodeId, double>());
}

void RunPanel::onFailed(quint64 job, const Error &error)
{
    if (job != m_job)
        return;
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setFormat(error.cancelled() ? tr("Cancelled") : tr("Failed"));
    // In the panel, not a modal box: the user reads it next to the settings to change. A
    // cancel is what the user asked for: said calmly, wherever it came.
    showMessage(error.cancelled() ? tr("The run was cancelled.") : tr("The run failed: %1").arg(error.message),
                !error.cancelled());
    updateEnabled();
    Q_EMIT runFailed(error);
}

void RunPanel::showComparison()
{
    OutputComparisonView *view = m_resultView->comparisonView();
    const OutputPairing pairing = m_session->outputPairing();
    if (!pairing.comparable())
        return view->showNotCompared(pairing.notComparable);
    view->compare(pairing.reference->outputsDir(), pairing.current->outputsDir(),
                  tr("This run (%1) against the previous run (%2).")
                          .arg(runText(pairing.current->settings), runText(pairing.reference->settings)));
}

} // namespace ml
