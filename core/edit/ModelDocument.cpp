// SPDX-License-Identifier: GPL-3.0-or-later
#include "ModelDocument.h"

#include "EditCommand.h"

#include <QCoreApplication>

namespace ml {

ModelDocument::ModelDocument(std::shared_ptr<OnnxModel> model, QObject *parent)
    : QObject(parent), m_model(std::move(model)), m_path(m_model->path())
{
    connect(&m_undo, &QUndoStack::indexChanged, this, &ModelDocument::changed);
    connect(&m_undo, &QUndoStack::cleanChanged, this, [this](bool clean) { Q_EMIT modifiedChanged(!clean); });
}

Result<void> ModelDocument::apply(Edit edit, bool *changed)
{
    if (changed)
        *changed = false;
    if (m_locked)
        return makeError(QCoreApplication::translate("ml::ModelDocument",
                                                     "The model is being saved: edit it once the save has finished."));
    auto command = std::make_unique<EditCommand>(m_model, std::move(edit));
    if (auto result = command->apply(); !result)
        return result;
    if (command->changedNothing())
        return {}; // the model is as it was: nothing to undo, nothing to save
    if (changed)
        *changed = true;
    m_undo.push(command.release());
    return {};
}

Result<void> ModelDocument::save(const QString &path)
{
    const QString target = path.isEmpty() ? m_path : path;
    if (auto result = m_model->save(target); !result)
        return result;
    m_path = target;
    m_undo.setClean();
    return {};
}

ModelDocument::SaveJob ModelDocument::prepareSave(const QString &path)
{
    m_locked = true;
    return {m_model->clone(), path.isEmpty() ? m_path : path, m_undo.index()};
}

void ModelDocument::markSaved(const SaveJob &job)
{
    m_locked = false;
    m_path = job.path;
    if (m_undo.index() == job.undoIndex)
        m_undo.setClean();
}

} // namespace ml
