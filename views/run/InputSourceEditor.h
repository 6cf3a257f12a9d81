// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "InputSource.h"
#include "Result.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QToolButton;

namespace ml {

// Where the values of one model input come from for a run: random with the run's seed (the
// default), a file (.npy, ONNX TensorProto .pb, raw bytes), one constant value, or a random
// range LOW..HIGH. The text is checked by source(), not while typing, so that a half-typed
// value is not an error yet; the panel shows source()'s error and does not run.
class InputSourceEditor : public QWidget {
    Q_OBJECT
public:
    enum class Choice { Random, File, Constant, Range };

    InputSourceEditor(const QString &inputName, QWidget *parent = nullptr);

    Choice choice() const;
    void setChoice(Choice choice);
    QString text() const; // the file, the value or the range as typed
    void setText(const QString &text);
    // Random without a range: the engine's default, which the CLI expresses by naming no
    // source for the input. EngineSettings::sources then gets no entry.
    bool isDefault() const { return choice() == Choice::Random; }
    // The source as the CLI's "--inputs name:TEXT" would parse it; an error names the input.
    Result<InputSource> source() const;
    void setSource(const InputSource &source);

Q_SIGNALS:
    void changed();

private:
    void updateWidgets();
    void browse();

    QString m_name;
    QComboBox *m_choice = nullptr;
    QLineEdit *m_text = nullptr;
    QToolButton *m_browse = nullptr;
};

} // namespace ml
