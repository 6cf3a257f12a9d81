// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace ml {

// modellens-cli trend MODEL [--db F] [--json]
int runTrend(const QStringList &arguments);

} // namespace ml
