// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportComparison.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

#include <algorithm>
#include <set>

using namespace Qt::StringLiterals;

namespace ml {
namespace {

QString valueText(const QJsonValue &v)
{
    if (v.isUndefined() || v.isNull())
        return QString();
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble());
    if (v.isBool())
        return v.toBool() ? u"true"_s : u"false"_s;
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
}

void differ(std::vector<ReportDifference> &out, const QString &what, const QJsonObject &a, const QJsonObject &b)
{
    std::set<QString> keys;
    for (auto it = a.begin(); it != a.end(); ++it)
        keys.insert(it.key());
    for (auto it = b.begin(); it != b.end(); ++it)
        keys.insert(it.key());
    for (const QString &key : keys)
        if (a.value(key) != b.value(key))
            out.push_back({what, key, valueText(a.value(key)), valueText(b.value(key))});
}

} // namespace

ReportComparison compareStored(const StoredRun &a, const StoredVersion *versionA, const StoredRun &b,
                               const StoredVersion *versionB)
{
    ReportComparison c;
    c.baselineId = a.summary.id;
    c.candidateId = b.summary.id;

    auto versionJson = [](const StoredRun &run, const StoredVersion *v) {
        QJsonObject o{{u"model"_s, run.summary.modelName}, {u"sha256"_s, run.summary.versionSha256}};
        if (v) {
            o.insert(u"file"_s, v->fileName);
            o.insert(u"label"_s, v->label);
            o.insert(u"producer"_s, v->producer);
            o.insert(u"nodes"_s, v->nodeCount);
            o.insert(u"opsets"_s, v->opsets);
            o.insert(u"edited"_s, v->edited);
        }
        return o;
    };
    differ(c.differences, u"model"_s, versionJson(a, versionA), versionJson(b, versionB));
    QJsonObject backendA{{u"backend"_s, a.summary.backend}, {u"backend_version"_s, a.summary.backendVersion}};
    QJsonObject backendB{{u"backend"_s, b.summary.backend}, {u"backend_version"_s, b.summary.backendVersion}};
    differ(c.differences, u"engine"_s, backendA, backendB);
    differ(c.differences, u"settings"_s, a.settings, b.settings);
    differ(c.differences, u"machine"_s, a.machine, b.machine);

    const SampleSet sa = samplesOf(a), sb = samplesOf(b);
    if (auto v = compareRuns(sa, sb))
        c.median = v.value();
    else
        c.medianError = v.errorMessage();
    if (auto v = compareP99(sa, sb))
        c.p99 = v.value();
    else
        c.p99Error = v.errorMessage();
    if (auto layers = compareLayers(layerSamplesOf(a), layerSamplesOf(b)))
        c.layers = std::move(layers.value());
    else
        c.layersError = layers.errorMessage();
    return c;
}

QString ReportComparison::headline() const
{
    if (!median)
        return u"%1 against %2: no verdict (%3)"_s.arg(candidateId, baselineId, medianError);
    return u"%1 against %2: %3 (median %4 ms vs %5 ms)"_s.arg(candidateId, baselineId, median->text())
            .arg(median->b, 0, 'f', 3)
            .arg(median->a, 0, 'f', 3);
}

} // namespace ml
