// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EngineBackend.h"
#include "EngineSettings.h"
#include "EngineWorker.h"
#include "LoadedModel.h"
#include "Result.h"
#include "RunResult.h"

#include <QHash>
#include <QWidget>

#include <functional>
#include <memory>
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

namespace ml {

class RunResultView;

// Profiling one model: the run settings (backend, input shapes, ONNX Runtime options,
// measurement), Run and Cancel with the progress of the job, and the result.
//
// The run itself is an EngineWorker job: the engine builds and runs in a child process
// supervised from a worker thread, so the GUI thread never waits. Cancel kills the child;
// a crash or kill of the child ends the job with a message shown here (not a modal box),
// and the next run starts from scratch. Signals of a replaced job are dropped by job id.
class RunPanel : public QWidget {
    Q_OBJECT
public:
    explicit RunPanel(QWidget *parent = nullptr);
    ~RunPanel() override; // kills a running child (EngineWorker's destructor)

    // The model the settings are for: fills the input shape editors with InputPlan's
    // defaults (keeping what the user typed for inputs that are still there). A running job
    // goes on; its result is mapped onto the snapshot it started with.
    void setModel(std::shared_ptr<const LoadedModel> model);
    std::shared_ptr<const LoadedModel> model() const { return m_model; }

    // Where the file to run comes from, asked when Run is pressed (the owner may write a
    // temporary copy of an edited model). An empty function: the model's own path.
    void setModelSource(std::function<Result<QString>()> provider);

    // The editors as settings (modelPath and the resolved inputs left empty), and back.
    EngineSettings settings() const;
    void setSettings(const EngineSettings &settings);

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
    // Forgets the shown result (and clears the heat map).
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

private:
    struct BackendInfo {
        QString name;
        QString displayName;
        BackendAvailability availability;
    };
    struct InputEditor {
        QString name;
        QLineEdit *edit = nullptr;
        bool dynamic = false;
        bool rankKnown = true;
    };
    static std::vector<BackendInfo> checkBackends(); // any thread; starts the programs

    QWidget *makeSettings();
    void showBackends(const std::vector<BackendInfo> &backends);
    void rebuildInputs();
    void updateEnabled();
    void onProgress(const QString &stage, qint64 current, qint64 total);
    void onFinished(std::shared_ptr<const RunResult> result);
    void onFailed(const QString &message);
    void showMessage(const QString &text, bool error);
    QString stageText(const QString &stage, qint64 current, qint64 total) const;

    std::shared_ptr<const LoadedModel> m_model;
    std::shared_ptr<const LoadedModel> m_runModel; // the snapshot the running job was started for
    std::function<Result<QString>()> m_source;
    std::shared_ptr<const RunResult> m_result;
    std::vector<BackendInfo> m_backends;
    bool m_checked = false;

    EngineWorker *m_worker = nullptr;
    quint64 m_job = 0;       // the job whose signals count
    quint64 m_signalJob = 0; // the job the worker's signals belong to now (jobStarted)
    bool m_running = false;
    EngineSettings m_runSettings;

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
    QSpinBox *m_warmup = nullptr;
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
