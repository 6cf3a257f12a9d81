// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "RunRecord.h"
#include "RunSession.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QTemporaryDir>
#include <QThreadPool>

#include <memory>
#include <vector>

namespace ml {

// What an A/B run made: each side as one run of its rounds, and where the history keeps it.
struct AbOutcome {
    RunRecord a, b;     // result and rounds of each side, as stored
    QString idA, idB;   // their ids in the history; empty without one
    QString storeError; // why they could not be stored (the runs themselves are fine)
};

// An A/B measurement: the rounds of two runs (two models, or one model under two settings)
// interleaved in the order A B B A A B B A ..., each round a fresh engine, so that a slow
// drift of the machine (heat, other load) falls on both sides alike instead of on whichever
// ran second. Each side is then merged into one run with rounds (RunRounds.h) and both are
// stored in the history, so `compare` and the history view see them like any other runs.
//
// Thread contract: as RunSession, whose one instance it drives: made, called and signalled
// on one thread with an event loop. Storing runs on a pool thread of its own.
class AbSession : public QObject {
    Q_OBJECT
public:
    explicit AbSession(QObject *parent = nullptr);
    ~AbSession() override;

    void setHistory(const QString &databasePath) { m_historyPath = databasePath; }

    // Starts the A/B run: `rounds` rounds a side (at most one per measured iteration of the
    // side with fewer), each side's iterations shared out over its rounds. The requests'
    // own settings.rounds are ignored.
    void start(RunRequest a, RunRequest b, int rounds);
    void cancel();
    bool isRunning() const { return m_running; }
    int rounds() const { return m_rounds; }
    // The session that runs the rounds, one at a time: its progress signals carry the raw
    // stages (the GUI words them), and runningSettings() is the round's.
    RunSession *session() const { return m_session; }

Q_SIGNALS:
    // Before each round: `slot` of `slots` (0-based), for side 'A' or 'B'.
    void roundStarted(int slot, int slots, QChar side);
    void progress(const QString &stage, qint64 current, qint64 total);
    void finished(const ml::AbOutcome &outcome);
    void failed(const ml::Error &error);

private:
    struct Side {
        RunRequest request;
        std::vector<std::shared_ptr<const RunResult>> results;
        EngineSettings planned;                   // the first round's settings as they ran
        QDateTime startedAt;                      // when its first round started
        double durationMs = 0;                    // its rounds' wall time, summed
        std::shared_ptr<QTemporaryDir> engineDir; // a trtexec engine its rounds share
    };
    static int sideOf(int slot); // 0: A, 1: B
    void next();
    void onFinished(quint64 job, const std::shared_ptr<const SessionRun> &run);
    void onFailed(quint64 job, const Error &error);
    RunRecord recordOf(const Side &side) const;

    RunSession *m_session = nullptr;
    Side m_sides[2];
    int m_rounds = 0, m_slot = 0;
    quint64 m_job = 0;
    bool m_running = false;
    QString m_historyPath;
    QElapsedTimer m_round; // since the round in flight started
    QThreadPool m_historyPool;
};

} // namespace ml

Q_DECLARE_METATYPE(ml::AbOutcome)
