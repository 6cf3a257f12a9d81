// SPDX-License-Identifier: GPL-3.0-or-later
#include "TextFieldGuard.h"

#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextEdit>

namespace ml {

TextFieldGuard::TextFieldGuard(QWidget *window) : QObject(window), m_window(window) { qApp->installEventFilter(this); }

TextFieldGuard::~TextFieldGuard() { qApp->removeEventFilter(this); }

bool TextFieldGuard::isTextField(const QWidget *widget)
{
    for (const QWidget *w = widget; w; w = w->isWindow() ? nullptr : w->parentWidget()) {
        if (qobject_cast<const QAbstractSpinBox *>(w))
            return !static_cast<const QAbstractSpinBox *>(w)->isReadOnly();
        if (w != widget)
            continue; // only a spin box owns the editor inside it
        if (auto *line = qobject_cast<const QLineEdit *>(w))
            return !line->isReadOnly();
        if (auto *text = qobject_cast<const QTextEdit *>(w))
            return !text->isReadOnly();
        if (auto *plain = qobject_cast<const QPlainTextEdit *>(w))
            return !plain->isReadOnly();
    }
    return false;
}

bool TextFieldGuard::isTyping(const QWidget *widget) const
{
    return widget && widget == m_typingIn && widget->hasFocus() && isTextField(widget);
}

void TextFieldGuard::modelEdited() { m_typingIn = nullptr; }

namespace {

// A key that changes a field's text (the field's own undo then has that change).
bool edits(const QKeyEvent *key)
{
    if (key->matches(QKeySequence::Paste) || key->matches(QKeySequence::Cut) || key->key() == Qt::Key_Backspace
        || key->key() == Qt::Key_Delete)
        return true;
    const QString text = key->text();
    return !text.isEmpty() && text.at(0).isPrint() && !(key->modifiers() & (Qt::ControlModifier | Qt::MetaModifier));
}

// A widget whose own Ctrl+C copies what the user selected in it (read-only text, a table's
// cell): Copy Node Names must not take that from it.
bool copiesItself(const QWidget *widget)
{
    return qobject_cast<const QTextEdit *>(widget) || qobject_cast<const QPlainTextEdit *>(widget)
            || qobject_cast<const QLineEdit *>(widget) || qobject_cast<const QAbstractItemView *>(widget);
}

} // namespace

bool TextFieldGuard::eventFilter(QObject *watched, QEvent *event)
{
    const QEvent::Type type = event->type();
    if (type != QEvent::ShortcutOverride && type != QEvent::KeyPress)
        return false;
    // Only the focus widget itself: the event then climbs to its parents, which must not
    // decide again.
    auto *widget = qobject_cast<QWidget *>(watched);
    if (!widget || widget != QApplication::focusWidget() || widget->window() != m_window)
        return false;
    auto *key = static_cast<QKeyEvent *>(event);
    if (!isTextField(widget)) {
        if (type == QEvent::ShortcutOverride && key->matches(QKeySequence::Copy) && copiesItself(widget)) {
            event->accept(); // the widget's own copy runs
            return true;
        }
        return false;
    }
    if (type == QEvent::KeyPress) {
        if (edits(key))
            m_typingIn = widget;
        return false;
    }
    if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)) {
        if (isTyping(widget))
            return false; // the field takes it (it accepts the override itself)
        // Not seen by the field, and not accepted: the window's Undo or Redo action fires.
        event->ignore();
        return true;
    }
    const QKeySequence pressed(key->keyCombination());
    for (const QPointer<QAction> &action : std::as_const(m_guarded))
        if (action && action->shortcuts().contains(pressed)) {
            // Accepted: no shortcut fires, and the key reaches the field as a key press.
            event->accept();
            return true;
        }
    return false;
}

} // namespace ml
