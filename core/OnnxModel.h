// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>

#include <onnx/onnx_pb.h>

#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <unordered_map>
#include <vector>

class QFile;

namespace ml {

class ModelSource;

// A node's identity for the life of an open model: edits and undo refer to nodes by it.
using NodeId = std::uint32_t;
inline constexpr NodeId kNoNode = 0xffffffffu;

// Where a tensor's payload lives.
enum class TensorStorage {
    InProto,   // in the proto's typed fields or raw_data (small tensors)
    ModelFile, // left in the memory-mapped model file at open (see WeightStripper)
    External,  // in an external data file beside the model
};

// An opened ONNX model. The proto holds everything the file says except large tensor
// payloads, which stay in the memory-mapped model file (or their external data file) until
// tensorBytes() is asked for them. One thread at a time; clone() gives a background job a
// copy of its own (cheap: the weights are not in the proto) that shares the mapped file.
struct ProgressCounter;
class OnnxModel {
public:
    ~OnnxModel();
    OnnxModel(const OnnxModel &) = delete;
    OnnxModel &operator=(const OnnxModel &) = delete;

    // Opens and parses `path`. Refuses (with a message naming the file and the problem):
    // unreadable or empty files, bytes that are not a ModelProto, a model without graph, and
    // external data that is missing or lies outside the model's folder.
    static Result<std::shared_ptr<OnnxModel>> open(const QString &path);

    // A deep copy of the proto and its node ids, sharing the mapped file.
    std::shared_ptr<OnnxModel> clone() const;

    const QString &path() const;
    QString directory() const;
    std::uint64_t fileBytes() const;
    // Sum of the external data bytes the model refers to (lengths, or whole files).
    std::uint64_t externalBytes() const;
    // Bytes of tensor payload that stayed in the model file instead of memory.
    std::uint64_t deferredBytes() const;

    const onnx::ModelProto &proto() const { return *m_proto; }
    onnx::ModelProto &mutableProto() { return *m_proto; }

    // ---- Node identity. Nodes of the main graph and of all subgraphs, depth-first (a
    // graph's nodes, then the subgraphs of each of them), get ids at open; nodes added by
    // edits get fresh ones at the next syncNodeIds().
    NodeId idOf(const onnx::NodeProto &node) const;
    const onnx::NodeProto *node(NodeId id) const;
    onnx::NodeProto *mutableNode(NodeId id);
    // Drops the id of a node about to be deleted (before its memory can be reused).
    void forgetNode(const onnx::NodeProto &node);
    // Gives unknown nodes fresh ids and drops ids of nodes no longer in the model.
    void syncNodeIds();
    // Ids in depth-first order, and the inverse: replace the proto with one of the same
    // structure and give its nodes these ids (undo restores a snapshot this way).
    std::vector<NodeId> nodeIdsInOrder() const;
    void restore(const onnx::ModelProto &proto, const std::vector<NodeId> &ids);

    // The body of the model-local function `name` of `domain` as a graph, for viewing: its
    // nodes (which have no NodeId), and its inputs and outputs as untyped values. Null when
    // the model defines no such function. Rebuilt with the node ids (syncNodeIds, restore).
    const onnx::GraphProto *functionGraph(const std::string &domain, const std::string &name) const;

    TensorStorage storageOf(const onnx::TensorProto &tensor) const;

    // The tensor's payload as contiguous little-endian element bytes, read from wherever it
    // lives. For string tensors the result is empty (use string_data).
    Result<QByteArray> tensorBytes(const onnx::TensorProto &tensor) const;

    // A complete copy of the proto with every deferred payload put back where it was read
    // from. Costs memory for all weights: for saving and for handing the model to an engine.
    // The payload bytes put back are added to `progress->done` (may be null).
    Result<onnx::ModelProto> materialize(ProgressCounter *progress = nullptr) const;

    // Writes the model atomically (a temporary file beside `path`, then rename). External
    // tensors stay external: same folder, references unchanged; another folder, their bytes
    // are copied into "<file name>.data" beside it.
    Result<void> save(const QString &path) const;

private:
    OnnxModel() = default;
    Result<void> restoreTensor(onnx::TensorProto &tensor) const;
    void buildFunctionGraphs();

    std::shared_ptr<const ModelSource> m_source;
    std::unique_ptr<onnx::ModelProto> m_proto;
    std::unordered_map<const onnx::NodeProto *, NodeId> m_ids;
    std::unordered_map<NodeId, onnx::NodeProto *> m_nodes;
    NodeId m_nextId = 0;
    std::map<std::pair<std::string, std::string>, onnx::GraphProto> m_functionGraphs;
};

// Reads a tensor's external_data entries.
struct ExternalRef {
    QString location;
    std::uint64_t offset = 0;
    std::int64_t length = -1; // -1: up to the end of the file
    int inlineField = 0;      // non-zero: a payload deferred at open (field number)
};
ExternalRef externalRef(const onnx::TensorProto &tensor);

// Elements of a tensor of these dims; 0 for negative dims or a count past int64.
// The element bytes of a tensor held in the proto itself (raw_data or the typed fields), as
// little-endian element bytes; empty for strings and for tensors whose data is elsewhere.
QByteArray inProtoBytes(const onnx::TensorProto &tensor);

std::int64_t elementCount(const onnx::TensorProto &tensor);
std::int64_t elementCount(const google::protobuf::RepeatedField<std::int64_t> &dims);
int elementByteSize(int dataType); // 0 for strings and unknown types

} // namespace ml
