// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QString>

namespace ml {

// Short run ids and the ways a user names a run: the id itself or a unique prefix of it
// (at least 4 characters), "last" (the most recently started run) and "last~N" (N runs
// before that, by start time). HistoryStore::resolveRun applies a reference.
class RunId {
public:
    static constexpr int kLength = 8;
    static constexpr int kMinPrefix = 4;
    // 8 random lowercase hex characters (2^32 ids; the store checks uniqueness).
    static QString generate();

    struct Reference {
        bool last = false; // "last" / "last~N"
        int back = 0;      // N
        QString prefix;    // otherwise: the id or a prefix, lowercased
    };
    static Result<Reference> parse(const QString &text);
};

} // namespace ml
