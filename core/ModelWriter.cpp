// SPDX-License-Identifier: GPL-3.0-or-later
#include "ModelWriter.h"

#include "OnnxModel.h"
#include "ProtoWalk.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>

#include <google/protobuf/io/zero_copy_stream_impl_lite.h>

#include <climits>
#include <memory>

namespace ml {
namespace {

QString tr(const char *text) { return QCoreApplication::translate("OnnxModel", text); }

// Writes protobuf output straight into a QIODevice, so saving never holds a second copy,
// and counts what it wrote.
class DeviceOutput final : public google::protobuf::io::CopyingOutputStream {
public:
    DeviceOutput(QIODevice *device, ProgressCounter *progress) : m_device(device), m_progress(progress) {}
    bool Write(const void *buffer, int size) override
    {
        if (m_device->write(static_cast<const char *>(buffer), size) != size)
            return false;
        if (m_progress)
            m_progress->done += size;
        return true;
    }

private:
    QIODevice *m_device;
    ProgressCounter *m_progress;
};

} // namespace

Result<void> writeModelFile(const OnnxModel &model, const QString &path, ProgressCounter *progress)
{
    // The count covers the whole save: the weights gathered from the source file, external
    // bytes copied to another folder, then the file written. The total is an estimate until
    // the weights are gathered (the model's size with its payloads), then exact.
    const QFileInfo target(path);
    const bool sameFolder =
            QFileInfo(target.absolutePath()).canonicalFilePath() == QFileInfo(model.directory()).canonicalFilePath();
    const auto deferred = static_cast<qint64>(model.deferredBytes());
    if (progress)
        progress->total = 2 * deferred + static_cast<qint64>(model.proto().ByteSizeLong())
                + (sameFolder ? 0 : static_cast<qint64>(model.externalBytes()));
    auto full = model.materialize(progress);
    if (!full)
        return full.error();
    onnx::ModelProto &out = full.value();

    // External tensors: keep their references when saving into the same folder; otherwise
    // copy their bytes into one data file beside the new model.
    std::unique_ptr<QSaveFile> dataFile;
    const QString dataName = target.fileName() + QStringLiteral(".data");
    Result<void> result;
    walk::tensors(out, [&](onnx::TensorProto &t) {
        if (!result || sameFolder || t.data_location() != onnx::TensorProto::EXTERNAL)
            return;
        auto bytes = model.tensorBytes(t);
        if (!bytes) {
            result = bytes.error();
            return;
        }
        if (!dataFile) {
            dataFile = std::make_unique<QSaveFile>(target.absolutePath() + QLatin1Char('/') + dataName);
            if (!dataFile->open(QIODevice::WriteOnly)) {
                result = makeError(tr("%1: cannot write: %2").arg(dataFile->fileName(), dataFile->errorString()));
                return;
            }
        }
        const qint64 offset = dataFile->pos();
        if (dataFile->write(bytes.value()) != bytes->size()) {
            result = makeError(tr("%1: cannot write: %2").arg(dataFile->fileName(), dataFile->errorString()));
            return;
        }
        if (progress)
            progress->done += bytes->size();
        t.clear_external_data();
        auto add = [&t](const char *key, const std::string &value) {
            auto *e = t.add_external_data();
            e->set_key(key);
            e->set_value(value);
        };
        add("location", dataName.toStdString());
        add("offset", std::to_string(offset));
        add("length", std::to_string(bytes->size()));
    });
    if (!result)
        return result;

    if (out.ByteSizeLong() > static_cast<std::size_t>(INT_MAX))
        return makeError(tr("%1: the model would be larger than 2 GiB, the limit of one protobuf file").arg(path));

    if (progress) // what was gathered and copied so far, and the file
        progress->total = progress->done.load() + static_cast<qint64>(out.ByteSizeLong());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(tr("%1: cannot write: %2").arg(path, file.errorString()));
    {
        DeviceOutput sink(&file, progress);
        google::protobuf::io::CopyingOutputStreamAdaptor adaptor(&sink);
        if (!out.SerializeToZeroCopyStream(&adaptor)) {
            file.cancelWriting();
            return makeError(tr("%1: the model could not be serialized").arg(path));
        }
        adaptor.Flush();
    }
    if (dataFile && !dataFile->commit())
        return makeError(tr("%1: cannot write: %2").arg(dataFile->fileName(), dataFile->errorString()));
    if (!file.commit())
        return makeError(tr("%1: cannot write: %2").arg(path, file.errorString()));
    return {};
}

} // namespace ml
