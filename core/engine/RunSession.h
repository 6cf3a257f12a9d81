// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EngineSettings.h"
#include "JobTracker.h"
#include "OnnxModel.h"
#include "OutputComparison.h"
#include "Result.h"
#include "RunRecord.h"
#include "RunResult.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QThreadPool>

#include <deque>
#include <functional>
#include <memory>
#include <utility>
#include <vector>

class QTemporaryDir;

namespace ml {

class EngineWorker;

// What to run: the user's settings and where the model comes from.
struct RunRequest {
    EngineSettings settings; // modelPath is the file to run, unless writeModel gives one
    // The graph the inputs are planned for (the snapshot on screen). Null: the session opens
    // the file itself, off the caller's thread.
    std::shared_ptr<const OnnxModel> model;
    // Writes the file to run (a copy of an edited model) and returns its path; runs off the
    // caller's thread before the engine starts. Empty: settings.modelPath as it is.
    std::function<Result<QString>()> writeModel;
    bool keepOptimizedGraph = false; // ONNX Runtime: keep the graph it ran, in the run's folder
    // Keep the first inference's outputs in the run's folder, for comparisons (unless the
    // settings already name a folder for them).
    bool saveOutputs = true;

    // For the run history: the file the model came from (empty: settings.modelPath) and, for
    // a run of an edited model, the model as edited (stored as a version of its own, linked
    // to that file); who ran it ("gui", "cli").
    QString historyModelPath;
    std::shared_ptr<const OnnxModel> editedModel;
    QString source = QStringLiteral("gui");
};

// A finished run the session holds. Immutable once published.
struct SessionRun {
    quint64 job = 0;
    EngineSettings settings;                 // as it ran: inputs planned, modelPath the file the engine read
    std::shared_ptr<const RunResult> result; // every round merged (RunRounds.h)
    std::vector<RunRound> rounds;            // one per round; empty for a run of one round
    QString folder;                          // outputs/, optimized.onnx; removed once the session lets the run go

    // The names and shapes of the inputs that ran.
    std::vector<std::pair<QString, Shape>> inputs() const;
    QString outputsDir() const { return result ? result->outputsDir : QString(); }
};

// The two runs whose outputs a comparison reads, or why there is nothing to compare.
struct OutputPairing {
    std::shared_ptr<const SessionRun> reference; // the earlier run
    std::shared_ptr<const SessionRun> current;
    QString notComparable; // empty when the two can be compared

    bool comparable() const { return notComparable.isEmpty() && reference && current; }
};

// The life of a run, one place for the GUI and `modellens-cli profile`: it plans the inputs
// once (from the model the caller already has, or by opening the file off the caller's
// thread), writes an edited model's copy when asked, gives the run a folder, drives the
// engine worker (a child process supervised from a thread of its own), reports progress,
// and publishes an immutable SessionRun. It keeps the last runs (two by default: the sides
// of the output comparison) with their folders, and lets older ones go, folders and all;
// the optimized graph (as big as the model) only of the last run.
//
// Thread contract: a RunSession lives on the thread that made it (the GUI thread, or the
// CLI's main thread with an event loop); every method is called there and every signal
// arrives there. The preparation runs on the global thread pool, the engine in the worker's
// thread and the child process; neither touches the session.
//
// Rounds: a job whose settings ask for rounds (EngineSettings::rounds, RunRounds.h) starts
// the engine once per round, each a fresh child, in the job's one folder, and publishes (and
// stores) them as one run. The GUI's runs have one round unless its settings say otherwise.
//
// Jobs: start() returns the job's id, and every signal carries it. A start() while a job
// runs replaces it: the old job ends at once with failed(old, Cancelled), and nothing of it
// arrives afterwards. cancel() ends the current job the same way (the engine's child is
// killed). Exactly one of finished() and failed() ends each job.
class RunSession : public QObject {
    Q_OBJECT
public:
    explicit RunSession(QObject *parent = nullptr);
    ~RunSession() override; // kills a running child, then removes the folders of the runs it holds

    // Where run folders go; empty (the default): a temporary folder of the session's own,
    // removed with it. Takes effect for the next run.
    void setRunsFolder(const QString &folder);
    QString runsFolder() const; // empty while the temporary one has not been made
    // How many finished runs (and their folders) are kept; at least 1, 2 by default.
    void setKeptRuns(int count);

    // Every run that ends from now on (completed; failed, with its reason; cancelled) is
    // stored in the history database at `path` (HistoryStore), off the caller's thread and in
    // the order the runs end; recorded() or recordFailed() tells. Empty (the default): none.
    void setHistory(const QString &databasePath) { m_historyPath = databasePath; }
    QString historyPath() const { return m_historyPath; }
    // Waits until every run handed to the history is stored (the CLI, before it exits).
    void waitForHistory();

    // The settings with their inputs planned for `graph`: shapes for every dynamic dimension,
    // sources, seeds. The same function for the GUI, the CLI and start().
    // `sequenceLength`: the default of sequence-like dimensions (InputPlan::plan).
    static Result<EngineSettings> plan(const onnx::GraphProto &graph, const EngineSettings &settings,
                                       std::int64_t sequenceLength = 128);
    // The plans a job tries in turn: the settings planned, then, when the model has defaulted
    // sequence-like dimensions, the same with each larger InputPlan::sequenceCandidates()
    // length. A run that fails at its first inference goes on with the next plan (the
    // smallest length that runs wins, and the result says so); the last failure names the
    // graph inputs that feed the failing node (InputTrace).
    static Result<std::vector<EngineSettings>> plans(const onnx::GraphProto &graph, const EngineSettings &settings);

    quint64 start(RunRequest request);
    void cancel();
    bool isRunning() const { return m_tracker.isRunning(); }
    quint64 currentJob() const { return m_tracker.isRunning() ? m_tracker.current() : 0; }
    qint64 childPid() const;
    // The planned settings of the job in flight (valid once its engine started).
    const EngineSettings &runningSettings() const { return m_runningSettings; }

    std::shared_ptr<const SessionRun> lastRun() const;
    std::shared_ptr<const SessionRun> previousRun() const;
    std::vector<std::shared_ptr<const SessionRun>> runs() const; // oldest first
    // Lets every kept run go (their folders are removed).
    void releaseRuns();

    // The last run against the one before it.
    OutputPairing outputPairing() const;
    // Reads both runs' outputs and compares them (NumPy's allclose rule); any thread.
    static Result<std::vector<OutputDifference>> compareOutputs(const OutputPairing &pairing, double atol, double rtol);

Q_SIGNALS:
    void started(quint64 job);
    void progress(quint64 job, const QString &stage, qint64 current, qint64 total);
    void childStarted(quint64 job, qint64 pid);
    void finished(quint64 job, std::shared_ptr<const ml::SessionRun> run);
    void failed(quint64 job, const ml::Error &error);
    // The job's run is in the history under `runId`; or could not be stored (the run's
    // results are not affected).
    void recorded(quint64 job, const QString &runId);
    void recordFailed(quint64 job, const ml::Error &error);

private:
    struct Pending {
        bool keepOptimizedGraph = false;
        bool saveOutputs = true;
        EngineSettings settings; // as asked, for a run that fails before it is planned
        QString historyModelPath;
        std::shared_ptr<const OnnxModel> editedModel;
        QString source;
        QDateTime startedAt;
        QElapsedTimer sinceStart;
        int rounds = 1; // of the job in flight, once its engine started
        std::vector<std::shared_ptr<const RunResult>> roundResults;
        // Default sequence lengths: the plans not tried yet, and what the tried ones said.
        std::deque<EngineSettings> untried;
        QStringList lengthInputs; // the inputs whose shapes differ between the plans
        QStringList triedShapes;
        QString lastStage;                      // the engine's stage when it last reported (a failure's moment)
        std::shared_ptr<const OnnxModel> model; // the graph planned for, to trace a failure
    };
    bool retryWithNextLength(quint64 job, const Error &error);
    Error explained(const Error &error) const;
    void record(quint64 job, const std::shared_ptr<const RunResult> &result, const std::vector<RunRound> &rounds,
                const Error *error);
    void startEngine(quint64 job, EngineSettings settings);
    void endWithError(quint64 job, const Error &error);
    Result<QString> newRunFolder();
    void trimRuns();
    void onEngineProgress(quint64 engineJob, const QString &stage, qint64 current, qint64 total);
    void onEngineFinished(quint64 engineJob, std::shared_ptr<const RunResult> result);
    void onEngineFailed(quint64 engineJob, const Error &error);

    EngineWorker *m_worker = nullptr;
    JobTracker m_tracker{this};
    quint64 m_engineJob = 0; // the worker's id of the current job's engine run; 0 while preparing
    Pending m_pending;
    EngineSettings m_runningSettings;
    QString m_runFolder; // the current job's
    QString m_root;      // setRunsFolder(); empty: m_tempRoot
    std::unique_ptr<QTemporaryDir> m_tempRoot;
    int m_runCount = 0;
    int m_keep = 2;
    std::deque<std::shared_ptr<const SessionRun>> m_runs; // oldest first
    QString m_historyPath;
    QThreadPool m_historyPool; // one thread: runs are stored in the order they end
};

} // namespace ml

Q_DECLARE_METATYPE(std::shared_ptr<const ml::SessionRun>)
