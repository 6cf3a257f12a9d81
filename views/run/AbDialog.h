// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EngineSettings.h"
#include "LoadedModel.h"
#include "Result.h"

#include <QDialog>

#include <memory>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace ml {

class RunSettingsForm;

// "A/B..." in the run panel: what B is. A is the panel's model with the panel's settings; B
// starts as a copy of them, in a settings form of its own, and may run another model file.
// The rounds of A and B then alternate (AbSession, core), each stored in the history, and
// the comparison window gives the verdict.
class AbDialog : public QDialog {
    Q_OBJECT
public:
    AbDialog(std::shared_ptr<const LoadedModel> model, const EngineSettings &a, QWidget *parent = nullptr);

    Result<EngineSettings> settingsB() const; // modelPath left empty, as the panel's form
    QString modelB() const;                   // another model file for B; empty: the same as A
    int rounds() const;
    RunSettingsForm *formB() const { return m_form; }
    QLineEdit *modelField() const { return m_model; }
    QSpinBox *roundsField() const { return m_rounds; }

private:
    void updateOk();

    RunSettingsForm *m_form = nullptr;
    QLineEdit *m_model = nullptr;
    QSpinBox *m_rounds = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace ml
