// SPDX-License-Identifier: GPL-3.0-or-later
#include "EditCommand.h"

namespace ml {

EditCommand::EditCommand(std::shared_ptr<OnnxModel> model, Edit edit) : m_model(std::move(model)), m_edit(std::move(edit))
{
    setText(m_edit.text);
}

EditCommand::Snapshot EditCommand::take() const { return {m_model->proto(), m_model->nodeIdsInOrder()}; }

void EditCommand::put(const Snapshot &snapshot) { m_model->restore(snapshot.proto, snapshot.ids); }

Result<void> EditCommand::apply()
{
    m_before = take();
    Result<void> result = m_edit.apply(*m_model);
    if (!result) {
        put(m_before);
        return result;
    }
    m_model->syncNodeIds();
    m_after = take();
    // The snapshots hold no weights, so comparing their bytes is cheap; node ids count too
    // (an edit that only renumbered nodes still changed what the views refer to).
    m_unchanged = m_after.ids == m_before.ids && m_after.proto.SerializeAsString() == m_before.proto.SerializeAsString();
    m_skipRedo = true;
    return {};
}

void EditCommand::redo()
{
    if (m_skipRedo) {
        m_skipRedo = false;
        return;
    }
    put(m_after);
}

void EditCommand::undo() { put(m_before); }

} // namespace ml
