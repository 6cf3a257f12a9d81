// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace ml {

// `modellens-cli profile`. Returns the process exit code.
int runProfile(const QStringList &arguments);

} // namespace ml
