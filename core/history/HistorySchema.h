// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

#include <vector>

namespace ml {

// The schema of the history database, as ordered migrations. Migration i (0-based) takes a
// database from PRAGMA user_version i to i + 1; each runs in one transaction together with
// the user_version update, so a file is at one version or the next, never in between.
// Append migrations, never edit one that has shipped.
class HistorySchema {
public:
    // PRAGMA application_id of a ModelLens history ("MLHS"): tells ours from other SQLite files.
    static constexpr int kApplicationId = 0x4D4C4853;
    static int currentVersion();
    static const std::vector<QStringList> &migrations();
};

} // namespace ml
