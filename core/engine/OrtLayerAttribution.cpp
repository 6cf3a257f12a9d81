// SPDX-License-Identifier: GPL-3.0-or-later
#include "OrtLayerAttribution.h"

#include "LatencyStats.h"
#include "OnnxModel.h"

#include <QCoreApplication>

#include <map>
#include <numeric>
#include <set>

using namespace Qt::StringLiterals;

namespace ml {
namespace {

QString tr(const char *text, int n = -1) { return QCoreApplication::translate("OrtLayerAttribution", text, nullptr, n); }

struct Row {
    LayerTiming timing;
    std::vector<double> perRunUs;
    std::set<QString> kernels, fused;
    int calls = 0;
};

} // namespace

LayerReport OrtLayerAttribution::build(const OrtProfile &profile, const FusedKernelMapper &mapper, int skipRuns)
{
    LayerReport report;
    const int runs = std::max(0, static_cast<int>(profile.runsUs.size()) - skipRuns);
    report.runs = runs;
    if (runs == 0) {
        report.notes << tr("the profile holds no measured runs");
        return report;
    }
    std::vector<double> endToEnd(profile.runsUs.begin() + skipRuns, profile.runsUs.end());
    for (double &v : endToEnd)
        v /= 1000.0;
    const LatencyStats e2e = LatencyStats::compute(endToEnd);
    report.endToEndMs = e2e.mean;
    report.endToEndMedianMs = e2e.median;

    // The optimized node of every kernel event, found in the scope of its enclosing kernel.
    std::vector<const onnx::NodeProto *> nodes(profile.kernels.size(), nullptr);
    std::vector<bool> resolved(profile.kernels.size(), false);
    auto resolve = [&](auto &self, int i) -> const onnx::NodeProto * {
        if (resolved[i])
            return nodes[i];
        const auto &k = profile.kernels[i];
        const onnx::NodeProto *parent = k.parent >= 0 ? self(self, k.parent) : nullptr;
        nodes[i] = mapper.findNode(k.node, k.opName, k.nodeIndex, parent);
        if (!nodes[i] && parent) // not in the parent's bodies: try everywhere
            nodes[i] = mapper.findNode(k.node, k.opName, k.nodeIndex, nullptr);
        resolved[i] = true;
        return nodes[i];
    };

    // Kernels of unnamed nodes that ORT created itself (function inlining, some fusions) are
    // named "<OpType>_<index>" with an index the saved graph does not keep. Pair them, per
    // scope and operator, with the unnamed nodes nobody claimed: ORT numbers new nodes in
    // creation order, which follows the graph's order.
    {
        std::map<std::pair<const onnx::NodeProto *, QString>, std::map<int, std::vector<int>>> pending;
        std::set<const onnx::NodeProto *> taken;
        for (int i = 0; i < static_cast<int>(profile.kernels.size()); ++i) {
            if (const auto *n = resolve(resolve, i))
                taken.insert(n);
            else if (profile.kernels[i].node
                     == profile.kernels[i].opName + u'_' + QString::number(profile.kernels[i].nodeIndex)) {
                const int parent = profile.kernels[i].parent;
                pending[{parent >= 0 ? nodes[parent] : nullptr, profile.kernels[i].opName}][profile.kernels[i].nodeIndex]
                        .push_back(i);
            }
        }
        for (const auto &[scope, byIndex] : pending) {
            std::vector<const onnx::NodeProto *> free;
            for (const auto *n : mapper.unnamedNodes(scope.second, scope.first))
                if (!taken.count(n))
                    free.push_back(n);
            auto next = free.begin();
            for (const auto &[index, events] : byIndex) {
                if (next == free.end())
                    break;
                for (int e : events)
                    nodes[e] = *next;
                ++next;
            }
        }
    }

    std::map<QString, Row> rows; // by qualified node label (or kernel name when unmapped)
    int unmapped = 0, borrowed = 0;
    std::set<QString> borrowedKernels;
    for (int i = 0; i < static_cast<int>(profile.kernels.size()); ++i) {
        const auto &k = profile.kernels[i];
        if (k.run < skipRuns)
            continue;
        const onnx::NodeProto *node = resolve(resolve, i);
        const auto *attribution = node ? mapper.attributionOf(node) : nullptr;
        QString key;
        Row *row = nullptr;
        if (attribution && !attribution->covered.empty()) {
            const ModelNodeRef &primary = attribution->covered.front();
            key = primary.qualifiedLabel();
            row = &rows[key];
            if (row->perRunUs.empty()) {
                row->timing.node = primary.label();
                row->timing.graph = primary.graphPath;
                row->timing.nodeIndex = primary.index;
                row->timing.opType = primary.opType();
            }
            for (std::size_t c = 1; c < attribution->covered.size(); ++c)
                row->fused.insert(attribution->covered[c].label());
            if (attribution->borrowed && borrowedKernels.insert(k.node).second)
                ++borrowed;
        } else {
            key = u"\u0001"_s + k.node; // kept apart from node labels
            row = &rows[key];
            if (row->perRunUs.empty()) {
                row->timing.node = k.node;
                row->timing.opType = k.opName;
                row->timing.mapped = false;
                ++unmapped;
            }
        }
        if (row->perRunUs.empty())
            row->perRunUs.assign(static_cast<std::size_t>(runs), 0.0);
        row->perRunUs[static_cast<std::size_t>(k.run - skipRuns)] += k.selfUs;
        row->kernels.insert(k.node);
        ++row->calls;
    }
    for (auto &[key, row] : rows) {
        std::vector<double> ms(row.perRunUs.size());
        std::transform(row.perRunUs.begin(), row.perRunUs.end(), ms.begin(), [](double us) { return us / 1000.0; });
        const LatencyStats stats = LatencyStats::compute(ms);
        row.timing.meanMs = stats.mean;
        row.timing.medianMs = stats.median;
        row.timing.callsPerRun = static_cast<double>(row.calls) / runs;
        row.timing.kernels = QStringList(row.kernels.begin(), row.kernels.end());
        row.fused.erase(row.timing.node);
        row.timing.fusedNodes = QStringList(row.fused.begin(), row.fused.end());
        report.layers.push_back(row.timing);
    }
    for (const auto &n : mapper.uncovered())
        report.removedNodes << n.qualifiedLabel();
    if (unmapped)
        report.notes << tr("%n kernel(s) could not be tied to a model node; they are listed under their own names", unmapped);
    if (borrowed)
        report.notes << tr("%n inserted kernel(s) (layout reorders, copies) are counted with the node next to them", borrowed);
    report.finish();
    return report;
}

Result<LayerReport> OrtLayerAttribution::build(const QString &profilePath, const QString &originalModel,
                                               const QString &optimizedModel, int skipRuns)
{
    auto profile = OrtProfile::read(profilePath);
    if (!profile)
        return profile.error();
    auto original = OnnxModel::open(originalModel);
    if (!original)
        return original.error();
    auto optimized = OnnxModel::open(optimizedModel);
    if (!optimized)
        return optimized.error();
    const FusedKernelMapper mapper(original.value()->proto().graph(), optimized.value()->proto().graph());
    return build(profile.value(), mapper, skipRuns);
}

} // namespace ml
