// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ModelNodeRef.h"

#include <onnx/onnx_pb.h>

#include <QString>

#include <string>
#include <unordered_map>
#include <vector>

namespace ml {

// Maps the nodes of the graph ONNX Runtime ran (the optimized model it saved) back to the
// nodes of the original model they replaced. Works graph by graph, subgraphs included, in
// the optimized graph's (topological) order; for each optimized node:
//  1. a node of the same name and operator is that node (levels none and basic);
//  2. its outputs are identified in the original graph by name, or, where the optimizer
//     renamed them (NCHWc: outputs "reorder_token_N", node "<original output>_nchwc"), by
//     the name the node carries; from those tensors it walks back through original nodes
//     whose outputs the optimized graph no longer has, up to its own inputs: a FusedConv
//     covers its Conv and Relu, a FusedMatMul the Transpose and Mul it absorbed;
//  3. where the outputs were identified by the node's name only, it walks forward over
//     nodes the kernel evidently absorbed: its fused activation, and an Add that consumes
//     the extra input a fused sum brought in.
// An optimized node that covers no original node (layout reorders, inserted copies) is
// attributed to its neighbour: the node producing its input, else the one consuming its
// output. Nothing is dropped: original nodes nobody covers are listed by uncovered().
class FusedKernelMapper {
public:
    struct Attribution {
        std::vector<ModelNodeRef> covered; // the primary node first
        bool borrowed = false;             // covers nothing itself; `covered` is its neighbour's primary
    };

    // Both graphs must outlive the mapper.
    FusedKernelMapper(const onnx::GraphProto &original, const onnx::GraphProto &optimized);

    // The optimized node a profile kernel names. `parent` is the optimized node of the
    // enclosing kernel (If/Loop/Scan; its subgraphs are searched), nullptr for the main graph.
    const onnx::NodeProto *findNode(const QString &name, const QString &opType, int nodeIndex,
                                    const onnx::NodeProto *parent) const;
    // Unnamed nodes of an operator in a scope (as for findNode), in graph order. ONNX Runtime
    // profiles them as "<OpType>_<its node index>", an index the saved graph does not keep.
    std::vector<const onnx::NodeProto *> unnamedNodes(const QString &opType, const onnx::NodeProto *parent) const;
    const Attribution *attributionOf(const onnx::NodeProto *optimizedNode) const;
    // Original nodes that no optimized node covers: folded into constants or eliminated.
    std::vector<ModelNodeRef> uncovered() const;

private:
    struct Scope {
        std::unordered_map<std::string, const onnx::NodeProto *> byName;
        std::vector<const onnx::NodeProto *> unnamed;
    };
    std::vector<const onnx::GraphProto *> scopeGraphs(const onnx::NodeProto *parent) const;
    void mapGraph(const onnx::GraphProto &original, const onnx::GraphProto &optimized, const QString &path);
    void listOriginal(const onnx::GraphProto &graph, const QString &path);

    const onnx::GraphProto *m_mainGraph = nullptr;
    std::unordered_map<const onnx::NodeProto *, Attribution> m_attributions;
    std::unordered_map<const onnx::GraphProto *, Scope> m_scopes; // optimized graphs
    std::vector<ModelNodeRef> m_original;
    std::unordered_map<const onnx::NodeProto *, bool> m_covered;
};

} // namespace ml
