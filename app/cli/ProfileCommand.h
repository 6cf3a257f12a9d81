// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

// `modellens-cli profile`. Returns the process exit code.
int runProfile(const QStringList &arguments);
