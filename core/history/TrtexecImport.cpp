// SPDX-License-Identifier: GPL-3.0-or-later
#include "TrtexecImport.h"

#include "ModelNodeRef.h"
#include "TrtexecLayerMapper.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <map>
#include <memory>
#include <set>

using namespace Qt::StringLiterals;

namespace ml {
namespace {

QString tr(const char *text) { return QCoreApplication::translate("ml::HistoryStore", text); }

std::vector<ModelNodeRef> mapLayer(const TrtexecLayerMapper &mapper, const QString &name, const QString &metadata)
{
    std::vector<ModelNodeRef> nodes;
    // Parallel layers TensorRT runs side by side: "A || B" (TensorRT 10's metadata, when
    // there, names them all).
    if (metadata.isEmpty() && name.contains(u"||"_s)) {
        std::set<int> seen;
        for (const QString &part : name.split(u"||"_s, Qt::SkipEmptyParts))
            for (const auto &n : mapLayer(mapper, part.trimmed(), QString()))
                if (seen.insert(n.index).second)
                    nodes.push_back(n);
        std::stable_sort(nodes.begin(), nodes.end(), [](const auto &a, const auto &b) { return a.index < b.index; });
        return nodes;
    }
    nodes = mapper.map(name, metadata);
    if (!nodes.empty())
        return nodes;
    // A copy TensorRT inserted: "<tensor> copy" (sometimes "<tensor> copy 2").
    static const QRegularExpression copy(u"^(.+?)\\s+copy(?:\\s*\\d+)?$"_s);
    if (const auto m = copy.match(name.trimmed()); m.hasMatch())
        return mapper.map(m.captured(1).trimmed(), QString());
    return nodes;
}

} // namespace

LayerReport TrtexecImport::layers(const TrtexecProfile &profile, const std::vector<TrtexecLayer> &layerInfo,
                                  const onnx::GraphProto *graph)
{
    std::map<QString, QString> metadata;
    for (const auto &l : layerInfo)
        metadata[l.name] = l.metadata;
    std::unique_ptr<TrtexecLayerMapper> mapper;
    if (graph)
        mapper = std::make_unique<TrtexecLayerMapper>(*graph);
    LayerReport report;
    report.runs = profile.count;
    int unmapped = 0;
    bool medians = true;
    for (const auto &layer : profile.layers) {
        medians = medians && layer.hasMedian;
        LayerTiming row;
        row.kernels << layer.name;
        row.meanMs = layer.averageMs;
        row.medianMs = layer.medianMs;
        row.callsPerRun = 1;
        const auto nodes = mapper ? mapLayer(*mapper, layer.name, metadata.count(layer.name) ? metadata[layer.name] : QString())
                                  : std::vector<ModelNodeRef>{};
        if (nodes.empty()) {
            row.node = layer.name;
            row.opType = u"(engine)"_s;
            row.mapped = false;
            ++unmapped;
        } else {
            row.node = nodes.front().label();
            row.nodeIndex = nodes.front().index;
            row.opType = nodes.front().opType();
            for (std::size_t i = 1; i < nodes.size(); ++i)
                row.fusedNodes << nodes[i].label();
        }
        report.layers.push_back(std::move(row));
    }
    if (!graph)
        report.notes << tr("imported without the model: rows are TensorRT's layers under their own names");
    else if (unmapped)
        report.notes << tr("%1 engine layer(s) could not be tied to a model node; they are listed under their own names")
                                .arg(unmapped);
    if (!medians)
        report.notes << tr("this trtexec writes no per-layer medians: the medians shown are means");
    report.finish();
    return report;
}

Result<RunResult> TrtexecImport::run(const TrtexecFiles &files, const onnx::GraphProto *graph)
{
    RunResult r;
    r.backend = u"tensorrt"_s;
    r.settings = QJsonObject{{u"backend"_s, u"trtexec"_s}};
    r.firstRunMs = -1;
    if (files.console) {
        r.backendVersion = files.console->version;
        if (files.console->buildSeconds >= 0)
            r.buildMs = files.console->buildSeconds * 1000;
    }
    if (files.times) {
        std::vector<double> compute, h2d, d2h, enqueue;
        for (const auto &t : *files.times) {
            r.latenciesMs.push_back(t.latencyMs);
            compute.push_back(t.computeMs);
            h2d.push_back(t.h2dMs);
            d2h.push_back(t.d2hMs);
            enqueue.push_back(t.endEnqMs - t.startEnqMs);
        }
        if (!files.times->empty()) {
            r.measuredSeconds = (files.times->back().endD2hMs - files.times->front().startEnqMs) / 1000.0;
            if (files.times->front().hasEndToEnd)
                r.warnings << tr("this trtexec's --exportTimes includes the warm-up queries; they are kept, as the file does not "
                                 "mark them");
        }
        r.extraTimes[u"gpu_compute"_s] = LatencyStats::compute(compute);
        r.extraTimes[u"h2d"_s] = LatencyStats::compute(h2d);
        r.extraTimes[u"d2h"_s] = LatencyStats::compute(d2h);
        r.extraTimes[u"enqueue"_s] = LatencyStats::compute(enqueue);
        r.finish(0.05);
    } else if (files.console && files.console->found) {
        // Only the console summary: its statistics, no iterations.
        const auto &times = files.console->times;
        if (auto it = times.find(u"latency"_s); it != times.end())
            r.latency = it->second;
        for (const auto &[name, stats] : times)
            if (name != u"latency")
                r.extraTimes[name] = stats;
        r.iterations = r.latency.count;
        r.warnings << tr("imported from trtexec's console summary only: no per-iteration latencies");
    }
    if (files.console) {
        if (files.console->throughputQps > 0)
            r.throughputPerS = files.console->throughputQps;
        r.warnings << files.console->warnings;
    }
    if (files.profile) {
        LayerReport report = layers(*files.profile, files.layerInfo, graph);
        if (auto it = r.extraTimes.find(u"gpu_compute"_s); it != r.extraTimes.end()) {
            report.endToEndMs = it->second.mean;
            report.endToEndMedianMs = it->second.median;
            report.notes << tr("end-to-end here is the GPU compute time of the unprofiled run");
        }
        r.layers = report;
    }
    if (!files.times && !files.profile && !(files.console && files.console->found))
        return makeError(tr("the trtexec files hold no timings (give --exportTimes, --exportProfile or a console log with its "
                            "performance summary)"));
    return r;
}

} // namespace ml
