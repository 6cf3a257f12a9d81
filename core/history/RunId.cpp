// SPDX-License-Identifier: GPL-3.0-or-later
#include "RunId.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace ml {

QString RunId::generate() { return u"%1"_s.arg(quint32(QRandomGenerator::system()->generate()), kLength, 16, QChar(u'0')); }

Result<RunId::Reference> RunId::parse(const QString &raw)
{
    const QString text = raw.trimmed().toLower();
    static const QRegularExpression last(u"^last(?:~(\\d+))?$"_s);
    static const QRegularExpression hex(u"^[0-9a-f]+$"_s);
    Reference r;
    if (const auto m = last.match(text); m.hasMatch()) {
        r.last = true;
        r.back = m.captured(1).isEmpty() ? 0 : m.captured(1).toInt();
        return r;
    }
    if (!hex.match(text).hasMatch() || text.size() > kLength)
        return makeError(
                QCoreApplication::translate("ml::HistoryStore", "\"%1\" names no run: give a run id, \"last\" or \"last~N\"")
                        .arg(raw));
    if (text.size() < kMinPrefix)
        return makeError(
                QCoreApplication::translate("ml::HistoryStore", "\"%1\" is too short: give at least %2 characters of a run id")
                        .arg(raw)
                        .arg(kMinPrefix));
    r.prefix = text;
    return r;
}

} // namespace ml
