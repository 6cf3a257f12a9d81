// SPDX-License-Identifier: GPL-3.0-or-later
#include "OnnxModel.h"

#include "ProtoWalk.h"
#include "WeightStripper.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <google/protobuf/io/coded_stream.h>
#include <google/protobuf/io/zero_copy_stream_impl_lite.h>

#include <climits>
#include <cstring>

namespace ml {
namespace {

QString tr(const char *text) { return QCoreApplication::translate("OnnxModel", text); }

QString qs(const std::string &s) { return QString::fromStdString(s); }

// Writes protobuf output straight into a QIODevice, so saving never holds a second copy.
class DeviceOutput final : public google::protobuf::io::CopyingOutputStream {
public:
    explicit DeviceOutput(QIODevice *device) : m_device(device) {}
    bool Write(const void *buffer, int size) override
    {
        return m_device->write(static_cast<const char *>(buffer), size) == size;
    }

private:
    QIODevice *m_device;
};

bool isInsideFolder(const QString &canonicalFile, const QString &canonicalFolder)
{
    return canonicalFile.startsWith(canonicalFolder + QLatin1Char('/'));
}

} // namespace

int elementByteSize(int dataType)
{
    using T = onnx::TensorProto;
    switch (dataType) {
    case T::FLOAT: case T::INT32: case T::UINT32: return 4;
    case T::UINT8: case T::INT8: case T::BOOL: return 1;
    case T::UINT16: case T::INT16: case T::FLOAT16: case T::BFLOAT16: return 2;
    case T::INT64: case T::UINT64: case T::DOUBLE: case T::COMPLEX64: return 8;
    case T::COMPLEX128: return 16;
    default: return 0;
    }
}

std::int64_t elementCount(const onnx::TensorProto &tensor)
{
    std::int64_t n = 1;
    for (auto d : tensor.dims()) {
        if (d < 0)
            return 0;
        if (d != 0 && n > LLONG_MAX / d)
            return 0; // nonsense dims: count as nothing rather than overflow
        n *= d;
    }
    return n;
}

ExternalRef externalRef(const onnx::TensorProto &tensor)
{
    ExternalRef ref;
    for (const auto &entry : tensor.external_data()) {
        if (entry.key() == "location")
            ref.location = qs(entry.value());
        else if (entry.key() == "offset")
            ref.offset = std::strtoull(entry.value().c_str(), nullptr, 10);
        else if (entry.key() == "length")
            ref.length = std::strtoll(entry.value().c_str(), nullptr, 10);
        else if (entry.key() == kInlineMarkerKey)
            ref.inlineField = std::atoi(entry.value().c_str());
    }
    return ref;
}

OnnxModel::~OnnxModel() = default;

QString OnnxModel::directory() const { return QFileInfo(m_path).absolutePath(); }

Result<std::shared_ptr<OnnxModel>> OnnxModel::open(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return makeError(tr("%1: no such file").arg(path));
    if (!info.isFile())
        return makeError(tr("%1: not a regular file").arg(path));

    std::shared_ptr<OnnxModel> model(new OnnxModel);
    model->m_path = info.absoluteFilePath();
    model->m_file = std::make_unique<QFile>(model->m_path);
    if (!model->m_file->open(QIODevice::ReadOnly))
        return makeError(tr("%1: cannot be read: %2").arg(path, model->m_file->errorString()));
    model->m_fileBytes = static_cast<std::uint64_t>(model->m_file->size());
    if (model->m_fileBytes == 0)
        return makeError(tr("%1: the file is empty, not an ONNX model").arg(path));
    model->m_map = model->m_file->map(0, model->m_file->size());
    if (!model->m_map)
        return makeError(tr("%1: cannot be memory-mapped: %2").arg(path, model->m_file->errorString()));

    const std::string_view bytes(reinterpret_cast<const char *>(model->m_map), model->m_fileBytes);
    auto stripped = stripWeights(bytes, {info.fileName().toStdString(), 1024});
    if (!stripped)
        return makeError(tr("%1: not an ONNX model (protobuf parse error: %2)").arg(path, stripped.errorMessage()));
    if (stripped->bytes.size() > static_cast<std::size_t>(INT_MAX))
        return makeError(tr("%1: the graph alone is larger than 2 GiB, which protobuf cannot parse").arg(path));

    model->m_proto = std::make_unique<onnx::ModelProto>();
    google::protobuf::io::CodedInputStream input(reinterpret_cast<const uint8_t *>(stripped->bytes.data()),
                                                 static_cast<int>(stripped->bytes.size()));
    input.SetRecursionLimit(200);
    if (!model->m_proto->ParseFromCodedStream(&input) || !input.ConsumedEntireMessage())
        return makeError(tr("%1: not an ONNX model (protobuf parse error)").arg(path));
    model->m_deferredBytes = stripped->bytesStripped;
    stripped = Error{}; // release the rewritten bytes early

    const auto &proto = *model->m_proto;
    if (!proto.has_graph() && proto.ir_version() == 0)
        return makeError(tr("%1: not an ONNX model (no graph and no IR version)").arg(path));
    if (!proto.has_graph())
        return makeError(tr("%1: the model has no graph").arg(path));

    if (auto valid = model->validateExternalData(); !valid)
        return valid.error();
    return model;
}

Result<void> OnnxModel::validateExternalData()
{
    const QString folder = QFileInfo(m_path).canonicalPath();
    std::map<QString, std::uint64_t> fileSizes;
    Result<void> result;
    std::uint64_t total = 0;
    walk::tensors(std::as_const(*m_proto), [&](const onnx::TensorProto &t) {
        if (!result || t.data_location() != onnx::TensorProto::EXTERNAL)
            return;
        const ExternalRef ref = externalRef(t);
        if (ref.inlineField)
            return;
        const QString name = qs(t.name());
        auto refuse = [&](const QString &why) {
            result = makeError(tr("%1: tensor '%2' refers to external data '%3': %4").arg(m_path, name, ref.location, why));
        };
        if (ref.location.isEmpty())
            return refuse(tr("no location given"));
        if (QDir::isAbsolutePath(ref.location) || ref.location.startsWith(QLatin1Char('~')))
            return refuse(tr("an absolute path, outside the model's folder"));
        const QStringList parts = QDir::fromNativeSeparators(ref.location).split(QLatin1Char('/'));
        if (parts.contains(QStringLiteral("..")))
            return refuse(tr("the location leaves the model's folder"));
        const QFileInfo file(folder + QLatin1Char('/') + ref.location);
        if (!file.exists())
            return refuse(tr("the file does not exist"));
        const QString canonical = file.canonicalFilePath();
        if (!isInsideFolder(canonical, folder))
            return refuse(tr("the location leads outside the model's folder"));
        if (!file.isFile())
            return refuse(tr("not a regular file"));
        const auto size = static_cast<std::uint64_t>(file.size());
        if (ref.offset > size || (ref.length >= 0 && static_cast<std::uint64_t>(ref.length) > size - ref.offset))
            return refuse(tr("offset %1 and length %2 run past the end of the file (%3 bytes)")
                                  .arg(ref.offset).arg(ref.length).arg(size));
        total += ref.length >= 0 ? static_cast<std::uint64_t>(ref.length) : size - ref.offset;
    });
    m_externalBytes = total;
    return result;
}

TensorStorage OnnxModel::storageOf(const onnx::TensorProto &tensor) const
{
    if (tensor.data_location() != onnx::TensorProto::EXTERNAL)
        return TensorStorage::InProto;
    return externalRef(tensor).inlineField ? TensorStorage::ModelFile : TensorStorage::External;
}

Result<QByteArray> OnnxModel::externalSlice(const QString &location, std::uint64_t offset, std::int64_t length) const
{
    std::lock_guard lock(m_externalMutex);
    auto &file = m_externalFiles[location];
    if (!file) {
        file = std::make_unique<QFile>(directory() + QLatin1Char('/') + location);
        if (!file->open(QIODevice::ReadOnly)) {
            const QString why = file->errorString();
            file.reset();
            return makeError(tr("%1: external data '%2' cannot be read: %3").arg(m_path, location, why));
        }
    }
    const auto size = static_cast<std::uint64_t>(file->size());
    const std::uint64_t n = length >= 0 ? static_cast<std::uint64_t>(length) : size - std::min(offset, size);
    if (offset > size || n > size - offset)
        return makeError(tr("%1: external data '%2' is shorter than the model says").arg(m_path, location));
    if (!file->seek(static_cast<qint64>(offset)))
        return makeError(tr("%1: external data '%2' cannot be read: %3").arg(m_path, location, file->errorString()));
    QByteArray data = file->read(static_cast<qint64>(n));
    if (static_cast<std::uint64_t>(data.size()) != n)
        return makeError(tr("%1: external data '%2' cannot be read completely").arg(m_path, location));
    return data;
}

Result<QByteArray> OnnxModel::tensorBytes(const onnx::TensorProto &t) const
{
    using T = onnx::TensorProto;
    if (t.data_location() == T::EXTERNAL) {
        const ExternalRef ref = externalRef(t);
        if (ref.inlineField) {
            if (ref.offset > m_fileBytes || ref.length < 0 || static_cast<std::uint64_t>(ref.length) > m_fileBytes - ref.offset)
                return makeError(tr("%1: tensor '%2' points past the end of the file").arg(m_path, qs(t.name())));
            return QByteArray(reinterpret_cast<const char *>(m_map + ref.offset), static_cast<qsizetype>(ref.length));
        }
        return externalSlice(ref.location, ref.offset, ref.length);
    }
    if (t.has_raw_data())
        return QByteArray(t.raw_data().data(), static_cast<qsizetype>(t.raw_data().size()));

    const int width = elementByteSize(t.data_type());
    QByteArray out;
    auto copyAll = [&out](const auto &field) {
        out.resize(static_cast<qsizetype>(field.size() * sizeof(field.Get(0))));
        if (field.size())
            std::memcpy(out.data(), field.data(), static_cast<std::size_t>(out.size()));
    };
    switch (t.data_type()) {
    case T::FLOAT: case T::COMPLEX64: copyAll(t.float_data()); break;
    case T::DOUBLE: case T::COMPLEX128: copyAll(t.double_data()); break;
    case T::INT64: copyAll(t.int64_data()); break;
    case T::UINT32: case T::UINT64: {
        out.resize(static_cast<qsizetype>(t.uint64_data_size()) * width);
        for (int i = 0; i < t.uint64_data_size(); ++i) {
            const std::uint64_t v = t.uint64_data(i);
            std::memcpy(out.data() + static_cast<qsizetype>(i) * width, &v, static_cast<std::size_t>(width));
        }
        break;
    }
    case T::STRING: break;
    default: {
        // int32_data carries INT32, INT16, INT8, UINT16, UINT8, BOOL, FLOAT16 and BFLOAT16
        // (the latter two as their bit patterns); narrow each to its element width.
        out.resize(static_cast<qsizetype>(t.int32_data_size()) * width);
        for (int i = 0; width && i < t.int32_data_size(); ++i) {
            const std::int32_t v = t.int32_data(i);
            std::memcpy(out.data() + static_cast<qsizetype>(i) * width, &v, static_cast<std::size_t>(width));
        }
        break;
    }
    }
    return out;
}

Result<void> OnnxModel::restoreTensor(onnx::TensorProto &t) const
{
    const ExternalRef ref = externalRef(t);
    if (!ref.inlineField)
        return {};
    auto bytes = tensorBytes(t);
    if (!bytes)
        return bytes.error();
    t.clear_external_data();
    t.clear_data_location();
    const QByteArray &b = bytes.value();
    switch (ref.inlineField) {
    case 9:
        t.set_raw_data(b.constData(), static_cast<std::size_t>(b.size()));
        break;
    case 4:
        t.mutable_float_data()->Resize(static_cast<int>(b.size() / 4), 0.f);
        std::memcpy(t.mutable_float_data()->mutable_data(), b.constData(), static_cast<std::size_t>(b.size() / 4 * 4));
        break;
    case 10:
        t.mutable_double_data()->Resize(static_cast<int>(b.size() / 8), 0.0);
        std::memcpy(t.mutable_double_data()->mutable_data(), b.constData(), static_cast<std::size_t>(b.size() / 8 * 8));
        break;
    default:
        return makeError(tr("%1: tensor '%2' has an unknown deferred field").arg(m_path, qs(t.name())));
    }
    return {};
}

Result<onnx::ModelProto> OnnxModel::materialize() const
{
    onnx::ModelProto copy = *m_proto;
    Result<void> result;
    walk::tensors(copy, [&](onnx::TensorProto &t) {
        if (result)
            result = restoreTensor(t);
    });
    if (!result)
        return result.error();
    return copy;
}

Result<void> OnnxModel::save(const QString &path) const
{
    auto full = materialize();
    if (!full)
        return full.error();
    onnx::ModelProto &out = full.value();

    // External tensors: keep their references when saving into the same folder; otherwise
    // copy their bytes into one data file beside the new model.
    const QFileInfo target(path);
    const bool sameFolder = QFileInfo(target.absolutePath()).canonicalFilePath() == QFileInfo(directory()).canonicalFilePath();
    std::unique_ptr<QSaveFile> dataFile;
    const QString dataName = target.fileName() + QStringLiteral(".data");
    Result<void> result;
    walk::tensors(out, [&](onnx::TensorProto &t) {
        if (!result || sameFolder || t.data_location() != onnx::TensorProto::EXTERNAL)
            return;
        auto bytes = tensorBytes(t);
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
        dataFile->write(bytes.value());
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

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(tr("%1: cannot write: %2").arg(path, file.errorString()));
    {
        DeviceOutput sink(&file);
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
