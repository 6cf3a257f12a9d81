// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportEscape.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace ml::escape {

QString html(const QString &text)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '&':
            out += u"&amp;"_s;
            break;
        case '<':
            out += u"&lt;"_s;
            break;
        case '>':
            out += u"&gt;"_s;
            break;
        case '"':
            out += u"&quot;"_s;
            break;
        case '\'':
            out += u"&#39;"_s;
            break;
        default:
            out += c;
        }
    }
    return out;
}

QByteArray jsonForScript(const QByteArray &json)
{
    QByteArray out = json;
    out.replace("</", "<\\/");
    out.replace("<!--", "\\u003c!--");
    return out;
}

QString markdown(const QString &text)
{
    static const QString special = u"\\`*_[]<>|~!"_s;
    QString out;
    out.reserve(text.size() + 8);
    for (const QChar c : text) {
        if (c == u'\n' || c == u'\r' || c == u'\t')
            out += u' ';
        else if (special.contains(c))
            out += u'\\' + QString(c);
        else if (c == u'@' || c == u'#')
            out += QString(c) + QChar(0x200b);
        else
            out += c;
    }
    return out;
}

QString csvText(const QString &text)
{
    QString field = text;
    if (!field.isEmpty()) {
        const QChar first = field.front();
        if (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' || first == u'\r')
            field.prepend(u'\'');
    }
    if (field.contains(u',') || field.contains(u'"') || field.contains(u'\n') || field.contains(u'\r')) {
        field.replace(u"\""_s, u"\"\""_s);
        field = u'"' + field + u'"';
    }
    return field;
}

QString csvNumber(double value, int decimals)
{
    if (!std::isfinite(value))
        return QString();
    return QString::number(value, 'f', decimals);
}

} // namespace ml::escape
