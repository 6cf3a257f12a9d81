// SPDX-License-Identifier: GPL-3.0-or-later
#include "RunSession.h"

#include "ChildProgress.h"
#include "EngineSupervisor.h"
#include "EngineWorker.h"
#include "HistoryStore.h"
#include "InputPlan.h"
#include "InputTrace.h"
#include "PlannedInput.h"
#include "RunRounds.h"
#include "ShapeSpec.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QtConcurrent>

#include <exception>

using namespace Qt::StringLiterals;

namespace ml {
namespace {

QString tr(const char *text) { return QCoreApplication::translate("ml::RunSession", text); }

// "input 1x512, state 2x1x128": the shapes of `names` in the planned settings.
QString shapesOf(const EngineSettings &s, const QStringList &names)
{
    QStringList out;
    for (const PlannedInput &in : s.inputs)
        if (names.contains(in.name))
            out << u"%1 %2"_s.arg(in.name, ShapeSpec::formatDims(in.shape));
    return out.join(u", "_s);
}

// "128, 256, 512, 1024, 16000"
QString lengthsText()
{
    QStringList out;
    for (std::int64_t n : InputPlan::sequenceCandidates())
        out << QString::number(n);
    return out.join(u", "_s);
}

// What a job's preparation hands over: the plans to try, and the graph they are for.
struct Prepared {
    std::vector<EngineSettings> plans;
    std::shared_ptr<const OnnxModel> model;
};

// A failure that has no kind of its own yet gets `code`.
Error classified(Error error, ErrorCode code)
{
    if (error.code == ErrorCode::Failed)
        error.code = code;
    return error;
}

} // namespace

std::vector<std::pair<QString, Shape>> SessionRun::inputs() const
{
    std::vector<std::pair<QString, Shape>> out;
    for (const PlannedInput &in : settings.inputs)
        out.emplace_back(in.name, in.shape);
    return out;
}

RunSession::RunSession(QObject *parent) : QObject(parent), m_worker(new EngineWorker(this))
{
    qRegisterMetaType<std::shared_ptr<const ml::SessionRun>>();
    m_historyPool.setMaxThreadCount(1);
    connect(m_worker, &EngineWorker::progress, this, &RunSession::onEngineProgress);
    connect(m_worker, &EngineWorker::finished, this, &RunSession::onEngineFinished);
    connect(m_worker, &EngineWorker::failed, this, &RunSession::onEngineFailed);
    connect(m_worker, &EngineWorker::childStarted, this, [this](quint64 engineJob, qint64 pid) {
        if (engineJob == m_engineJob && m_tracker.isRunning())
            Q_EMIT childStarted(m_tracker.current(), pid);
    });
}

RunSession::~RunSession()
{
    // The child first (the worker's destructor kills it and waits for its thread), so that
    // nothing writes into the folders removed below.
    delete m_worker;
    m_worker = nullptr;
    m_tracker.cancel();
    if (!m_runFolder.isEmpty())
        QDir(m_runFolder).removeRecursively();
    releaseRuns();
    // A run that ended is stored, even as the session goes; but nobody hears of it any more:
    // whoever listened (the panel, the CLI's locals) may be half gone by now.
    blockSignals(true);
    waitForHistory();
}

void RunSession::waitForHistory()
{
    m_historyPool.waitForDone();
    // The watchers (children of this session) hear of the ends through posted events: deliver
    // them now, so that recorded() has been emitted for every stored run when this returns.
    for (auto *watcher : findChildren<QFutureWatcher<Result<QString>> *>())
        QCoreApplication::sendPostedEvents(watcher);
}

void RunSession::record(quint64 job, const std::shared_ptr<const RunResult> &result, const std::vector<RunRound> &rounds,
                        const Error *error)
{
    if (m_historyPath.isEmpty())
        return;
    RunRecord r;
    r.status = !error ? RunStatus::Completed : error->cancelled() ? RunStatus::Cancelled : RunStatus::Failed;
    if (error)
        r.failureReason = error->message;
    if (result)
        r.result = *result;
    r.rounds = rounds;
    r.settings = (m_runningSettings.modelPath.isEmpty() ? m_pending.settings : m_runningSettings).toJson();
    r.modelPath = !m_pending.historyModelPath.isEmpty() ? m_pending.historyModelPath : m_pending.settings.modelPath;
    r.source = m_pending.source;
    r.startedAt = m_pending.startedAt;
    r.durationMs = static_cast<double>(m_pending.sinceStart.nsecsElapsed()) / 1e6;
    auto edited = m_pending.editedModel;
    const QString path = m_historyPath;
    auto *watcher = new QFutureWatcher<Result<QString>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, job] {
        watcher->deleteLater();
        const Result<QString> stored = watcher->result();
        if (stored)
            Q_EMIT recorded(job, stored.value());
        else
            Q_EMIT recordFailed(job, stored.error());
    });
    // Off the caller's thread: the first run of a big model hashes its file. A store opened
    // here belongs to this pool thread (HistoryStore's thread contract).
    watcher->setFuture(QtConcurrent::run(&m_historyPool, [r = std::move(r), edited, path]() mutable -> Result<QString> {
        try {
            if (edited)
                r.editedModel = QByteArray::fromStdString(edited->proto().SerializeAsString());
            auto store = HistoryStore::open(path);
            if (!store)
                return store.error();
            return store.value()->recordRun(r);
        } catch (const std::exception &e) {
            return makeError(QString::fromLocal8Bit(e.what()));
        }
    }));
}

void RunSession::setRunsFolder(const QString &folder) { m_root = folder; }

QString RunSession::runsFolder() const
{
    if (!m_root.isEmpty())
        return m_root;
    return m_tempRoot ? m_tempRoot->path() : QString();
}

void RunSession::setKeptRuns(int count)
{
    m_keep = std::max(1, count);
    trimRuns();
}

qint64 RunSession::childPid() const { return m_worker ? m_worker->childPid() : 0; }

Result<EngineSettings> RunSession::plan(const onnx::GraphProto &graph, const EngineSettings &settings,
                                        std::int64_t sequenceLength)
{
    EngineSettings s = settings;
    // A shape range is what trtexec builds its engine for; the other backends have none (and
    // InputPlan would check a stale one against the running shape).
    if (s.backend != BackendId::Trtexec) {
        s.minShapes.clear();
        s.maxShapes.clear();
    }
    auto planned = InputPlan::plan(graph, s, sequenceLength);
    if (!planned)
        return classified(planned.error(), ErrorCode::InvalidSettings);
    s.inputs = std::move(planned).value();
    return s;
}

Result<std::vector<EngineSettings>> RunSession::plans(const onnx::GraphProto &graph, const EngineSettings &settings)
{
    const std::vector<std::int64_t> lengths = InputPlan::sequenceCandidates();
    auto first = plan(graph, settings, lengths.front());
    if (!first)
        return first.error();
    std::vector<EngineSettings> out{first.value()};
    for (std::size_t i = 1; i < lengths.size(); ++i) {
        auto next = plan(graph, settings, lengths[i]);
        if (!next)
            break; // a length outside a range the user gave: the smaller ones stay
        if (next->inputs.size() == out.front().inputs.size()) {
            bool same = true;
            for (std::size_t k = 0; k < next->inputs.size(); ++k)
                same = same && next->inputs[k].shape == out.front().inputs[k].shape;
            if (same)
                break; // no sequence-like default: one plan
        }
        out.push_back(std::move(next).value());
    }
    return out;
}

namespace {

// The engine child runs in a folder of its own: every path it is given must not depend on
// the caller's working directory (a relative `modellens-cli profile model.onnx` too).
void makePathsAbsolute(EngineSettings &s)
{
    const auto absolute = [](QString &path) {
        if (!path.isEmpty())
            path = QFileInfo(path).absoluteFilePath();
    };
    absolute(s.modelPath);
    absolute(s.saveOptimizedPath);
    absolute(s.saveOutputsDir);
    absolute(s.timingCachePath);
    absolute(s.enginePath);
    if (s.trtexecPath.contains(QLatin1Char('/'))) // a bare name is looked up on PATH
        absolute(s.trtexecPath);
    for (auto &[name, source] : s.sources)
        if (source.kind == InputSource::Kind::File)
            absolute(source.file);
}

} // namespace

quint64 RunSession::start(RunRequest request)
{
    makePathsAbsolute(request.settings);
    if (m_tracker.isRunning()) {
        const quint64 old = m_tracker.current();
        if (m_engineJob != 0)
            m_worker->cancel(); // its failed(Cancelled) is dropped: m_engineJob changes below
        m_engineJob = 0;
        m_tracker.cancel();
        endWithError(old, EngineSupervisor::cancelledError());
    }
    m_pending = {request.keepOptimizedGraph,
                 request.saveOutputs,
                 request.settings,
                 request.historyModelPath.isEmpty() ? request.settings.modelPath
                                                    : QFileInfo(request.historyModelPath).absoluteFilePath(),
                 request.editedModel,
                 request.source,
                 QDateTime::currentDateTimeUtc(),
                 {}};
    m_pending.sinceStart.start();
    m_runningSettings = {};
    auto prepare = [request = std::move(request)]() -> Result<Prepared> {
        EngineSettings s = request.settings;
        if (request.writeModel) {
            auto written = request.writeModel();
            if (!written)
                return withContext(tr("The model cannot be prepared for the run: "), classified(written.error(), ErrorCode::Io));
            s.modelPath = QFileInfo(written.value()).absoluteFilePath();
        }
        std::shared_ptr<const OnnxModel> model = request.model;
        if (!model) {
            auto opened = OnnxModel::open(s.modelPath);
            if (!opened)
                return classified(opened.error(), ErrorCode::InvalidModel);
            model = std::move(opened).value();
        }
        auto planned = plans(model->proto().graph(), s);
        if (!planned)
            return planned.error();
        return Prepared{std::move(planned).value(), model};
    };
    m_engineJob = 0;
    const quint64 job = m_tracker.start(std::move(prepare), [this](quint64 job, Result<Prepared> prepared) {
        if (!prepared) {
            m_tracker.end(job);
            return endWithError(job, prepared.error());
        }
        std::vector<EngineSettings> &plans = prepared->plans;
        m_pending.model = prepared->model;
        m_pending.untried.assign(plans.begin() + 1, plans.end());
        m_pending.lengthInputs.clear();
        if (plans.size() > 1)
            for (std::size_t k = 0; k < plans[0].inputs.size(); ++k)
                if (plans[0].inputs[k].shape != plans[1].inputs[k].shape)
                    m_pending.lengthInputs << plans[0].inputs[k].name;
        startEngine(job, std::move(plans.front()));
    });
    Q_EMIT started(job);
    // The preparation's share of the progress: planning is quick, writing a big copy is not.
    Q_EMIT progress(job, ChildProgress::preparing(), 0, 0);
    return job;
}

void RunSession::startEngine(quint64 job, EngineSettings s)
{
    m_tracker.resume(job); // the pool step delivered; the engine step follows
    auto folder = newRunFolder();
    if (!folder) {
        m_tracker.end(job);
        return endWithError(job, folder.error());
    }
    m_runFolder = folder.value();
    if (m_pending.saveOutputs && s.saveOutputsDir.isEmpty())
        s.saveOutputsDir = QDir(m_runFolder).filePath(u"outputs"_s);
    if (s.backend == BackendId::OnnxRuntime && m_pending.keepOptimizedGraph && s.saveOptimizedPath.isEmpty())
        s.saveOptimizedPath = QDir(m_runFolder).filePath(u"optimized.onnx"_s);
    keepEngineForRounds(s, m_runFolder); // trtexec builds once, the later rounds load it
    m_runningSettings = s;
    m_pending.rounds = effectiveRounds(s);
    m_pending.roundResults.clear();
    m_engineJob = m_worker->start(roundSettings(s, 0, m_pending.rounds));
}

void RunSession::cancel()
{
    if (!m_tracker.isRunning())
        return;
    const quint64 job = m_tracker.current();
    if (m_engineJob == 0) { // still preparing: the engine never starts
        m_tracker.cancel();
        return endWithError(job, EngineSupervisor::cancelledError());
    }
    m_worker->cancel(); // SIGKILL now; the engine's failed(Cancelled) ends the job
}

void RunSession::endWithError(quint64 job, const Error &error)
{
    if (!m_runFolder.isEmpty()) {
        QDir(m_runFolder).removeRecursively();
        m_runFolder.clear();
    }
    m_pending.roundResults.clear();
    record(job, nullptr, {}, &error);
    Q_EMIT failed(job, error);
}

void RunSession::onEngineProgress(quint64 engineJob, const QString &stage, qint64 current, qint64 total)
{
    if (engineJob != m_engineJob || !m_tracker.isRunning())
        return;
    m_pending.lastStage = stage;
    if (m_pending.rounds > 1) {
        const QString round = tr("round %1/%2: %3").arg(m_pending.roundResults.size() + 1).arg(m_pending.rounds).arg(stage);
        return Q_EMIT progress(m_tracker.current(), round, current, total);
    }
    Q_EMIT progress(m_tracker.current(), stage, current, total);
}

void RunSession::onEngineFinished(quint64 engineJob, std::shared_ptr<const RunResult> result)
{
    if (engineJob != m_engineJob || !m_tracker.isRunning())
        return; // a replaced job
    m_pending.roundResults.push_back(std::move(result));
    if (int(m_pending.roundResults.size()) < m_pending.rounds) {
        // The next round: a fresh engine in a fresh child, into the same folder.
        m_engineJob = m_worker->start(roundSettings(m_runningSettings, int(m_pending.roundResults.size()), m_pending.rounds));
        return;
    }
    const quint64 job = m_tracker.current();
    m_tracker.end(job);
    m_engineJob = 0;
    RoundedResult merged = mergeRounds(m_pending.roundResults, m_runningSettings);
    m_pending.roundResults.clear();
    if (!m_pending.triedShapes.isEmpty())
        merged.result.warnings.prepend(tr("The default shapes %1 did not run (the first inference failed); this run used "
                                          "%2, the smallest of the lengths tried (%3) that ran. Set another with --shapes "
                                          "or in the Inputs fields.")
                                               .arg(m_pending.triedShapes.join(u"; "_s),
                                                    shapesOf(m_runningSettings, m_pending.lengthInputs), lengthsText()));
    auto run = std::make_shared<SessionRun>();
    run->job = job;
    run->settings = m_runningSettings;
    run->result = std::make_shared<const RunResult>(std::move(merged.result));
    run->rounds = std::move(merged.rounds);
    run->folder = std::exchange(m_runFolder, QString());
    std::shared_ptr<const SessionRun> published = std::move(run);
    // The optimized graph is as big as the model: only the last run's is kept (the earlier
    // runs' results still name theirs, which is gone).
    for (const auto &kept : m_runs)
        if (kept->result && !kept->result->optimizedModelPath.isEmpty()
            && kept->result->optimizedModelPath.startsWith(kept->folder))
            QFile::remove(kept->result->optimizedModelPath);
    m_runs.push_back(published);
    trimRuns();
    record(job, published->result, published->rounds, nullptr);
    Q_EMIT finished(job, published);
}

void RunSession::onEngineFailed(quint64 engineJob, const Error &error)
{
    if (engineJob != m_engineJob || !m_tracker.isRunning())
        return;
    const quint64 job = m_tracker.current();
    if (retryWithNextLength(job, error))
        return;
    m_tracker.end(job);
    m_engineJob = 0;
    endWithError(job, explained(error));
}

bool RunSession::retryWithNextLength(quint64 job, const Error &error)
{
    // Only a failure at the first inference says something about the shapes; a crash, a
    // cancel or a failed build would fail again at every length.
    if (m_pending.untried.empty() || error.code != ErrorCode::Failed || m_pending.lastStage != ChildProgress::firstRun()
        || !m_pending.roundResults.empty())
        return false;
    m_pending.triedShapes << shapesOf(m_runningSettings, m_pending.lengthInputs);
    EngineSettings next = std::move(m_pending.untried.front());
    m_pending.untried.pop_front();
    if (!m_runFolder.isEmpty()) {
        QDir(m_runFolder).removeRecursively();
        m_runFolder.clear();
    }
    m_pending.lastStage.clear();
    startEngine(job, std::move(next));
    return true;
}

Error RunSession::explained(const Error &error) const
{
    if (error.code != ErrorCode::Failed || m_pending.lastStage != ChildProgress::firstRun())
        return error;
    Error out = error;
    if (!m_pending.triedShapes.isEmpty())
        out.message += u"\n"_s
                + tr("No default length ran: tried %1 and %2.")
                          .arg(m_pending.triedShapes.join(u"; "_s), shapesOf(m_runningSettings, m_pending.lengthInputs));
    const QString node = InputTrace::failingNode(error.message);
    const QStringList inputs =
            m_pending.model ? InputTrace::inputsFeeding(m_pending.model->proto().graph(), node) : QStringList();
    if (!inputs.isEmpty())
        out.message += u"\n"_s
                + tr("The failing node %1 is fed by the graph inputs %2: set their shapes with --shapes NAME:DIMS or "
                     "their values with --inputs NAME:=VALUE (in the app: the run panel's Inputs fields).")
                          .arg(node, inputs.join(u", "_s));
    return out;
}

Result<QString> RunSession::newRunFolder()
{
    QString root = m_root;
    if (root.isEmpty()) {
        if (!m_tempRoot) {
            m_tempRoot = std::make_unique<QTemporaryDir>(QDir(QDir::tempPath()).filePath(u"modellens-runs-XXXXXX"_s));
            if (!m_tempRoot->isValid()) {
                const QString error = m_tempRoot->errorString();
                m_tempRoot.reset();
                return makeError(tr("Cannot create a temporary folder for the run: %1").arg(error), ErrorCode::Io);
            }
        }
        root = m_tempRoot->path();
    }
    // A name no earlier session in a shared folder used: the count alone could repeat.
    QString folder;
    do
        folder = QDir(root).filePath(u"run-%1-%2"_s.arg(QCoreApplication::applicationPid()).arg(++m_runCount));
    while (QFileInfo::exists(folder));
    if (!QDir().mkpath(folder))
        return makeError(tr("Cannot create the folder %1 for the run.").arg(folder), ErrorCode::Io);
    return folder;
}

void RunSession::trimRuns()
{
    while (static_cast<int>(m_runs.size()) > m_keep) {
        QDir(m_runs.front()->folder).removeRecursively();
        m_runs.pop_front();
    }
}

void RunSession::releaseRuns()
{
    for (const auto &run : m_runs)
        QDir(run->folder).removeRecursively();
    m_runs.clear();
}

std::shared_ptr<const SessionRun> RunSession::lastRun() const { return m_runs.empty() ? nullptr : m_runs.back(); }

std::shared_ptr<const SessionRun> RunSession::previousRun() const
{
    return m_runs.size() < 2 ? nullptr : m_runs[m_runs.size() - 2];
}

std::vector<std::shared_ptr<const SessionRun>> RunSession::runs() const { return {m_runs.begin(), m_runs.end()}; }

OutputPairing RunSession::outputPairing() const
{
    OutputPairing p;
    p.current = lastRun();
    p.reference = previousRun();
    if (!p.current)
        p.notComparable = tr("No run yet.");
    else if (p.current->outputsDir().isEmpty())
        p.notComparable = tr("This run saved no outputs to compare.");
    else if (!p.reference)
        p.notComparable = tr("The next run's outputs will be compared with this run's: change a setting "
                             "(the optimization level, a precision) and run again.");
    else if (p.reference->outputsDir().isEmpty())
        p.notComparable = tr("The previous run saved no outputs to compare.");
    else if (p.reference->inputs() != p.current->inputs()) {
        QStringList before, now;
        for (const auto &[name, shape] : p.reference->inputs())
            before << u"%1 %2"_s.arg(name, ShapeSpec::formatDims(shape));
        for (const auto &[name, shape] : p.current->inputs())
            now << u"%1 %2"_s.arg(name, ShapeSpec::formatDims(shape));
        p.notComparable =
                tr("Not compared: the previous run fed other inputs (%1; now %2).").arg(before.join(u", "_s), now.join(u", "_s));
    }
    return p;
}

Result<std::vector<OutputDifference>> RunSession::compareOutputs(const OutputPairing &pairing, double atol, double rtol)
{
    if (!pairing.comparable())
        return makeError(pairing.notComparable.isEmpty() ? tr("Nothing to compare.") : pairing.notComparable);
    auto a = OutputComparison::load(pairing.reference->outputsDir());
    if (!a)
        return classified(a.error(), ErrorCode::Io);
    auto b = OutputComparison::load(pairing.current->outputsDir());
    if (!b)
        return classified(b.error(), ErrorCode::Io);
    return OutputComparison::compare(a.value(), b.value(), atol, rtol);
}

} // namespace ml
