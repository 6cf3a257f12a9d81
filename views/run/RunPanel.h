// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AbSession.h"
#include "EngineBackend.h"
#include "EngineSettings.h"
#include "LoadedModel.h"
#include "RemainingTime.h"
#include "Result.h"
#include "RunResult.h"
#include "RunSession.h"

#include <QHash>
#include <QWidget>

#include <functional>
#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;

namespace ml {

struct StoredRun;
class RunResultView;
class RunSettingsForm;

// Profiling one model: the settings form, Run and Cancel with the progress of the job, and
// the result with the comparison of its outputs with the previous run's.
//
// The life of the run is the RunSession's (core): it plans the inputs from the snapshot on
// screen, writes an edited model's copy off the GUI thread, runs the engine in a supervised
// child process and keeps the folders of the last two runs. The panel shows what it says:
// progress, then the result or the error (not a modal box). A cancel, wherever it comes, is
// told calmly; the next run starts from scratch. Run stays disabled while a field of the
// form is invalid.
class RunPanel : public QWidget {
    Q_OBJECT
public:
    explicit RunPanel(QWidget *parent = nullptr);
    ~RunPanel() override;

    // The model the settings are for (the form's input editors follow it). A running job
    // goes on; its result is mapped onto the snapshot it started with.
    void setModel(std::shared_ptr<const LoadedModel> model);
    std::shared_ptr<const LoadedModel> model() const { return m_model; }

    // Where the file to run comes from, asked when Run is pressed (the owner may write a
    // temporary copy of an edited model). An empty function: the model's own path.
    void setModelSource(std::function<Result<QString>()> provider);
    // The same in two steps, for a file that takes time to write: `prepare` runs when Run is
    // pressed, on the GUI thread (it takes what it needs, such as a copy of the model), and
    // returns the step that writes the file and gives its path, which the session runs off
    // the GUI thread before the engine starts. Takes precedence over setModelSource().
    using FileWriter = std::function<Result<QString>()>;
    void setModelPreparer(std::function<FileWriter()> prepare);

    // Where the run's model comes from, for the run history, asked when Run is pressed (after
    // the preparer): the
    // file, and the model as edited when it has unsaved edits (stored as a version of its
    // own). An empty function: the file that runs.
    struct RunOrigin {
        QString path;
        std::shared_ptr<const OnnxModel> edited;
    };
    void setRunOrigin(std::function<RunOrigin()> origin) { m_origin = std::move(origin); }
    // Every run that ends is stored in the history database at `path` (empty: none).
    void setHistory(const QString &path);
    // The id the last finished run got in the history (empty until it is stored).
    QString storedRunId() const { return m_storedId; }

    // The form's settings (modelPath and the planned inputs left empty), or why a field is
    // invalid; and back into the form.
    Result<EngineSettings> settings() const;
    void setSettings(const EngineSettings &settings);
    // The folder of the runs' folders (empty before the first run).
    QString workFolder() const { return m_session->runsFolder(); }

    bool isRunning() const;
    bool isRunningAb() const;
    std::shared_ptr<const RunResult> result() const { return m_result; }
    // The text in the panel's message line (an invalid field, a failure, a cancel).
    QString message() const;
    RunSession *session() const { return m_session; }
    qint64 childPid() const { return m_session->childPid(); }
    RunResultView *resultView() const { return m_resultView; }
    RunSettingsForm *form() const { return m_form; }
    bool backendsChecked() const;
    BackendAvailability availability(BackendId backend) const;

public Q_SLOTS:
    // Starts a run with the current settings (nothing while one runs or a field is invalid).
    void run();
    void cancel();
    // "A/B...": asks what B is (AbDialog), then startAb().
    void showAbDialog();
    // An A/B run (AbSession): A is the panel's model and settings, B the same model (or
    // `modelB`) with `settingsB`; `rounds` rounds each, alternating. Both are stored in the
    // history; abFinished() gives their ids. Cancel stops it like a run.
    void startAb(const ml::EngineSettings &settingsB, const QString &modelB, int rounds);
    // Shows a run from the history as the panel shows a run that has just finished (its
    // statistics, layers mapped onto this model, the heat map), its settings in the form, and
    // where it comes from in the message line (`origin`, e.g. why a stored copy of the graph
    // is shown). Nothing runs; a running job goes on and replaces it when it ends.
    void showStoredRun(const ml::StoredRun &run, const QString &origin = {});
    // Forgets the shown result (and clears the heat map). Its outputs stay the reference
    // the next run is compared with.
    void clearResult();

Q_SIGNALS:
    void runStarted();
    void runFinished(std::shared_ptr<const ml::RunResult> result);
    // Also for a cancelled run (code Cancelled).
    void runFailed(const ml::Error &error);
    // The run of job `job` is in the history as `runId`.
    void runStored(const QString &runId);
    // An A/B run ended, its sides stored as `idA` and `idB` (the owner shows the comparison).
    void abFinished(const QString &idA, const QString &idB);
    // "Compare With..." on the run shown, stored as `runId`.
    void compareWithRequested(const QString &runId);
    // The user activated a per-layer row naming this node.
    void nodeRequested(ml::NodeId id);
    // Node -> share of the summed layer time (0..1) after a per-layer run; empty to clear.
    void heatMapChanged(const QHash<ml::NodeId, double> &share);
    void backendsCheckedChanged();
    // "Open Optimized Graph" in the results: the graph ONNX Runtime ran (a file in the run's
    // folder, kept while the session keeps the run).
    void openModelRequested(const QString &path);

private:
    void fail(const Error &error);
    void updateEnabled();
    void showMessage(const QString &text, bool error);
    QString stageText(const QString &stage, qint64 current, qint64 total, const EngineSettings &running) const;
    void showProgress(qint64 current, qint64 total); // the bar; the text is the caller's
    void onProgress(quint64 job, const QString &stage, qint64 current, qint64 total);
    void onFinished(quint64 job, std::shared_ptr<const SessionRun> run);
    void onFailed(quint64 job, const Error &error);
    void showComparison();
    Result<RunRequest> makeRequest();
    void onAbFinished(const AbOutcome &outcome);
    void onAbFailed(const Error &error);

    RunSession *m_session = nullptr;
    AbSession *m_ab = nullptr; // made at the first A/B run
    QString m_historyPath;
    QString m_abRound; // "Round 3 of 10 (B)" while an A/B run goes
    std::shared_ptr<const LoadedModel> m_model;
    std::shared_ptr<const LoadedModel> m_runModel; // the snapshot the running job was started for
    std::function<Result<QString>()> m_source;
    std::function<FileWriter()> m_prepare;
    std::function<RunOrigin()> m_origin;
    QString m_storedId;
    std::shared_ptr<const RunResult> m_result;
    quint64 m_job = 0; // the job whose signals count

    RunSettingsForm *m_form = nullptr;
    QPushButton *m_runButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPushButton *m_abButton = nullptr;
    QPushButton *m_compareButton = nullptr;
    QProgressBar *m_progress = nullptr;
    RemainingTime m_remaining; // of the stage in progress (iterations, measured time)
    QLabel *m_message = nullptr;
    RunResultView *m_resultView = nullptr;
};

} // namespace ml
