// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace ml {

// `modellens-cli inspect MODEL [--json]`. Returns the process exit code:
// 0 opened (problems or not), 1 usage error, 2 the file cannot be opened.
int runInspect(const QStringList &arguments);

} // namespace ml
