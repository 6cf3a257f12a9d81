// SPDX-License-Identifier: GPL-3.0-or-later
#include "OrtProfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;

namespace ml {
namespace {

QString tr(const char *text) { return QCoreApplication::translate("OrtProfile", text); }

int toInt(const QJsonValue &v)
{
    if (v.isString())
        return v.toString().toInt();
    return v.isDouble() ? v.toInt() : -1;
}

// Nesting within each thread: a kernel's parent is the innermost earlier kernel on the same
// thread whose interval contains it (an If/Loop/Scan kernel runs its body's kernels inside).
void nest(std::vector<OrtKernelEvent> &kernels)
{
    std::vector<int> order(kernels.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        const auto &x = kernels[a], &y = kernels[b];
        if (x.tid != y.tid)
            return x.tid < y.tid;
        if (x.startUs != y.startUs)
            return x.startUs < y.startUs;
        return x.durationUs > y.durationUs;
    });
    std::vector<int> stack;
    for (int i : order) {
        auto &k = kernels[i];
        while (!stack.empty()) {
            const auto &top = kernels[stack.back()];
            if (top.tid == k.tid && k.startUs + k.durationUs <= top.startUs + top.durationUs)
                break;
            stack.pop_back();
        }
        k.parent = stack.empty() ? -1 : stack.back();
        stack.push_back(i);
    }
    for (auto &k : kernels)
        k.selfUs = k.durationUs;
    for (auto &k : kernels)
        if (k.parent >= 0)
            kernels[k.parent].selfUs -= k.durationUs;
    for (auto &k : kernels)
        k.selfUs = std::max(0.0, k.selfUs);
}

} // namespace

Result<OrtProfile> OrtProfile::parse(const QByteArray &json)
{
    QJsonParseError error{};
    QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        // A profile whose writer stopped early lacks the closing bracket (and may end in a comma).
        QByteArray fixed = json.trimmed();
        while (fixed.endsWith(',') || fixed.endsWith('\n'))
            fixed.chop(1);
        fixed.append(']');
        doc = QJsonDocument::fromJson(fixed, &error);
        if (error.error != QJsonParseError::NoError)
            return makeError(tr("not an ONNX Runtime profile: %1 at offset %2").arg(error.errorString()).arg(error.offset));
    }
    if (!doc.isArray())
        return makeError(tr("not an ONNX Runtime profile: the top level is not an array"));

    OrtProfile profile;
    std::vector<std::pair<double, double>> runs; // start, duration
    for (const auto &value : doc.array()) {
        const QJsonObject e = value.toObject();
        const QString cat = e.value(u"cat"_s).toString();
        const QString name = e.value(u"name"_s).toString();
        const double ts = e.value(u"ts"_s).toDouble();
        const double dur = e.value(u"dur"_s).toDouble();
        if (cat == u"Session") {
            if (name == u"model_run")
                runs.emplace_back(ts, dur);
            else if (name == u"session_initialization")
                profile.sessionInitializationUs = dur;
            continue;
        }
        if (cat != u"Node" || !name.endsWith(u"_kernel_time"_s))
            continue; // fence_before / fence_after of older versions, and anything unknown
        const QJsonObject args = e.value(u"args"_s).toObject();
        OrtKernelEvent k;
        k.node = name.chopped(int(sizeof("_kernel_time") - 1));
        k.opName = args.value(u"op_name"_s).toString();
        k.provider = args.value(u"provider"_s).toString();
        k.nodeIndex = toInt(args.value(u"node_index"_s));
        if (k.nodeIndex < 0)
            k.nodeIndex = toInt(args.value(u"graph_index"_s));
        k.startUs = ts;
        k.durationUs = dur;
        k.tid = e.value(u"tid"_s).toInteger();
        profile.kernels.push_back(k);
    }
    std::sort(runs.begin(), runs.end());
    for (const auto &[start, duration] : runs) {
        profile.runStartsUs.push_back(start);
        profile.runsUs.push_back(duration);
    }
    // A kernel belongs to the Run whose interval holds its start.
    for (auto &k : profile.kernels) {
        auto it = std::upper_bound(runs.begin(), runs.end(), std::make_pair(k.startUs, 1e300));
        if (it == runs.begin())
            continue;
        --it;
        if (k.startUs <= it->first + it->second)
            k.run = static_cast<int>(it - runs.begin());
    }
    nest(profile.kernels);
    return profile;
}

Result<OrtProfile> OrtProfile::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(tr("%1: cannot be read: %2").arg(path, file.errorString()));
    auto profile = parse(file.readAll());
    if (!profile)
        return makeError(u"%1: %2"_s.arg(path, profile.errorMessage()));
    return profile;
}

} // namespace ml
