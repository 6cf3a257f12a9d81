// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QWidget;

namespace ml {

// Keeps the mouse wheel from changing fields the user did not pick. A combo box or spin box
// under the pointer of a wheel that scrolls a long form would otherwise take the wheel as
// "next value" (the execution provider silently became TensorRT, the threads 3). A guarded
// field takes focus by click or Tab only (Qt::StrongFocus) and takes the wheel only while it
// has focus; otherwise the wheel event is left unaccepted, so Qt passes it to the parents
// and the scroll area around the form scrolls.
class WheelGuard : public QObject {
    Q_OBJECT
public:
    // Guards every QComboBox and QAbstractSpinBox under `root` (root included). Call it again
    // after adding fields; guarding a field twice is harmless. One guard per root, its child.
    static void protect(QWidget *root);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    using QObject::QObject;
};

} // namespace ml
