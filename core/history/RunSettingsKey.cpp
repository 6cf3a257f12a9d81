// SPDX-License-Identifier: GPL-3.0-or-later
#include "RunSettingsKey.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace ml {
namespace {

QJsonValue withoutTempPaths(const QJsonValue &v, const QStringList &temps)
{
    if (v.isString()) {
        const QString s = v.toString();
        for (const QString &t : temps)
            if (s.startsWith(t + u'/'))
                return QString(u"<tmp>/"_s + QFileInfo(s).fileName());
        return v;
    }
    if (v.isArray()) {
        QJsonArray out;
        for (const auto &e : v.toArray())
            out.append(withoutTempPaths(e, temps));
        return out;
    }
    if (v.isObject()) {
        QJsonObject out;
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            out.insert(it.key(), withoutTempPaths(it.value(), temps));
        return out;
    }
    return v;
}

} // namespace

RunSettingsKey RunSettingsKey::from(const QJsonObject &settings, const QString &backendName)
{
    RunSettingsKey k;
    QJsonObject s = settings;
    for (const char *key : {"model", "work_dir", "result"})
        s.remove(QLatin1String(key));
    for (const char *key : {"save_optimized", "trtexec", "timing_cache", "engine", "save_outputs"}) {
        const QString name = QLatin1String(key);
        if (s.value(name).toString().isEmpty())
            s.remove(name);
        else
            s.insert(name, true);
    }
    QStringList temps{QDir::tempPath(), u"/tmp"_s, u"/var/tmp"_s};
    temps.removeDuplicates();
    k.canonical = withoutTempPaths(s, temps).toObject();
    k.hash = QString::fromLatin1(
            QCryptographicHash::hash(QJsonDocument(k.canonical).toJson(QJsonDocument::Compact), QCryptographicHash::Sha256)
                    .toHex());

    const QString b = backendName.isEmpty() ? settings.value(u"backend"_s).toString() : backendName;
    k.backend = (b == u"trtexec" || b == u"tensorrt") ? u"tensorrt"_s : b == u"ort" || b.isEmpty() ? u"onnxruntime"_s : b;
    QStringList precisions;
    for (const auto &p : settings.value(u"precisions"_s).toArray())
        precisions << p.toString();
    if (k.backend == u"tensorrt") {
        k.provider = u"TensorRT"_s;
        k.precision = precisions.isEmpty() ? u"fp32"_s : precisions.join(u'+');
    } else {
        k.provider = settings.value(u"execution_provider"_s).toString(u"CPUExecutionProvider"_s);
        k.precision = u"fp32"_s;
    }
    return k;
}

} // namespace ml
