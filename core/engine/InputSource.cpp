// SPDX-License-Identifier: GPL-3.0-or-later
#include "InputSource.h"

#include <QCoreApplication>

#include <cmath>

using namespace Qt::StringLiterals;

namespace ml {
namespace {
QString tr(const char *text) { return QCoreApplication::translate("InputSource", text); }
} // namespace

InputSource InputSource::random(double low, double high)
{
    InputSource s;
    s.low = low;
    s.high = high;
    return s;
}

InputSource InputSource::constant(double value)
{
    InputSource s;
    s.kind = Kind::Constant;
    s.value = value;
    return s;
}

InputSource InputSource::fromFile(const QString &path)
{
    InputSource s;
    s.kind = Kind::File;
    s.file = path;
    return s;
}

Result<InputSource> InputSource::parse(const QString &text)
{
    if (text.isEmpty())
        return makeError(tr("an input needs a file, \"=VALUE\" or \"LOW..HIGH\" after the name"));
    bool ok = false;
    if (text.startsWith(u'=')) {
        const double v = text.mid(1).toDouble(&ok);
        if (!ok)
            return makeError(tr("\"%1\" is not a number").arg(text.mid(1)));
        return constant(v);
    }
    const qsizetype dots = text.indexOf(u".."_s);
    if (dots > 0) {
        bool okLow = false, okHigh = false;
        const double low = text.left(dots).toDouble(&okLow);
        const double high = text.mid(dots + 2).toDouble(&okHigh);
        if (okLow && okHigh) {
            if (!(low <= high))
                return makeError(tr("the range %1 is empty").arg(text));
            return random(low, high);
        }
    }
    return fromFile(text);
}

QString InputSource::describe() const
{
    switch (kind) {
    case Kind::Constant:
        return u"= %1"_s.arg(value);
    case Kind::File:
        return file;
    case Kind::Random:
        if (std::isnan(low))
            return tr("random");
        return tr("random %1..%2").arg(low).arg(high);
    }
    return {};
}

QJsonObject InputSource::toJson() const
{
    switch (kind) {
    case Kind::Constant:
        return {{u"kind"_s, u"constant"_s}, {u"value"_s, value}};
    case Kind::File:
        return {{u"kind"_s, u"file"_s}, {u"file"_s, file}};
    case Kind::Random: {
        QJsonObject o{{u"kind"_s, u"random"_s}};
        if (!std::isnan(low)) {
            o.insert(u"low"_s, low);
            o.insert(u"high"_s, high);
        }
        return o;
    }
    }
    return {};
}

InputSource InputSource::fromJson(const QJsonObject &o)
{
    const QString kind = o.value(u"kind"_s).toString();
    if (kind == u"constant")
        return constant(o.value(u"value"_s).toDouble());
    if (kind == u"file")
        return fromFile(o.value(u"file"_s).toString());
    InputSource s;
    if (o.contains(u"low"_s)) {
        s.low = o.value(u"low"_s).toDouble();
        s.high = o.value(u"high"_s).toDouble();
    }
    return s;
}

} // namespace ml
