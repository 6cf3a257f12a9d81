// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace ml {

// The run history on the command line. Each returns the process exit code: 0 done, 1 usage,
// 2 the database or a run could not be opened, read or changed (one line on stderr).
//   modellens-cli history [--db F] [--model M] [--tag T] [--since DATE] [--json] ...
//   modellens-cli tag RUN TAG... [--note TEXT] [--remove] [--db F]
//   modellens-cli baseline NAME RUN [--remove] [--db F]
int runHistory(const QStringList &arguments);
int runTag(const QStringList &arguments);
int runBaseline(const QStringList &arguments);

} // namespace ml
