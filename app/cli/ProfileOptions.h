// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EngineSettings.h"
#include "Result.h"

#include <QString>
#include <QStringList>

namespace ml {

// `modellens-cli profile` arguments as engine settings and what the command itself does.
struct ProfileOptions {
    ml::EngineSettings settings;
    bool json = false;
    bool help = false;
    bool listBackends = false;
    bool planOnly = false; // print the planned inputs (defaults shown) and stop
    int top = 25;          // rows of the per-layer table in text output (0: all)
    QString compare;       // "key=value,..." overrides for a second run to compare outputs with
    double atol = 1e-4, rtol = 1e-3;
    bool history = true; // store the runs in the history (--no-history: not)
    QString database;    // --db FILE; empty: HistoryStore::resolvePath()
    QString helpText;

    static ml::Result<ProfileOptions> parse(const QStringList &arguments);
    // Applies "backend=trtexec,opt-level=none,threads=2,ep=NAME,precision=fp16,iterations=50,..."
    // to a copy; `option` names the option they came from in messages.
    static ml::Result<ml::EngineSettings> withOverrides(const ml::EngineSettings &settings, const QString &overrides,
                                                        const QString &option = QStringLiteral("--compare"));
};

} // namespace ml
