// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EngineBackend.h"
#include "EngineSettings.h"
#include "EngineWorker.h"
#include "LoadedModel.h"
#include "Result.h"
#include "RunResult.h"

#include <QHash>
#include <QJsonObject>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTemporaryDir;

namespace ml {

class InputSourceEditor;
class RunResultView;
class TrtexecOptionsBox;

// Profiling one model: the run settings (backend, input shapes, ONNX Runtime options,
// measurement), Run and Cancel with the progress of the job, and the result.
//
// The run itself is an EngineWorker job: the engine builds and runs in a child process
// supervised from a worker thread, so the GUI thread never waits. Cancel kills the child;
// a crash or kill of the child ends the job with a message shown here (not a modal box),
// and the next run starts from scratch. Signals of a replaced job are dropped by job id.
//
// Every run writes into a folder of its own under a temporary folder the panel owns: the
// first run's outputs (always, for the comparison with the next run) and, when asked, the
// optimized graph. The folders of the shown result and of the run before it are kept (the
// two sides of the shown comparison); the older ones, and the earlier run's optimized
// graph, go when a run finishes, and everything with the panel.
class RunPanel : public QWidget {
    Q_OBJECT
public:
    explicit RunPanel(QWidget *parent = nullptr);
    ~RunPanel() override; // kills a running child (EngineWorker's destructor), then removes the folder

    // The model the settings are for: fills the input shape editors with InputPlan's
    // defaults (keeping what the user typed for inputs that are still there). A running job
    // goes on; its result is mapped onto the snapshot it started with.
    void setModel(std::shared_ptr<const LoadedModel> model);
    std::shared_ptr<const LoadedModel> model() const { return m_model; }

    // Where the file to run comes from, asked when Run is pressed (the owner may write a
    // temporary copy of an edited model). An empty function: the model's own path.
    void setModelSource(std::function<Result<QString>()> provider);
    // The same in two steps, for a file that takes time to write: `prepare` runs when Run is
    // pressed, on the GUI thread (it takes what it needs, such as a copy of the model), and
    // returns the step that writes the file and gives its path, which runs off the GUI
    // thread before the engine starts. Takes precedence over setModelSource().
    using FileWriter = std::function<Result<QString>()>;
    void setModelPreparer(std::function<FileWriter()> prepare);

    // The editors as settings (modelPath and the resolved inputs left empty), and back.
    // Text that does not parse (a shape, an input's value, a shape range) is left out here;
    // run() refuses it with a message. saveOptimizedPath and saveOutputsDir are chosen by
    // run() in the panel's folder: settings() leaves them empty, and setSettings() turns
    // "save the optimized graph" on for a non-empty saveOptimizedPath.
    EngineSettings settings() const;
    void setSettings(const EngineSettings &settings);
    // The temporary folder of the runs (empty before the first run).
    QString workFolder() const;

    bool isRunning() const { return m_running; }
    std::shared_ptr<const RunResult> result() const { return m_result; }
    // The text in the panel's message line (progress errors, failures, "cancelled").
    QString message() const;
    EngineWorker *worker() const { return m_worker; }
    qint64 childPid() const { return m_worker->childPid(); }
    RunResultView *resultView() const { return m_resultView; }
    // Whether the backend check (which starts the engine programs briefly) has answered.
    bool backendsChecked() const { return m_checked; }
    BackendAvailability availability(const QString &backend) const;

public Q_SLOTS:
    // Starts a run with the current settings; one already running is replaced (cancelled).
    void run();
    void cancel();
    // Forgets the shown result (and clears the heat map). Its outputs stay the reference
    // the next run is compared with.
    void clearResult();

Q_SIGNALS:
    void runStarted();
    void runFinished(std::shared_ptr<const ml::RunResult> result);
    // Also for a cancelled run, with EngineSupervisor::cancelledMessage().
    void runFailed(const QString &message);
    // The user activated a per-layer row naming this node.
    void nodeRequested(ml::NodeId id);
    // Node -> share of the summed layer time (0..1) after a per-layer run; empty to clear.
    void heatMapChanged(const QHash<ml::NodeId, double> &share);
    void backendsCheckedChanged();
    // "Open Optimized Graph" in the results: the graph ONNX Runtime ran (a file in the
    // panel's folder, kept until the next run finishes or the panel goes).
    void openModelRequested(const QString &path);

private:
    void startEngine(EngineSettings settings, const QString &path);
    struct BackendInfo {
        QString name;
        QString displayName;
        BackendAvailability availability;
    };
    struct InputEditor {
        QString name;
        QLineEdit *edit = nullptr;
        InputSourceEditor *source = nullptr;
        bool dynamic = false;
        bool rankKnown = true;
    };
    // A finished run whose folder is kept: its outputs are the next comparison's reference.
    struct KeptRun {
        QString folder;
        QString outputsDir;                            // empty: the backend saved none
        std::vector<std::pair<QString, Shape>> inputs; // names and shapes that ran
        QJsonObject settings;
    };
    static std::vector<BackendInfo> checkBackends(); // any thread; starts the programs

    QWidget *makeSettings();
    void showBackends(const std::vector<BackendInfo> &backends);
    void rebuildInputs();
    void updateTrtexecDefaults();
    void updateEnabled();
    bool trtexecUsable() const;
    Result<QString> newRunFolder();
    void removeRunFolders(const QStringList &keep);
    void compareWithPrevious(const KeptRun &current);
    void onProgress(const QString &stage, qint64 current, qint64 total);
    void onFinished(std::shared_ptr<const RunResult> result);
    void onFailed(const QString &message);
    void showMessage(const QString &text, bool error);
    QString stageText(const QString &stage, qint64 current, qint64 total) const;

    std::shared_ptr<const LoadedModel> m_model;
    std::shared_ptr<const LoadedModel> m_runModel; // the snapshot the running job was started for
    std::function<Result<QString>()> m_source;
    std::function<FileWriter()> m_prepare;
    quint64 m_prepareJob = 0; // drops a file written for a run that was cancelled
    bool m_preparing = false;
    std::shared_ptr<const RunResult> m_result;
    std::vector<BackendInfo> m_backends;
    bool m_checked = false;

    EngineWorker *m_worker = nullptr;
    quint64 m_job = 0;       // the job whose signals count
    quint64 m_signalJob = 0; // the job the worker's signals belong to now (jobStarted)
    bool m_running = false;
    EngineSettings m_runSettings;

    std::unique_ptr<QTemporaryDir> m_folder; // made at the first run
    int m_runCount = 0;
    QString m_runFolder;              // the running job's
    std::optional<KeptRun> m_lastRun; // the shown result's run

    QComboBox *m_backend = nullptr;
    QLabel *m_backendNote = nullptr;
    QGroupBox *m_inputsBox = nullptr;
    QFormLayout *m_inputsForm = nullptr;
    std::vector<InputEditor> m_inputs;
    QGroupBox *m_ortBox = nullptr;
    QComboBox *m_optLevel = nullptr;
    QSpinBox *m_intraThreads = nullptr;
    QSpinBox *m_interThreads = nullptr;
    QCheckBox *m_parallel = nullptr;
    QCheckBox *m_spinning = nullptr;
    QComboBox *m_provider = nullptr;
    QCheckBox *m_saveOptimized = nullptr;
    TrtexecOptionsBox *m_trtBox = nullptr;
    QRadioButton *m_warmupByCount = nullptr;
    QRadioButton *m_warmupByTime = nullptr;
    QSpinBox *m_warmup = nullptr;
    QDoubleSpinBox *m_warmupDuration = nullptr;
    QRadioButton *m_byCount = nullptr;
    QRadioButton *m_byTime = nullptr;
    QSpinBox *m_iterations = nullptr;
    QDoubleSpinBox *m_duration = nullptr;
    QCheckBox *m_perLayer = nullptr;
    QSpinBox *m_seed = nullptr;
    QPushButton *m_runButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_message = nullptr;
    RunResultView *m_resultView = nullptr;
};

} // namespace ml
