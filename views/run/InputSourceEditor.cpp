// SPDX-License-Identifier: GPL-3.0-or-later
#include "InputSourceEditor.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QToolButton>

#include <cmath>

namespace ml {

InputSourceEditor::InputSourceEditor(const QString &inputName, QWidget *parent) : QWidget(parent), m_name(inputName)
{
    setObjectName(QStringLiteral("source.") + inputName);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_choice = new QComboBox(this);
    m_choice->setObjectName(QStringLiteral("choice"));
    m_choice->addItem(tr("random"), static_cast<int>(Choice::Random));
    m_choice->addItem(tr("file"), static_cast<int>(Choice::File));
    m_choice->addItem(tr("constant"), static_cast<int>(Choice::Constant));
    m_choice->addItem(tr("random range"), static_cast<int>(Choice::Range));
    m_choice->setToolTip(tr("Values of %1: random with the seed, from a file, one value for every element, "
                            "or random within a range")
                                 .arg(inputName));
    m_text = new QLineEdit(this);
    m_text->setObjectName(QStringLiteral("text"));
    m_browse = new QToolButton(this);
    m_browse->setObjectName(QStringLiteral("browse"));
    m_browse->setText(tr("…"));
    m_browse->setToolTip(tr("Choose the file"));
    layout->addWidget(m_choice);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_browse);
    connect(m_choice, &QComboBox::currentIndexChanged, this, [this] {
        updateWidgets();
        Q_EMIT changed();
    });
    connect(m_text, &QLineEdit::textChanged, this, &InputSourceEditor::changed);
    connect(m_browse, &QToolButton::clicked, this, &InputSourceEditor::browse);
    updateWidgets();
}

InputSourceEditor::Choice InputSourceEditor::choice() const { return static_cast<Choice>(m_choice->currentData().toInt()); }

void InputSourceEditor::setChoice(Choice choice) { m_choice->setCurrentIndex(m_choice->findData(static_cast<int>(choice))); }

QString InputSourceEditor::text() const { return m_text->text(); }

void InputSourceEditor::setText(const QString &text) { m_text->setText(text); }

void InputSourceEditor::updateWidgets()
{
    const Choice c = choice();
    m_text->setVisible(c != Choice::Random);
    m_browse->setVisible(c == Choice::File);
    switch (c) {
    case Choice::Random:
        break;
    case Choice::File:
        m_text->setPlaceholderText(tr("input.npy, tensor.pb or raw bytes"));
        m_text->setToolTip(tr("NumPy .npy and ONNX TensorProto .pb files bring their shape; any other file is "
                              "read as raw little-endian values of the input's shape and type"));
        break;
    case Choice::Constant:
        m_text->setPlaceholderText(tr("value, such as 0.5"));
        m_text->setToolTip(tr("Every element gets this value"));
        break;
    case Choice::Range:
        m_text->setPlaceholderText(tr("LOW..HIGH, such as -1..1"));
        m_text->setToolTip(tr("Uniform random values in the range, with the run's seed"));
        break;
    }
}

void InputSourceEditor::browse()
{
    const QString start = m_text->text().isEmpty() ? QString() : QFileInfo(m_text->text()).absolutePath();
    const QString file =
            QFileDialog::getOpenFileName(this, tr("Values of %1").arg(m_name), start, tr("Tensors (*.npy *.pb);;Raw bytes (*)"));
    if (!file.isEmpty())
        m_text->setText(file);
}

Result<InputSource> InputSourceEditor::source() const
{
    const QString text = m_text->text().trimmed();
    const auto fail = [this](const QString &message) -> Result<InputSource> {
        return makeError(tr("Input %1: %2").arg(m_name, message));
    };
    switch (choice()) {
    case Choice::Random:
        return InputSource{};
    case Choice::File: {
        // The CLI's parser would read a file named like "1..2" as a range; the user chose a
        // file here, so the text is always the file.
        if (text.isEmpty())
            return fail(tr("choose the file of its values"));
        const QFileInfo info(text);
        if (!info.isFile())
            return fail(tr("the file %1 does not exist").arg(text));
        if (!info.isReadable())
            return fail(tr("the file %1 cannot be read").arg(text));
        return InputSource::fromFile(info.absoluteFilePath());
    }
    case Choice::Constant: {
        if (text.isEmpty())
            return fail(tr("type the value of every element"));
        auto parsed = InputSource::parse(QLatin1Char('=') + text);
        if (!parsed)
            return fail(parsed.errorMessage());
        return parsed;
    }
    case Choice::Range: {
        if (text.isEmpty())
            return fail(tr("type the range LOW..HIGH, such as -1..1"));
        auto parsed = InputSource::parse(text);
        if (!parsed)
            return fail(parsed.errorMessage());
        if (parsed->kind != InputSource::Kind::Random)
            return fail(tr("\"%1\" is not a range LOW..HIGH, such as -1..1").arg(text));
        return parsed;
    }
    }
    return InputSource{};
}

void InputSourceEditor::setSource(const InputSource &s)
{
    switch (s.kind) {
    case InputSource::Kind::Constant:
        setChoice(Choice::Constant);
        m_text->setText(QString::number(s.value, 'g', 17));
        break;
    case InputSource::Kind::File:
        setChoice(Choice::File);
        m_text->setText(s.file);
        break;
    case InputSource::Kind::Random:
        if (std::isnan(s.low)) {
            setChoice(Choice::Random);
            m_text->clear();
        } else {
            setChoice(Choice::Range);
            m_text->setText(QStringLiteral("%1..%2").arg(QString::number(s.low, 'g', 17), QString::number(s.high, 'g', 17)));
        }
        break;
    }
}

} // namespace ml
