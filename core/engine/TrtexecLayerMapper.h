// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LayerReport.h"
#include "ModelNodeRef.h"
#include "TrtexecReports.h"

#include <onnx/onnx_pb.h>

#include <QString>

#include <string>
#include <unordered_map>
#include <vector>

namespace ml {

// Maps TensorRT engine layers back to the ONNX nodes they came from, by what the layer
// carries: TensorRT 10's Metadata ("[ONNX Layer: /conv1/Conv]", one per source node);
// otherwise its name: fused layers join node names with " + ", pointwise fusions read
// "PWN(PWN(/a/Sigmoid), /a/Mul)", Myelin regions "{ForeignNode[/first...last]}" (every node
// from first to last in the model's order), reformat layers "Reformatting CopyNode for
// Input Tensor 0 to <layer>" (counted with that layer). A name may also be a tensor the
// node produced. The graph must outlive the mapper.
class TrtexecLayerMapper {
public:
    explicit TrtexecLayerMapper(const onnx::GraphProto &graph);

    // The nodes a layer covers, the primary (first in the model's order) first; empty when
    // nothing matches.
    std::vector<ModelNodeRef> map(const QString &layerName, const QString &metadata = QString()) const;

    // The per-layer table from an --exportProfile and (optional) --exportLayerInfo. The
    // end-to-end figure is the caller's (GPU compute time of the unprofiled run).
    LayerReport report(const TrtexecProfile &profile, const std::vector<TrtexecLayer> &layerInfo) const;

private:
    ModelNodeRef lookup(const QString &name) const;

    const onnx::GraphProto &m_graph;
    std::unordered_map<std::string, int> m_byName, m_byOutput;
};

} // namespace ml
