// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RunResult.h"

#include <QString>

namespace ml::test {

// A model of the shared corpus, or an empty string when the corpus is absent (the test skips).
QString sharedModel(const QString &name);
// A result as the ORT backend makes one: `iterations` latencies around `baseMs`, `layers`
// per-layer rows, settings with temporary paths in them.
RunResult syntheticResult(int iterations, int layers, double baseMs, unsigned seed);

} // namespace ml::test

#define ML_REQUIRE_MODEL(var, name)                                                                                              \
    const QString var = ::ml::test::sharedModel(QStringLiteral(name));                                                           \
    if (var.isEmpty())                                                                                                           \
    GTEST_SKIP() << "shared model " name " not found under " MODELLENS_SHARED_MODELS
