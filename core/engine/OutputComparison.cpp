// SPDX-License-Identifier: GPL-3.0-or-later
#include "OutputComparison.h"

#include "OnnxModel.h"
#include "TensorFile.h"
#include "TensorValues.h"
#include "TypeText.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace ml {
namespace {
QString tr(const char *text) { return QCoreApplication::translate("OutputComparison", text); }
const auto kManifest = u"outputs.json"_s;
} // namespace

QJsonObject OutputDifference::toJson() const
{
    QJsonObject o{{u"name"_s, name},      {u"elements"_s, static_cast<qint64>(elements)},     {u"max_abs"_s, maxAbs},
                  {u"max_rel"_s, maxRel}, {u"mismatches"_s, static_cast<qint64>(mismatches)}, {u"pass"_s, pass}};
    if (!problem.isEmpty())
        o.insert(u"problem"_s, problem);
    return o;
}

Result<void> OutputComparison::save(const QString &dir, const std::vector<TensorData> &outputs)
{
    if (!QDir().mkpath(dir))
        return makeError(tr("%1: cannot create the folder").arg(dir));
    QJsonArray manifest;
    for (std::size_t i = 0; i < outputs.size(); ++i) {
        const QString file = u"output_%1.npy"_s.arg(i); // output names may hold '/' or ':'
        if (auto ok = TensorFile::writeNpy(QDir(dir).filePath(file), outputs[i]); !ok)
            return ok;
        manifest.append(QJsonObject{{u"name"_s, outputs[i].name}, {u"file"_s, file}});
    }
    QSaveFile f(QDir(dir).filePath(kManifest));
    if (!f.open(QIODevice::WriteOnly))
        return makeError(tr("%1: cannot write: %2").arg(f.fileName(), f.errorString()));
    f.write(QJsonDocument(manifest).toJson());
    if (!f.commit())
        return makeError(tr("%1: cannot write: %2").arg(f.fileName(), f.errorString()));
    return {};
}

Result<std::vector<TensorData>> OutputComparison::load(const QString &dir)
{
    QFile f(QDir(dir).filePath(kManifest));
    if (!f.open(QIODevice::ReadOnly))
        return makeError(tr("%1: no saved outputs (%2)").arg(dir, f.errorString()));
    std::vector<TensorData> outputs;
    for (const auto &v : QJsonDocument::fromJson(f.readAll()).array()) {
        const QJsonObject o = v.toObject();
        auto t = TensorFile::read(QDir(dir).filePath(o.value(u"file"_s).toString()));
        if (!t)
            return t.error();
        t->name = o.value(u"name"_s).toString();
        outputs.push_back(std::move(t.value()));
    }
    return outputs;
}

std::vector<OutputDifference> OutputComparison::compare(const std::vector<TensorData> &a, const std::vector<TensorData> &b,
                                                        double atol, double rtol)
{
    std::vector<OutputDifference> out;
    for (const auto &x : a) {
        OutputDifference d;
        d.name = x.name;
        auto y = std::find_if(b.begin(), b.end(), [&](const auto &t) { return t.name == x.name; });
        if (y == b.end()) {
            d.problem = tr("missing in the second run");
        } else if (x.shape != y->shape) {
            d.problem = tr("shapes differ: %1 and %2").arg(ShapeSpec::formatDims(x.shape), ShapeSpec::formatDims(y->shape));
        } else {
            auto va = tensorValues(x.bytes, x.dataType, 0, x.elementCount());
            auto vb = tensorValues(y->bytes, y->dataType, 0, y->elementCount());
            if (!va || !vb) {
                d.problem = tr("values of type %1 / %2 cannot be compared")
                                    .arg(elementTypeName(x.dataType), elementTypeName(y->dataType));
            } else {
                d.elements = static_cast<std::int64_t>(va->size());
                for (std::size_t i = 0; i < va->size(); ++i) {
                    const double p = va.value()[i], q = vb.value()[i];
                    if (std::isnan(p) || std::isnan(q)) {
                        if (std::isnan(p) != std::isnan(q))
                            ++d.mismatches;
                        continue;
                    }
                    const double diff = std::abs(p - q);
                    d.maxAbs = std::max(d.maxAbs, diff);
                    d.maxRel = std::max(d.maxRel, diff / std::max(std::abs(q), 1e-12));
                    if (diff > atol + rtol * std::abs(q))
                        ++d.mismatches;
                }
                d.pass = d.mismatches == 0;
            }
        }
        out.push_back(d);
    }
    for (const auto &y : b)
        if (std::none_of(a.begin(), a.end(), [&](const auto &t) { return t.name == y.name; })) {
            OutputDifference d;
            d.name = y.name;
            d.problem = tr("missing in the first run");
            out.push_back(d);
        }
    return out;
}

bool OutputComparison::allPass(const std::vector<OutputDifference> &differences)
{
    return !differences.empty() && std::all_of(differences.begin(), differences.end(), [](const auto &d) { return d.pass; });
}

} // namespace ml
