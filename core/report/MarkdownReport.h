// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Report.h"

#include <QString>

namespace ml {

// GitHub-flavoured Markdown for a pull request or an issue: a one-line verdict, p50/p90/p99
// of each run, the top layers (or layer deltas), and the settings that differ. Always under
// kMaxChars characters (GitHub's comment limit is 65,536): long tables are cut to their top
// rows with a note saying how many are left out.
class MarkdownReport {
public:
    static constexpr int kMaxChars = 60000;
    static QString write(const Report &report);
    // With at most `rows` rows in each long table (write() picks the largest that fits).
    static QString write(const Report &report, int rows);
};

} // namespace ml
