// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QWidget;

namespace ml {

// Marks an editor whose text does not parse: a red frame and the reason as its tool tip (the
// tool tip it had before comes back once the text is fine). An empty `problem` clears the mark.
// The property "invalid" (bool) says whether the mark is on, for tests.
void markField(QWidget *field, const QString &problem);

} // namespace ml
