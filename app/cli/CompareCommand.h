// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace ml {

// modellens-cli compare RUN RUN... [--db F] [--json] [--fail-on slower] [--top N]
int runCompare(const QStringList &arguments);
// modellens-cli ab MODEL_A [MODEL_B] [--a K=V,...] [--b K=V,...] [--rounds N] [profile options]
int runAb(const QStringList &arguments);

} // namespace ml
