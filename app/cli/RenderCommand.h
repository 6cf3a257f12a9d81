// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace ml {

// `modellens-cli render MODEL -o out.svg|out.png [--flat|--hierarchy] [--horizontal]`.
// Needs a QGuiApplication (main creates one, offscreen, for this command).
int runRender(const QStringList &arguments);

} // namespace ml
