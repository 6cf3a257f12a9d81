// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChildProgress.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace ml {

QString ChildProgress::preparing() { return u"preparing"_s; }
QString ChildProgress::building() { return u"building"_s; }
QString ChildProgress::firstRun() { return u"first run"_s; }
QString ChildProgress::warmup() { return u"warm-up"_s; }
QString ChildProgress::measuring() { return u"measuring"_s; }
QString ChildProgress::profiling() { return u"profiling"_s; }
QString ChildProgress::reading() { return u"reading results"_s; }

QByteArray ChildProgress::encode() const
{
    const QJsonObject o{{u"stage"_s, stage}, {u"current"_s, current}, {u"total"_s, total}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
}

std::optional<ChildProgress> ChildProgress::decode(const QByteArray &line)
{
    const QByteArray trimmed = line.trimmed();
    if (!trimmed.startsWith('{'))
        return std::nullopt;
    const QJsonObject o = QJsonDocument::fromJson(trimmed).object();
    if (!o.contains(u"stage"_s))
        return std::nullopt;
    return ChildProgress{o.value(u"stage"_s).toString(), o.value(u"current"_s).toInteger(), o.value(u"total"_s).toInteger()};
}

} // namespace ml
