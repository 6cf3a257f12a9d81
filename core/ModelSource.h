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
#include <string_view>

class QFile;

namespace ml {

// The files a model was read from: the memory-mapped .onnx file, and its external data
// files, opened on first use. Immutable after open() (the external-file cache is guarded),
// so clones of a model share one ModelSource across threads.
class ModelSource {
public:
    ~ModelSource();
    ModelSource(const ModelSource &) = delete;
    ModelSource &operator=(const ModelSource &) = delete;

    // Maps the file; refuses missing, non-regular, unreadable and empty files.
    static Result<std::shared_ptr<ModelSource>> map(const QString &path);

    const QString &path() const { return m_path; }
    QString directory() const;
    std::string_view bytes() const;
    std::uint64_t fileBytes() const { return m_fileBytes; }
    std::uint64_t externalBytes() const { return m_externalBytes; }
    std::uint64_t deferredBytes() const { return m_deferredBytes; }
    void setDeferredBytes(std::uint64_t bytes) { m_deferredBytes = bytes; }

    // Checks every external reference of `proto` (locations confined to the model's folder,
    // files present and long enough) and records their total size.
    Result<void> checkExternalData(const onnx::ModelProto &proto);

    // `length` bytes at `offset` of the model file.
    Result<QByteArray> slice(std::uint64_t offset, std::int64_t length, const std::string &tensor) const;
    // Bytes of an external data file beside the model (`length` -1: to its end).
    Result<QByteArray> external(const QString &location, std::uint64_t offset, std::int64_t length) const;

private:
    ModelSource() = default;

    QString m_path;
    std::unique_ptr<QFile> m_file;
    const uchar *m_map = nullptr;
    std::uint64_t m_fileBytes = 0;
    std::uint64_t m_externalBytes = 0;
    std::uint64_t m_deferredBytes = 0;

    mutable std::mutex m_externalMutex;
    mutable std::map<QString, std::unique_ptr<QFile>> m_externalFiles;
};

} // namespace ml
