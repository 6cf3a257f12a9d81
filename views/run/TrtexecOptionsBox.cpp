// SPDX-License-Identifier: GPL-3.0-or-later
#include "TrtexecOptionsBox.h"

#include "FieldMark.h"

#include "TrtexecBackend.h"

#include <QCheckBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QToolButton>

namespace ml {

namespace {

bool isDynamic(const PlannedInput &in)
{
    if (!in.rankKnown)
        return true;
    for (const QString &dim : in.dimNames) {
        bool ok = false;
        dim.toLongLong(&ok);
        if (!ok)
            return true;
    }
    return false;
}

} // namespace

TrtexecOptionsBox::TrtexecOptionsBox(QWidget *parent) : QGroupBox(tr("TensorRT (trtexec)"), parent)
{
    setObjectName(QStringLiteral("trtexecOptions"));
    m_form = new QFormLayout(this);

    auto *precisions = new QWidget(this);
    auto *grid = new QGridLayout(precisions);
    grid->setContentsMargins(0, 0, 0, 0);
    const QStringList flags = m_flags = TrtexecBackend::precisionFlags();
    for (int i = 0; i < flags.size(); ++i) {
        auto *box = new QCheckBox(flags[i], precisions); // trtexec's own flag names, not translated
        box->setObjectName(QStringLiteral("precision.") + flags[i]);
        box->setToolTip(tr("trtexec --%1").arg(flags[i]));
        grid->addWidget(box, i / 4, i % 4);
        m_precisions.push_back(box);
    }
    m_form->addRow(tr("Precision:"), precisions);

    m_workspace = new QSpinBox(this);
    m_workspace->setObjectName(QStringLiteral("workspace"));
    m_workspace->setRange(0, 1024 * 1024);
    m_workspace->setSuffix(tr(" MiB"));
    m_workspace->setSpecialValueText(tr("default")); // 0: TensorRT's own default
    m_form->addRow(tr("Workspace:"), m_workspace);
    m_timingCache =
            fileEditor(QStringLiteral("timingCache"), tr("Timing cache"), tr("Timing caches (*.cache *.bin);;All files (*)"));
    m_timingCache->setToolTip(tr("Read if it exists, written after the build: later builds go faster"));
    m_engine =
            fileEditor(QStringLiteral("enginePath"), tr("Save engine"), tr("TensorRT engines (*.engine *.plan);;All files (*)"));
    m_engine->setPlaceholderText(tr("not kept"));
    m_form->addRow(tr("Timing cache:"), m_timingCache->parentWidget());
    m_form->addRow(tr("Save engine:"), m_engine->parentWidget());
    auto *note = new QLabel(tr("Shape range the engine accepts (empty: the default shown):"), this);
    note->setWordWrap(true);
    m_form->addRow(note);
    m_firstRangeRow = m_form->rowCount();
    m_validator = new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]*(x[0-9]*)*")), this);
}

QLineEdit *TrtexecOptionsBox::fileEditor(const QString &objectName, const QString &title, const QString &filter)
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *edit = new QLineEdit(row);
    edit->setObjectName(objectName);
    auto *browse = new QToolButton(row);
    browse->setText(tr("…"));
    layout->addWidget(edit, 1);
    layout->addWidget(browse);
    connect(browse, &QToolButton::clicked, this, [this, edit, title, filter] {
        // Both files may not exist yet: trtexec writes them.
        const QString file =
                QFileDialog::getSaveFileName(this, title, edit->text(), filter, nullptr, QFileDialog::DontConfirmOverwrite);
        if (!file.isEmpty())
            edit->setText(file);
    });
    return edit;
}

void TrtexecOptionsBox::setInputs(const std::vector<PlannedInput> &inputs, bool planned)
{
    QHash<QString, std::pair<QString, QString>> typed;
    for (const RangeEditor &r : m_ranges)
        typed.insert(r.name, {r.min->isModified() ? r.min->text() : QString(), r.max->isModified() ? r.max->text() : QString()});
    while (m_form->rowCount() > m_firstRangeRow)
        m_form->removeRow(m_firstRangeRow);
    m_ranges.clear();
    for (const PlannedInput &in : inputs) {
        if (!isDynamic(in))
            continue;
        RangeEditor r{in.name, new QLineEdit(this), new QLineEdit(this)};
        auto *row = new QWidget(this);
        auto *layout = new QHBoxLayout(row);
        layout->setContentsMargins(0, 0, 0, 0);
        for (auto [edit, which, label] : {std::tuple{r.min, QStringLiteral("minShape."), tr("min")},
                                          std::tuple{r.max, QStringLiteral("maxShape."), tr("max")}}) {
            edit->setObjectName(which + in.name);
            edit->setValidator(m_validator);
            connect(edit, &QLineEdit::textChanged, this, &TrtexecOptionsBox::changed);
            layout->addWidget(new QLabel(label, row));
            layout->addWidget(edit, 1);
        }
        if (auto it = typed.constFind(in.name); it != typed.constEnd()) {
            for (auto [edit, text] : {std::pair{r.min, it->first}, std::pair{r.max, it->second}})
                if (!text.isEmpty()) {
                    edit->setText(text);
                    edit->setModified(true);
                }
        }
        m_form->addRow(tr("%1:").arg(in.name), row);
        m_ranges.push_back(r);
    }
    if (m_ranges.empty())
        m_form->addRow(new QLabel(tr("No input has a dynamic dimension."), this));
    if (planned)
        setDefaults(inputs);
}

void TrtexecOptionsBox::setDefaults(const std::vector<PlannedInput> &inputs)
{
    for (const RangeEditor &r : m_ranges)
        for (const PlannedInput &in : inputs)
            if (in.name == r.name) {
                r.min->setPlaceholderText(ShapeSpec::formatDims(in.minShape));
                r.max->setPlaceholderText(ShapeSpec::formatDims(in.maxShape));
            }
}

Result<void> TrtexecOptionsBox::apply(EngineSettings &s, bool mark) const
{
    s.precisions.clear();
    for (std::size_t i = 0; i < m_precisions.size(); ++i)
        if (m_precisions[i]->isChecked())
            s.precisions << m_flags[static_cast<qsizetype>(i)];
    s.workspaceMiB = m_workspace->value();
    s.timingCachePath = m_timingCache->text().trimmed();
    s.enginePath = m_engine->text().trimmed();
    s.minShapes.clear();
    s.maxShapes.clear();
    // A range that does not parse is left out, and the first such is the error.
    Result<void> outcome;
    for (const RangeEditor &r : m_ranges)
        for (auto [edit, target, what] : {std::tuple{r.min, &s.minShapes, tr("the minimum shape")},
                                          std::tuple{r.max, &s.maxShapes, tr("the maximum shape")}}) {
            if (edit->text().isEmpty()) {
                if (mark)
                    markField(edit, QString());
                continue;
            }
            auto dims = ShapeSpec::parseDims(edit->text());
            const QString problem = dims ? QString() : tr("Input %1, %2: %3").arg(r.name, what, dims.errorMessage());
            if (mark)
                markField(edit, problem);
            if (dims)
                (*target)[r.name] = dims.value();
            else if (outcome)
                outcome = makeError(problem, ErrorCode::InvalidSettings);
        }
    return outcome;
}

void TrtexecOptionsBox::setSettings(const EngineSettings &s)
{
    for (std::size_t i = 0; i < m_precisions.size(); ++i)
        m_precisions[i]->setChecked(s.precisions.contains(m_flags[static_cast<qsizetype>(i)]));
    m_workspace->setValue(s.workspaceMiB);
    m_timingCache->setText(s.timingCachePath);
    m_engine->setText(s.enginePath);
    for (const RangeEditor &r : m_ranges)
        for (auto [edit, shapes] : {std::pair{r.min, &s.minShapes}, std::pair{r.max, &s.maxShapes}}) {
            const auto it = shapes->find(r.name);
            edit->setText(it == shapes->end() ? QString() : ShapeSpec::formatDims(it->second));
            edit->setModified(it != shapes->end());
        }
}

} // namespace ml
