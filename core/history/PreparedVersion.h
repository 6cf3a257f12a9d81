// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ModelIdentity.h"

#include <QString>

#include <optional>
#include <utility>
#include <vector>

namespace ml {

// Internal to HistoryStore: what recordRun learnt about the run's model version before its
// transaction (hashing and describing a model is slow and must not hold the write lock).
struct PreparedVersion {
    bool present = false; // the run has a model
    QString lineagePath, lineageName;
    QString sha;
    std::optional<ModelIdentity> identity; // when the version may be new
    bool edited = false;
    QString label;
    // For an edited model: the file it came from.
    QString parentSha;
    std::optional<ModelIdentity> parentIdentity;
    // sha256 cache rows to write: path -> (identity with externals)
    std::vector<std::pair<QString, ModelIdentity>> cacheRows;
};

} // namespace ml
