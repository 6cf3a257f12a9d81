// SPDX-License-Identifier: GPL-3.0-or-later
#include "AbSession.h"

#include "HistoryStore.h"
#include "RunRounds.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QtConcurrent>

#include <exception>

using namespace Qt::StringLiterals;

namespace ml {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("ml::RunSession", text); }
} // namespace

AbSession::AbSession(QObject *parent) : QObject(parent), m_session(new RunSession(this))
{
    qRegisterMetaType<ml::AbOutcome>();
    m_historyPool.setMaxThreadCount(1);
    m_session->setKeptRuns(1); // each round's folder goes once the next round ends
    connect(m_session, &RunSession::finished, this, &AbSession::onFinished);
    connect(m_session, &RunSession::failed, this, &AbSession::onFailed);
    connect(m_session, &RunSession::progress, this, [this](quint64 job, const QString &stage, qint64 current, qint64 total) {
        if (job == m_job && m_running)
            Q_EMIT progress(tr("round %1/%2 (%3): %4").arg(m_slot + 1).arg(2 * m_rounds).arg(QChar(u'A' + sideOf(m_slot)), stage),
                            current, total);
    });
}

AbSession::~AbSession()
{
    m_running = false;
    delete m_session; // kills a running child first
    m_session = nullptr;
    m_historyPool.waitForDone();
}

int AbSession::sideOf(int slot)
{
    // Pairs AB, BA, AB, BA, ...: A B B A A B B A.
    const int pair = slot / 2, within = slot % 2;
    return pair % 2 == 0 ? within : 1 - within;
}

void AbSession::start(RunRequest a, RunRequest b, int rounds)
{
    cancel();
    m_sides[0] = Side{std::move(a), {}, {}, {}, 0, {}};
    m_sides[1] = Side{std::move(b), {}, {}, {}, 0, {}};
    m_rounds = std::max(1, rounds);
    for (Side &side : m_sides) {
        EngineSettings s = side.request.settings;
        s.rounds = rounds;
        m_rounds = std::min(m_rounds, effectiveRounds(s));
    }
    // trtexec builds each side's engine once, in its first round; the later rounds load it.
    for (Side &side : m_sides) {
        EngineSettings &s = side.request.settings;
        if (s.backend != BackendId::Trtexec || !s.enginePath.isEmpty() || m_rounds < 2)
            continue;
        side.engineDir = std::make_shared<QTemporaryDir>(QDir::temp().filePath(u"modellens-engine-XXXXXX"_s));
        if (side.engineDir->isValid())
            s.enginePath = side.engineDir->filePath(u"model.engine"_s);
    }
    m_slot = 0;
    m_running = true;
    next();
}

void AbSession::cancel()
{
    if (!m_running)
        return;
    m_running = false;
    m_job = 0; // the cancelled job's failure, synchronous or not, is not the next run's
    m_session->cancel();
}

void AbSession::next()
{
    Side &side = m_sides[sideOf(m_slot)];
    RunRequest request = side.request;
    request.settings = roundSettings(side.request.settings, int(side.results.size()), m_rounds);
    request.settings.rounds = 1;
    request.saveOutputs = false;
    if (side.results.empty())
        side.startedAt = QDateTime::currentDateTimeUtc(); // A's first, so B is the later (`last`) run
    m_round.start();
    Q_EMIT roundStarted(m_slot, 2 * m_rounds, QChar(u'A' + sideOf(m_slot)));
    m_job = m_session->start(std::move(request));
}

void AbSession::onFinished(quint64 job, const std::shared_ptr<const SessionRun> &run)
{
    if (job != m_job || !m_running)
        return;
    Side &side = m_sides[sideOf(m_slot)];
    if (side.results.empty())
        side.planned = run->settings;
    side.results.push_back(run->result);
    side.durationMs += double(m_round.nsecsElapsed()) / 1e6;
    if (++m_slot < 2 * m_rounds)
        return next();
    m_running = false;
    AbOutcome outcome;
    outcome.a = recordOf(m_sides[0]);
    outcome.b = recordOf(m_sides[1]);
    if (m_historyPath.isEmpty())
        return Q_EMIT finished(outcome);
    // Off this thread, as RunSession stores its runs: a new model's first store hashes it.
    auto *watcher = new QFutureWatcher<AbOutcome>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        Q_EMIT finished(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(&m_historyPool, [outcome = std::move(outcome), path = m_historyPath]() mutable {
        try {
            auto store = HistoryStore::open(path);
            if (!store) {
                outcome.storeError = store.errorMessage();
                return outcome;
            }
            for (auto [record, id] : {std::pair{&outcome.a, &outcome.idA}, std::pair{&outcome.b, &outcome.idB}}) {
                auto stored = store.value()->recordRun(*record);
                if (!stored) {
                    outcome.storeError = stored.errorMessage();
                    return outcome;
                }
                *id = stored.value();
            }
        } catch (const std::exception &e) {
            outcome.storeError = QString::fromLocal8Bit(e.what());
        }
        return outcome;
    }));
}

void AbSession::onFailed(quint64 job, const Error &error)
{
    if (job != m_job || !m_running)
        return;
    m_running = false;
    Q_EMIT failed(
            withContext(tr("round %1/%2 (%3): ").arg(m_slot + 1).arg(2 * m_rounds).arg(QChar(u'A' + sideOf(m_slot))), error));
}

RunRecord AbSession::recordOf(const Side &side) const
{
    // The side's settings as planned, with its whole measurement (not one round's share).
    EngineSettings full = side.planned;
    const EngineSettings &asked = side.request.settings;
    full.iterations = asked.iterations;
    full.durationSeconds = asked.durationSeconds;
    full.profileIterations = asked.profileIterations;
    full.rounds = m_rounds;
    RoundedResult merged = mergeRounds(side.results, full);
    RunRecord r;
    r.status = RunStatus::Completed;
    r.settings = merged.result.settings;
    r.result = std::move(merged.result);
    r.rounds = std::move(merged.rounds);
    r.modelPath = side.request.historyModelPath.isEmpty() ? QFileInfo(asked.modelPath).absoluteFilePath()
                                                          : QFileInfo(side.request.historyModelPath).absoluteFilePath();
    r.source = side.request.source;
    r.startedAt = side.startedAt;
    r.durationMs = side.durationMs;
    r.tags << u"ab"_s;
    return r;
}

} // namespace ml
