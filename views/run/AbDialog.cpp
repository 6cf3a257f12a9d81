// SPDX-License-Identifier: GPL-3.0-or-later
#include "AbDialog.h"

#include "RunSettingsForm.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

namespace ml {

AbDialog::AbDialog(std::shared_ptr<const LoadedModel> model, const EngineSettings &a, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("A/B Run"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("A is this model with the settings in the run panel. Set up B below: change a setting, or "
                                "choose another model file. The rounds of A and B alternate (A B B A A B ...), each a "
                                "fresh engine, so that a drift of the machine falls on both; both runs are stored in the "
                                "history and compared."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *top = new QFormLayout;
    auto *modelRow = new QHBoxLayout;
    m_model = new QLineEdit(this);
    m_model->setObjectName(QStringLiteral("modelB"));
    m_model->setPlaceholderText(tr("the same model as A"));
    m_model->setClearButtonEnabled(true);
    auto *browse = new QPushButton(tr("Browse…"), this);
    modelRow->addWidget(m_model, 1);
    modelRow->addWidget(browse);
    top->addRow(tr("Model of B:"), modelRow);
    m_rounds = new QSpinBox(this);
    m_rounds->setObjectName(QStringLiteral("rounds"));
    m_rounds->setRange(2, 100);
    m_rounds->setValue(5);
    m_rounds->setSuffix(tr(" rounds each"));
    m_rounds->setToolTip(tr("Each side's iterations are shared out over its rounds. With 5 rounds each the test can "
                            "reach p < 0.01; with fewer the verdict is \"not enough data\"."));
    top->addRow(tr("Rounds:"), m_rounds);
    layout->addLayout(top);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    m_form = new RunSettingsForm;
    m_form->setObjectName(QStringLiteral("settingsB"));
    m_form->setModel(std::move(model));
    m_form->setSettings(a);
    scroll->setWidget(m_form);
    layout->addWidget(new QLabel(tr("Settings of B:"), this));
    layout->addWidget(scroll, 1);
    m_problem = new QLabel(this);
    m_problem->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
    m_problem->setWordWrap(true);
    layout->addWidget(m_problem);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Start A/B"));
    layout->addWidget(m_buttons);
    resize(560, 720);

    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Model of B"), QFileInfo(m_model->text()).absolutePath(),
                                                          tr("ONNX models (*.onnx);;All files (*)"));
        if (!file.isEmpty())
            m_model->setText(file);
    });
    connect(m_model, &QLineEdit::textChanged, this, &AbDialog::updateOk);
    connect(m_form, &RunSettingsForm::validityChanged, this, &AbDialog::updateOk);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateOk();
}

Result<EngineSettings> AbDialog::settingsB() const { return m_form->settings(); }

QString AbDialog::modelB() const
{
    const QString text = m_model->text().trimmed();
    return text.isEmpty() ? QString() : QFileInfo(text).absoluteFilePath();
}

int AbDialog::rounds() const { return m_rounds->value(); }

void AbDialog::updateOk()
{
    QString problem = m_form->isValid() ? QString() : m_form->problem();
    if (problem.isEmpty() && !modelB().isEmpty() && !QFileInfo(modelB()).isFile())
        problem = tr("%1 is not a file.").arg(m_model->text().trimmed());
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

} // namespace ml
