// SPDX-License-Identifier: GPL-3.0-or-later
#include "FieldMark.h"

#include <QVariant>
#include <QWidget>

namespace ml {

void markField(QWidget *field, const QString &problem)
{
    if (!field)
        return;
    const bool invalid = !problem.isEmpty();
    const bool was = field->property("invalid").toBool();
    if (invalid && !was)
        field->setProperty("validToolTip", field->toolTip());
    if (invalid) {
        field->setToolTip(problem);
        // By class name: the frame of this editor only, not of the widgets inside it.
        field->setStyleSheet(
                QStringLiteral("%1 { border: 1px solid #b00020; }").arg(QString::fromLatin1(field->metaObject()->className())));
    } else if (was) {
        field->setToolTip(field->property("validToolTip").toString());
        field->setStyleSheet(QString());
    }
    field->setProperty("invalid", invalid);
}

} // namespace ml
