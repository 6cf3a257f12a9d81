// SPDX-License-Identifier: GPL-3.0-or-later
#include "TrtexecReports.h"

#include "ShapeSpec.h"

#include <onnx/onnx_pb.h>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <cmath>
#include <cstring>

using namespace Qt::StringLiterals;

namespace ml {
namespace {

QString tr(const char *text) { return QCoreApplication::translate("TrtexecReports", text); }

Result<QJsonDocument> parseJson(const QByteArray &json, const QString &what)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return makeError(tr("%1: not valid JSON: %2 at offset %3").arg(what, error.errorString()).arg(error.offset));
    return doc;
}

// The metric a summary line or header names, in our keys.
QString metricKey(const QString &label)
{
    const QString l = label.toLower().trimmed();
    if (l.startsWith(u"enqueue"_s))
        return u"enqueue"_s;
    if (l.startsWith(u"h2d"_s))
        return u"h2d"_s;
    if (l.startsWith(u"d2h"_s))
        return u"d2h"_s;
    if (l.startsWith(u"gpu compute"_s))
        return u"gpu_compute"_s;
    if (l == u"latency" || l == u"host latency")
        return u"latency"_s;
    return {};
}

// Fills `stats` from "min = 1.2 ms, max = ..., percentile(99%) = ..." (8.x and later) or
// "min: 1.2 ms", "percentile: 1.5 ms at 99%" (7.x, one per line).
void readStatistics(const QString &text, LatencyStats &stats)
{
    static const QRegularExpression plain(u"\\b(min|max|mean|median)\\s*[=:]\\s*([-+0-9.eE]+)\\s*ms"_s);
    static const QRegularExpression percentNew(u"percentile\\((\\d+(?:\\.\\d+)?)%\\)\\s*=\\s*([-+0-9.eE]+)"_s);
    static const QRegularExpression percentOld(u"percentile:\\s*([-+0-9.eE]+)\\s*ms at (\\d+(?:\\.\\d+)?)%"_s);
    for (auto it = plain.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const double v = m.captured(2).toDouble();
        const QString key = m.captured(1);
        if (key == u"min")
            stats.min = v;
        else if (key == u"max")
            stats.max = v;
        else if (key == u"mean")
            stats.mean = v;
        else
            stats.median = v;
    }
    auto setPercentile = [&stats](double p, double v) {
        if (p == 90)
            stats.p90 = v;
        else if (p == 95)
            stats.p95 = v;
        else if (p == 99)
            stats.p99 = v;
    };
    for (auto it = percentNew.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        setPercentile(m.captured(1).toDouble(), m.captured(2).toDouble());
    }
    for (auto it = percentOld.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        setPercentile(m.captured(2).toDouble(), m.captured(1).toDouble());
    }
}

} // namespace

QString TrtexecReports::versionFromTag(const QString &tag)
{
    QString digits = tag;
    digits.remove(u'v');
    bool ok = false;
    const int n = digits.toInt(&ok);
    if (!ok)
        return tag;
    if (digits.size() >= 6) // 100300: major*10000 + minor*100 + patch
        return u"%1.%2.%3"_s.arg(n / 10000).arg(n / 100 % 100).arg(n % 100);
    return u"%1.%2.%3"_s.arg(n / 1000).arg(n / 100 % 10).arg(n % 100); // 8601: 8.6.01
}

Result<std::vector<TrtexecTime>> TrtexecReports::parseTimes(const QByteArray &json)
{
    auto doc = parseJson(json, tr("the --exportTimes file"));
    if (!doc)
        return doc.error();
    if (!doc->isArray())
        return makeError(tr("the --exportTimes file is not a JSON array"));
    std::vector<TrtexecTime> times;
    for (const auto &v : doc->array()) {
        const QJsonObject o = v.toObject();
        if (!o.contains(u"latencyMs"_s) && !o.contains(u"computeMs"_s))
            continue;
        TrtexecTime t;
        t.startEnqMs = o.value(u"startEnqMs"_s).toDouble();
        t.endEnqMs = o.value(u"endEnqMs"_s).toDouble();
        t.startH2dMs = o.value(u"startH2dMs"_s).toDouble();
        t.endH2dMs = o.value(u"endH2dMs"_s).toDouble();
        t.startComputeMs = o.value(u"startComputeMs"_s).toDouble();
        t.endComputeMs = o.value(u"endComputeMs"_s).toDouble();
        t.startD2hMs = o.value(u"startD2hMs"_s).toDouble();
        t.endD2hMs = o.value(u"endD2hMs"_s).toDouble();
        t.h2dMs = o.value(u"h2dMs"_s).toDouble();
        t.computeMs = o.value(u"computeMs"_s).toDouble();
        t.d2hMs = o.value(u"d2hMs"_s).toDouble();
        // Host latency = H2D + compute + D2H where the writer did not give it.
        t.latencyMs = o.contains(u"latencyMs"_s) ? o.value(u"latencyMs"_s).toDouble() : t.h2dMs + t.computeMs + t.d2hMs;
        t.hasEndToEnd = o.contains(u"endToEndMs"_s);
        t.endToEndMs = o.value(u"endToEndMs"_s).toDouble();
        times.push_back(t);
    }
    return times;
}

Result<TrtexecProfile> TrtexecReports::parseProfile(const QByteArray &json)
{
    auto doc = parseJson(json, tr("the --exportProfile file"));
    if (!doc)
        return doc.error();
    if (!doc->isArray())
        return makeError(tr("the --exportProfile file is not a JSON array"));
    TrtexecProfile profile;
    for (const auto &v : doc->array()) {
        const QJsonObject o = v.toObject();
        if (o.contains(u"count"_s) && !o.contains(u"name"_s)) {
            profile.count = o.value(u"count"_s).toInt();
            continue;
        }
        if (!o.contains(u"name"_s))
            continue;
        TrtexecProfileLayer l;
        l.name = o.value(u"name"_s).toString();
        l.timeMs = o.value(u"timeMs"_s).toDouble();
        l.averageMs = o.contains(u"averageMs"_s) ? o.value(u"averageMs"_s).toDouble()
                                                 : (profile.count > 0 ? l.timeMs / profile.count : l.timeMs);
        l.hasMedian = o.contains(u"medianMs"_s);
        l.medianMs = l.hasMedian ? o.value(u"medianMs"_s).toDouble() : l.averageMs;
        l.percentage = o.value(u"percentage"_s).toDouble();
        profile.layers.push_back(l);
    }
    return profile;
}

Result<std::vector<TrtexecLayer>> TrtexecReports::parseLayerInfo(const QByteArray &json)
{
    auto doc = parseJson(json, tr("the --exportLayerInfo file"));
    if (!doc)
        return doc.error();
    const QJsonArray layers = doc->object().value(u"Layers"_s).toArray();
    if (!doc->isObject() || !doc->object().contains(u"Layers"_s))
        return makeError(tr("the --exportLayerInfo file has no \"Layers\""));
    std::vector<TrtexecLayer> out;
    for (const auto &v : layers) {
        TrtexecLayer l;
        if (v.isString()) { // default verbosity: names only
            l.name = v.toString();
        } else {
            const QJsonObject o = v.toObject();
            l.name = o.value(u"Name"_s).toString();
            l.type = o.value(u"LayerType"_s).toString();
            l.metadata = o.value(u"Metadata"_s).toString();
            l.reformat = o.value(u"Origin"_s).toString() == u"REFORMAT";
        }
        if (l.name.startsWith(u"Reformatting CopyNode"_s))
            l.reformat = true;
        out.push_back(l);
    }
    return out;
}

TrtexecSummary TrtexecReports::parseConsole(const QString &text)
{
    static const QRegularExpression prefix(u"^(\\s*\\[[^\\]]*\\])*\\s*"_s);
    static const QRegularExpression tag(u"TensorRT[ .]v(\\d+)"_s);
    static const QRegularExpression built(u"Engine built in ([0-9.eE+-]+) sec"_s);
    static const QRegularExpression number(u"([-+0-9.eE]+)"_s);
    TrtexecSummary s;
    QString header; // 7.x: a metric header line, then one statistic per line
    bool inSummary = false;
    for (const QString &raw : text.split(u'\n')) {
        const bool warning = raw.contains(u"[W]"_s);
        QString line = raw;
        line.remove(prefix);
        line = line.trimmed();
        if (auto m = tag.match(raw); m.hasMatch() && s.version.isEmpty())
            s.version = versionFromTag(m.captured(1));
        if (auto m = built.match(line); m.hasMatch())
            s.buildSeconds = m.captured(1).toDouble();
        if (line.contains(u"=== Performance summary ==="_s) || line == u"Host Latency") {
            inSummary = s.found = true;
            header = line == u"Host Latency" ? u"latency"_s : QString();
            continue;
        }
        if (!inSummary)
            continue;
        if (warning) {
            if (!line.isEmpty())
                s.warnings << line;
            continue;
        }
        const qsizetype colon = line.indexOf(u':');
        const QString label = colon > 0 ? line.left(colon) : line;
        const QString rest = colon > 0 ? line.mid(colon + 1) : QString();
        if (label.compare(u"Throughput"_s, Qt::CaseInsensitive) == 0) {
            s.throughputQps = number.match(rest).captured(1).toDouble();
        } else if (label == u"Total Host Walltime" || label == u"walltime") {
            s.totalHostWalltimeS = number.match(rest).captured(1).toDouble();
        } else if (label == u"Total GPU Compute Time") {
            s.totalGpuComputeS = number.match(rest).captured(1).toDouble();
        } else if (const QString key = metricKey(label); !key.isEmpty() && !rest.trimmed().isEmpty()) {
            readStatistics(rest, s.times[key]);
        } else if (const QString key = metricKey(line); !key.isEmpty()) {
            header = key; // 7.x header line ("Enqueue Time", "GPU Compute")
        } else if (!header.isEmpty() && colon > 0) {
            readStatistics(line, s.times[header]); // 7.x "min: 1.2 ms (end to end 1.3 ms)"
        }
    }
    return s;
}

Result<std::vector<TensorData>> TrtexecReports::parseOutputs(const QByteArray &json)
{
    auto doc = parseJson(json, tr("the --exportOutput file"));
    if (!doc)
        return doc.error();
    std::vector<TensorData> out;
    for (const auto &v : doc->array()) {
        const QJsonObject o = v.toObject();
        TensorData t;
        t.name = o.value(u"name"_s).toString();
        t.dataType = onnx::TensorProto::FLOAT;
        auto dims = ShapeSpec::parseDims(o.value(u"dimensions"_s).toString());
        if (!dims)
            return makeError(tr("output %1: %2").arg(t.name, dims.errorMessage()));
        t.shape = dims.value();
        const QJsonArray values = o.value(u"values"_s).toArray();
        if (values.size() != t.elementCount())
            return makeError(tr("output %1: %2 values for dimensions %3")
                                     .arg(t.name)
                                     .arg(values.size())
                                     .arg(o.value(u"dimensions"_s).toString()));
        t.bytes.resize(values.size() * 4);
        for (qsizetype i = 0; i < values.size(); ++i) {
            const float f = static_cast<float>(values[i].toDouble());
            std::memcpy(t.bytes.data() + i * 4, &f, 4);
        }
        out.push_back(std::move(t));
    }
    return out;
}

} // namespace ml
