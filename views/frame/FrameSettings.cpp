// SPDX-License-Identifier: GPL-3.0-or-later
#include "FrameSettings.h"

#include <QSettings>

namespace ml {
namespace {
using namespace Qt::StringLiterals;

QString text(const QString &key, const QString &fallback = {}) { return QSettings().value(key, fallback).toString(); }
void store(const QString &key, const QString &value)
{
    // An empty value removes the key, so "not set" stays distinguishable from a path.
    if (value.isEmpty())
        QSettings().remove(key);
    else
        QSettings().setValue(key, value);
}
} // namespace

QString FrameSettings::language() { return text(u"ui/language"_s); }
void FrameSettings::setLanguage(const QString &language) { store(u"ui/language"_s, language); }
QString FrameSettings::theme() { return text(u"ui/theme"_s, u"system"_s); }
void FrameSettings::setTheme(const QString &theme) { store(u"ui/theme"_s, theme == u"system"_s ? QString() : theme); }
bool FrameSettings::wheelZooms() { return QSettings().value(u"graph/wheelZooms"_s, true).toBool(); }
void FrameSettings::setWheelZooms(bool zooms) { QSettings().setValue(u"graph/wheelZooms"_s, zooms); }
QString FrameSettings::trtexecPath() { return text(u"engine/trtexecPath"_s); }
void FrameSettings::setTrtexecPath(const QString &path) { store(u"engine/trtexecPath"_s, path); }
QString FrameSettings::dotPath() { return text(u"graphviz/dotPath"_s); }
void FrameSettings::setDotPath(const QString &path) { store(u"graphviz/dotPath"_s, path); }
QString FrameSettings::historyDatabase() { return text(u"history/database"_s); }
void FrameSettings::setHistoryDatabase(const QString &path) { store(u"history/database"_s, path); }

EngineSettings FrameSettings::engineDefaults()
{
    EngineSettings s; // the built-in defaults for whatever is not stored
    const QSettings settings;
    s.warmupIterations = settings.value(u"engine/warmupIterations"_s, s.warmupIterations).toInt();
    s.iterations = settings.value(u"engine/iterations"_s, s.iterations).toInt();
    s.perLayer = settings.value(u"engine/perLayer"_s, s.perLayer).toBool();
    s.intraOpThreads = settings.value(u"engine/intraOpThreads"_s, s.intraOpThreads).toInt();
    s.trtexecPath = trtexecPath();
    return s;
}

void FrameSettings::setEngineDefaults(const EngineSettings &s)
{
    QSettings settings;
    settings.setValue(u"engine/warmupIterations"_s, s.warmupIterations);
    settings.setValue(u"engine/iterations"_s, s.iterations);
    settings.setValue(u"engine/perLayer"_s, s.perLayer);
    settings.setValue(u"engine/intraOpThreads"_s, s.intraOpThreads);
}

} // namespace ml
