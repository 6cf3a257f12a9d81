// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EngineSettings.h"
#include "PlannedInput.h"
#include "Result.h"

#include <QGroupBox>

#include <vector>

class QCheckBox;
class QFormLayout;
class QLineEdit;
class QSpinBox;
class QValidator;

namespace ml {

// The settings only TensorRT's trtexec reads: precision flags, workspace, timing cache,
// where to keep the engine, and the shape range the engine is built for. A min or max
// shape left empty is InputPlan's default, shown as the placeholder; only inputs with a
// dynamic dimension get range editors (a static input's range is its shape).
class TrtexecOptionsBox : public QGroupBox {
    Q_OBJECT
public:
    explicit TrtexecOptionsBox(QWidget *parent = nullptr);

    // Editors for the dynamic inputs among `inputs`, keeping what the user typed for inputs
    // that are still there. `planned`: the shapes are InputPlan's (else placeholders stay empty).
    void setInputs(const std::vector<PlannedInput> &inputs, bool planned);
    // The placeholders from a new plan (after the running shape changed).
    void setDefaults(const std::vector<PlannedInput> &inputs);

    // Writes precisions, workspace, timing cache, engine path and the typed shape ranges;
    // a range that does not parse is an error naming the input (and, with `mark`, its
    // editor is marked invalid).
    Result<void> apply(EngineSettings &settings, bool mark = false) const;
    // The trtexec fields of `settings` into the editors (ranges for inputs shown now).
    void setSettings(const EngineSettings &settings);

Q_SIGNALS:
    // A range was typed (the owner checks the form again).
    void changed();

private:
    struct RangeEditor {
        QString name;
        QLineEdit *min = nullptr;
        QLineEdit *max = nullptr;
    };
    QLineEdit *fileEditor(const QString &objectName, const QString &title, const QString &filter);

    QStringList m_flags; // TrtexecBackend::precisionFlags(), one per check box (a box's text may gain an '&')
    std::vector<QCheckBox *> m_precisions;
    QSpinBox *m_workspace = nullptr;
    QLineEdit *m_timingCache = nullptr;
    QLineEdit *m_engine = nullptr;
    QFormLayout *m_form = nullptr;
    int m_firstRangeRow = 0; // the rows of m_ranges start here
    QValidator *m_validator = nullptr;
    std::vector<RangeEditor> m_ranges;
};

} // namespace ml
