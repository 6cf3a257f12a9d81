// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EngineSettings.h"

#include <QString>

namespace ml {

// The user's persistent choices, one QSettings key each, read where they are used and
// written by the settings dialog. The keys are shared with code outside views/frame:
// "graph/wheelZooms" (Ctrl+M in the graph toggles it), "history/database" (HistoryStore),
// "engine/trtexecPath" (TrtexecBackend), "graphviz/dotPath" (DotLayout).
class FrameSettings {
public:
    // "" (the system's), "en" or "zh_CN". Read once at start: a change needs a restart.
    static QString language();
    static void setLanguage(const QString &language);
    // "system", "light" or "dark".
    static QString theme();
    static void setTheme(const QString &theme);
    // true: the wheel zooms the graph (Shift scrolls); false: it scrolls (Ctrl zooms).
    static bool wheelZooms();
    static void setWheelZooms(bool zooms);
    // Empty: found on PATH.
    static QString trtexecPath();
    static void setTrtexecPath(const QString &path);
    static QString dotPath();
    static void setDotPath(const QString &path);
    // Empty: $MODELLENS_DB, else the default file (HistoryStore::defaultPath()).
    static QString historyDatabase();
    static void setHistoryDatabase(const QString &path);
    // What a new run panel starts with: warm-up, iterations, per-layer profile.
    static EngineSettings engineDefaults();
    static void setEngineDefaults(const EngineSettings &settings);
};

} // namespace ml
