// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Edit.h"

#include <QUndoCommand>

#include <memory>
#include <vector>

namespace ml {

// An Edit on the undo stack. Undo restores a snapshot of the model taken before the edit
// (the proto without weights, so it is small, and the node ids by position), which makes
// undo exact: the saved file of an undone edit equals the original. Redo restores the
// snapshot taken after it.
class EditCommand : public QUndoCommand {
public:
    EditCommand(std::shared_ptr<OnnxModel> model, Edit edit);

    // Applies the edit for the first time. On failure the model is as before and the
    // command must not be pushed.
    Result<void> apply();
    // After apply(): the model came out as it went in (sorting a sorted graph, renaming to
    // the same name). Such an edit is not an edit: it must not be pushed.
    bool changedNothing() const { return m_unchanged; }

    void redo() override;
    void undo() override;

private:
    struct Snapshot {
        onnx::ModelProto proto;
        std::vector<NodeId> ids;
    };
    Snapshot take() const;
    void put(const Snapshot &snapshot);

    std::shared_ptr<OnnxModel> m_model;
    Edit m_edit;
    Snapshot m_before;
    Snapshot m_after;
    bool m_skipRedo = false; // QUndoStack::push calls redo() right after apply()
    bool m_unchanged = false;
};

} // namespace ml
