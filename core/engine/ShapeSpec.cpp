// SPDX-License-Identifier: GPL-3.0-or-later
#include "ShapeSpec.h"

#include <QCoreApplication>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace ml {
namespace {
QString tr(const char *text) { return QCoreApplication::translate("ShapeSpec", text); }
} // namespace

Result<std::vector<std::pair<QString, QString>>> ShapeSpec::splitEntries(const QString &text)
{
    std::vector<std::pair<QString, QString>> entries;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        QString name;
        if (text[i] == u'\'') {
            const qsizetype close = text.indexOf(u'\'', i + 1);
            if (close < 0)
                return makeError(tr("unterminated quote in \"%1\"").arg(text));
            name = text.mid(i + 1, close - i - 1);
            i = close + 1;
            if (i >= n || text[i] != u':')
                return makeError(tr("expected ':' after the quoted name '%1'").arg(name));
        } else {
            const qsizetype colon = text.indexOf(u':', i);
            const qsizetype comma = text.indexOf(u',', i);
            if (colon < 0 || (comma >= 0 && comma < colon))
                return makeError(tr("\"%1\" is not name:value").arg(text.mid(i, comma < 0 ? -1 : comma - i)));
            name = text.mid(i, colon - i).trimmed();
            i = colon;
        }
        ++i; // the colon
        const qsizetype comma = text.indexOf(u',', i);
        const qsizetype end = comma < 0 ? n : comma;
        if (name.isEmpty())
            return makeError(tr("an entry without a name in \"%1\"").arg(text));
        entries.emplace_back(name, text.mid(i, end - i).trimmed());
        i = end + 1;
    }
    return entries;
}

Result<Shape> ShapeSpec::parseDims(const QString &dims)
{
    Shape shape;
    if (dims.trimmed().isEmpty())
        return shape;
    for (const QString &part : dims.split(u'x')) {
        bool ok = false;
        const qlonglong v = part.trimmed().toLongLong(&ok);
        if (!ok || v < 0)
            return makeError(tr("\"%1\" is not a shape like 1x3x224x224").arg(dims));
        shape.push_back(v);
    }
    return shape;
}

Result<std::vector<std::pair<QString, Shape>>> ShapeSpec::parse(const QString &text)
{
    auto entries = splitEntries(text);
    if (!entries)
        return entries.error();
    std::vector<std::pair<QString, Shape>> shapes;
    for (const auto &[name, value] : entries.value()) {
        auto dims = parseDims(value);
        if (!dims)
            return makeError(u"%1: %2"_s.arg(name, dims.errorMessage()));
        shapes.emplace_back(name, dims.value());
    }
    return shapes;
}

QString ShapeSpec::formatDims(const Shape &shape)
{
    QStringList parts;
    for (auto d : shape)
        parts << QString::number(d);
    return parts.join(u'x');
}

QString ShapeSpec::quoteName(const QString &name)
{
    if (name.contains(u':') || name.contains(u',') || name.contains(u' '))
        return u"'"_s + name + u"'"_s;
    return name;
}

QString ShapeSpec::format(const std::vector<std::pair<QString, Shape>> &shapes)
{
    QStringList parts;
    for (const auto &[name, shape] : shapes)
        parts << quoteName(name) + u':' + formatDims(shape);
    return parts.join(u',');
}

} // namespace ml
