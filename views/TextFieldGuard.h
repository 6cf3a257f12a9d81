// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

class QAction;
class QWidget;

namespace ml {

// Keeps a window's graph shortcuts out of the way of typing. Netron's keys are plain
// editing keys in a text field (Backspace, Ctrl+K, Ctrl+U, Ctrl+C...): while a text field
// of the window has focus, a guarded action's key goes to the field instead of the action.
// Undo and Redo act on the model unless the user is typing: the field keeps them only when
// it was typed into after the last model edit (a dialog that edited the model gives focus
// back to the search field, and Ctrl+Z must then undo that edit, not the search text).
//
// It filters the application's events (ShortcutOverride is sent to the focus widget, not to
// the window) but acts only on widgets of its own window. GUI thread only.
class TextFieldGuard : public QObject {
    Q_OBJECT
public:
    explicit TextFieldGuard(QWidget *window);
    ~TextFieldGuard() override;

    void guard(QAction *action) { m_guarded << action; }
    // An editable QLineEdit, QTextEdit, QPlainTextEdit or spin box (or a part of one).
    static bool isTextField(const QWidget *widget);
    // True while `widget` has focus and was typed into since the last model edit.
    bool isTyping(const QWidget *widget) const;

public Q_SLOTS:
    void modelEdited(); // a model edit, an undo or a redo: Ctrl+Z now belongs to the model

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_window;
    QList<QPointer<QAction>> m_guarded;
    QPointer<QWidget> m_typingIn; // the text field typed into since the last model edit
};

} // namespace ml
