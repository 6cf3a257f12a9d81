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

class QFile;

namespace ml {

// Where a tensor's payload lives.
enum class TensorStorage {
    InProto,    // in the proto's typed fields or raw_data (small tensors)
    ModelFile,  // left in the memory-mapped model file at open (see WeightStripper)
    External,   // in an external data file beside the model
};

// An opened ONNX model. The proto holds everything the file says except large tensor
// payloads, which stay in the memory-mapped model file (or their external data file) until
// tensorBytes() is asked for them. Not thread-safe for writes; concurrent reads are fine.
class OnnxModel {
public:
    ~OnnxModel();
    OnnxModel(const OnnxModel &) = delete;
    OnnxModel &operator=(const OnnxModel &) = delete;

    // Opens and parses `path`. Refuses (with a message naming the file and the problem):
    // unreadable or empty files, bytes that are not a ModelProto, a model without graph, and
    // external data that is missing or lies outside the model's folder.
    static Result<std::shared_ptr<OnnxModel>> open(const QString &path);

    const QString &path() const { return m_path; }
    QString directory() const;
    std::uint64_t fileBytes() const { return m_fileBytes; }
    // Sum of the external data bytes the model refers to (lengths, or whole files).
    std::uint64_t externalBytes() const { return m_externalBytes; }
    // Bytes of tensor payload that stayed in the model file instead of memory.
    std::uint64_t deferredBytes() const { return m_deferredBytes; }

    const onnx::ModelProto &proto() const { return *m_proto; }
    onnx::ModelProto &mutableProto() { return *m_proto; }

    TensorStorage storageOf(const onnx::TensorProto &tensor) const;

    // The tensor's payload as contiguous little-endian element bytes, read from wherever it
    // lives. For string tensors the result is empty (use string_data).
    Result<QByteArray> tensorBytes(const onnx::TensorProto &tensor) const;

    // A complete copy of the proto with every deferred payload put back where it was read
    // from. Costs memory for all weights: for saving and for handing the model to an engine.
    Result<onnx::ModelProto> materialize() const;

    // Writes the model atomically (a temporary file beside `path`, then rename). External
    // tensors stay external: same folder, references unchanged; another folder, their bytes
    // are copied into "<file name>.data" beside it.
    Result<void> save(const QString &path) const;

private:
    OnnxModel() = default;
    Result<void> validateExternalData();
    Result<void> restoreTensor(onnx::TensorProto &tensor) const;
    Result<QByteArray> externalSlice(const QString &location, std::uint64_t offset, std::int64_t length) const;

    QString m_path;
    std::unique_ptr<QFile> m_file;
    const uchar *m_map = nullptr;
    std::uint64_t m_fileBytes = 0;
    std::uint64_t m_externalBytes = 0;
    std::uint64_t m_deferredBytes = 0;
    std::unique_ptr<onnx::ModelProto> m_proto;

    // External data files, mapped on first use.
    mutable std::mutex m_externalMutex;
    mutable std::map<QString, std::unique_ptr<QFile>> m_externalFiles;
};

// Reads a tensor's external_data entries.
struct ExternalRef {
    QString location;
    std::uint64_t offset = 0;
    std::int64_t length = -1; // -1: up to the end of the file
    int inlineField = 0;      // non-zero: a payload deferred at open (field number)
};
ExternalRef externalRef(const onnx::TensorProto &tensor);

std::int64_t elementCount(const onnx::TensorProto &tensor);
int elementByteSize(int dataType); // 0 for strings and unknown types

} // namespace ml
