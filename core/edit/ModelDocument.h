// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Edit.h"

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

    // Applies `edit` and puts it on the undo stack; on failure nothing changes.
    Result<void> apply(Edit edit);

    // Saves atomically to `path` (empty: where it was opened or last saved) and marks the
    // document unmodified.
    Result<void> save(const QString &path = {});

Q_SIGNALS:
    // After an edit, an undo or a redo: the model's contents changed.
    void changed();
    void modifiedChanged(bool modified);

private:
    std::shared_ptr<OnnxModel> m_model;
    QUndoStack m_undo;
    QString m_path;
};

} // namespace ml
