// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace ml {

// modellens-cli report RUN [RUN...] [--db F] [--format html|md|csv|json] [-o FILE]
// One run: its report; several: each compared with the first. The format comes from
// --format, else from the suffix of -o; `-o -` or no -o writes to standard output
// (Markdown unless --format says otherwise). Exit code: 0 written, 1 usage, 2 a run or the
// database could not be read, or the file could not be written (one line on stderr).
int runReport(const QStringList &arguments);

} // namespace ml
