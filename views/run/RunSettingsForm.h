// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EngineBackend.h"
#include "EngineSettings.h"
#include "LoadedModel.h"
#include "Result.h"

#include <QWidget>

#include <memory>
#include <vector>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;

namespace ml {

class InputSourceEditor;
class TrtexecOptionsBox;

// The run settings of one model as a form: backend, input shapes and values, ONNX Runtime
// options, trtexec options, measurement. settings() is the one place the editors become
// EngineSettings: it returns them, or the reason a field is invalid. The form checks itself
// whenever a field changes: an invalid field is marked (a red frame, the reason as its tool
// tip), validityChanged() tells the owner, who keeps Run disabled meanwhile.
class RunSettingsForm : public QWidget {
    Q_OBJECT
public:
    struct BackendInfo {
        BackendId id = BackendId::OnnxRuntime;
        QString displayName;
        BackendAvailability availability;
    };

    explicit RunSettingsForm(QWidget *parent = nullptr);

    // Editors for the model's inputs with InputPlan's defaults, keeping what the user typed
    // for inputs that are still there.
    void setModel(std::shared_ptr<const LoadedModel> model);

    // The settings (modelPath and the planned inputs left empty: RunSession fills them), or
    // the first invalid field's reason (code InvalidSettings).
    Result<EngineSettings> settings() const;
    // The settings into the editors ("keep the optimized graph" on for a non-empty
    // saveOptimizedPath).
    void setSettings(const EngineSettings &settings);
    bool keepOptimizedGraph() const;
    BackendId backend() const;

    bool isValid() const { return m_problem.isEmpty(); }
    QString problem() const { return m_problem; } // why the form is invalid; empty when valid

    // Which backends can run here (a check that starts the engine programs once per process).
    bool backendsChecked() const { return m_checked; }
    BackendAvailability availability(BackendId backend) const;

Q_SIGNALS:
    void validityChanged(bool valid);
    void backendsCheckedChanged();

private:
    struct InputEditor {
        QString name;
        QLineEdit *edit = nullptr;
        InputSourceEditor *source = nullptr;
        bool dynamic = false;
        bool rankKnown = true;
    };
    static std::vector<BackendInfo> checkBackends(); // any thread; starts the programs
    // Watches the one check of this process, starting it if no form has yet.
    void watchCheck();
    void showEvent(QShowEvent *event) override;

    void build();
    void showBackends(const std::vector<BackendInfo> &backends);
    void rebuildInputs();
    void updateTrtexecDefaults();
    void updateEnabled();
    bool trtexecUsable() const;
    // Collects the settings, marking each field that does not parse; `firstProblem` gets the
    // first field's reason.
    EngineSettings collect(QString *firstProblem, bool mark) const;
    void revalidate();

    std::shared_ptr<const LoadedModel> m_model;
    std::vector<BackendInfo> m_backends;
    bool m_checked = false;
    bool m_watching = false;
    QString m_problem;
    bool m_building = true;

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
};

} // namespace ml
