// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Edit.h"
#include "ModelWriter.h"

#include <QObject>
#include <QUndoStack>

#include <memory>

namespace ml {

// An open model being edited: the model, its undo stack, and where it is saved. Lives on
// the GUI thread (or the CLI's); background jobs get model().clone().
class ModelDocument : public QObject {
    Q_OBJECT
public:
    explicit ModelDocument(std::shared_ptr<OnnxModel> model, QObject *parent = nullptr);

    const OnnxModel &model() const { return *m_model; }
    std::shared_ptr<const OnnxModel> modelPointer() const { return m_model; }
    QUndoStack *undoStack() { return &m_undo; }
    QString path() const { return m_path; }
    bool isModified() const { return !m_undo.isClean(); }

    // Applies `edit` and puts it on the undo stack; on failure nothing changes. An edit that
    // changes nothing (sorting a sorted graph) succeeds but is not put on the stack, so the
    // document stays unmodified; `changed` (when given) says which it was.
    Result<void> apply(Edit edit, bool *changed = nullptr);

    // Saves atomically to `path` (empty: where it was opened or last saved) and marks the
    // document unmodified, on the calling thread (the CLI, tests).
    Result<void> save(const QString &path = {});

    // A save in the background, in steps: prepareSave() on the document's thread takes a copy
    // of the model as it is now; any thread writes it (write()); markSaved() back on the
    // document's thread records where it went and marks the document unmodified, unless it
    // was edited meanwhile. While a save runs the document is locked: apply() refuses.
    struct SaveJob {
        std::shared_ptr<const OnnxModel> model;
        QString path;
        int undoIndex = 0;
        // The bytes written so far, for the GUI's progress (read from any thread).
        std::shared_ptr<ProgressCounter> progress = std::make_shared<ProgressCounter>();
        Result<void> write() const { return writeModelFile(*model, path, progress.get()); }
    };
    SaveJob prepareSave(const QString &path = {});
    void markSaved(const SaveJob &job);
    void unlock() { m_locked = false; }
    bool isLocked() const { return m_locked; }

Q_SIGNALS:
    // After an edit, an undo or a redo: the model's contents changed.
    void changed();
    void modifiedChanged(bool modified);

private:
    std::shared_ptr<OnnxModel> m_model;
    QUndoStack m_undo;
    QString m_path;
    bool m_locked = false;
};

} // namespace ml
