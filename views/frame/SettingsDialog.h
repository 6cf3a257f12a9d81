// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;

namespace ml {

// Edit ▸ Settings: language, theme, what the mouse wheel does over the graph, the defaults of
// a new run, the paths of trtexec and Graphviz's dot, and where the run history lives. It
// reads FrameSettings when made and writes them on OK (save()); applying them to the open
// window is MainWindow::applySettings()'s job.
class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    void load(); // from FrameSettings into the editors
    void save(); // the editors into FrameSettings

    QComboBox *languageBox() const { return m_language; }
    QComboBox *themeBox() const { return m_theme; }
    QComboBox *wheelBox() const { return m_wheel; }
    QSpinBox *warmupBox() const { return m_warmup; }
    QSpinBox *iterationsBox() const { return m_iterations; }
    QLineEdit *trtexecEdit() const { return m_trtexec; }
    QLineEdit *dotEdit() const { return m_dot; }
    QLineEdit *historyEdit() const { return m_history; }

    void accept() override;

private:
    QLineEdit *pathEditor(const QString &name, const QString &placeholder, bool save);

    QComboBox *m_language = nullptr;
    QComboBox *m_theme = nullptr;
    QComboBox *m_wheel = nullptr;
    QSpinBox *m_warmup = nullptr;
    QSpinBox *m_iterations = nullptr;
    QSpinBox *m_threads = nullptr;
    QCheckBox *m_perLayer = nullptr;
    QLineEdit *m_trtexec = nullptr;
    QLineEdit *m_dot = nullptr;
    QLineEdit *m_history = nullptr;
};

} // namespace ml
