// SPDX-License-Identifier: GPL-3.0-or-later
#include "WheelGuard.h"

#include <QAbstractSpinBox>
#include <QComboBox>
#include <QEvent>
#include <QWidget>

namespace ml {

void WheelGuard::protect(QWidget *root)
{
    auto *guard = root->findChild<WheelGuard *>(QString(), Qt::FindDirectChildrenOnly);
    if (!guard)
        guard = new WheelGuard(root);
    QList<QWidget *> fields;
    if (qobject_cast<QComboBox *>(root) || qobject_cast<QAbstractSpinBox *>(root))
        fields << root;
    for (QComboBox *box : root->findChildren<QComboBox *>())
        fields << box;
    for (QAbstractSpinBox *box : root->findChildren<QAbstractSpinBox *>())
        fields << box;
    for (QWidget *field : std::as_const(fields)) {
        field->setFocusPolicy(Qt::StrongFocus);
        field->removeEventFilter(guard); // installEventFilter would add it again in front
        field->installEventFilter(guard);
    }
}

bool WheelGuard::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Wheel) {
        auto *field = qobject_cast<QWidget *>(watched);
        if (field && !field->hasFocus()) {
            // Filtered out and not accepted: QApplication hands the event on to the parents.
            event->ignore();
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace ml
