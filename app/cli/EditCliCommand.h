// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace ml {

// `modellens-cli edit`. Returns the process exit code.
int runEdit(const QStringList &arguments);

} // namespace ml
