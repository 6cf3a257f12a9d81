// SPDX-License-Identifier: GPL-3.0-or-later
#include "ModelSource.h"

#include "OnnxModel.h"
#include "ProtoWalk.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace ml {
namespace {

QString tr(const char *text) { return QCoreApplication::translate("OnnxModel", text); }

bool isInsideFolder(const QString &canonicalFile, const QString &canonicalFolder)
{
    return canonicalFile.startsWith(canonicalFolder + QLatin1Char('/'));
}

} // namespace

ModelSource::~ModelSource() = default;

QString ModelSource::directory() const { return QFileInfo(m_path).absolutePath(); }

std::string_view ModelSource::bytes() const
{
    return {reinterpret_cast<const char *>(m_map), static_cast<std::size_t>(m_fileBytes)};
}

Result<std::shared_ptr<ModelSource>> ModelSource::map(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return makeError(tr("%1: no such file").arg(path));
    if (!info.isFile())
        return makeError(tr("%1: not a regular file").arg(path));
    std::shared_ptr<ModelSource> source(new ModelSource);
    source->m_path = info.absoluteFilePath();
    source->m_file = std::make_unique<QFile>(source->m_path);
    if (!source->m_file->open(QIODevice::ReadOnly))
        return makeError(tr("%1: cannot be read: %2").arg(path, source->m_file->errorString()));
    source->m_fileBytes = static_cast<std::uint64_t>(source->m_file->size());
    if (source->m_fileBytes == 0)
        return makeError(tr("%1: the file is empty, not an ONNX model").arg(path));
    // The mapping outlives a save over the same path: saving renames a new file into place,
    // and the old inode stays readable while it is mapped.
    source->m_map = source->m_file->map(0, source->m_file->size());
    if (!source->m_map)
        return makeError(tr("%1: cannot be memory-mapped: %2").arg(path, source->m_file->errorString()));
    return source;
}

Result<void> ModelSource::checkExternalData(const onnx::ModelProto &proto)
{
    const QString folder = QFileInfo(m_path).canonicalPath();
    Result<void> result;
    std::uint64_t total = 0;
    walk::tensors(proto, [&](const onnx::TensorProto &t) {
        if (!result || t.data_location() != onnx::TensorProto::EXTERNAL)
            return;
        const ExternalRef ref = externalRef(t);
        if (ref.inlineField)
            return;
        auto refuse = [&](const QString &why) {
            result = makeError(tr("%1: tensor '%2' refers to external data '%3': %4")
                                       .arg(m_path, QString::fromStdString(t.name()), ref.location, why));
        };
        if (ref.location.isEmpty())
            return refuse(tr("no location given"));
        if (QDir::isAbsolutePath(ref.location) || ref.location.startsWith(QLatin1Char('~')))
            return refuse(tr("an absolute path, outside the model's folder"));
        if (QDir::fromNativeSeparators(ref.location).split(QLatin1Char('/')).contains(QStringLiteral("..")))
            return refuse(tr("the location leaves the model's folder"));
        const QFileInfo file(folder + QLatin1Char('/') + ref.location);
        if (!file.exists())
            return refuse(tr("the file does not exist"));
        if (!isInsideFolder(file.canonicalFilePath(), folder))
            return refuse(tr("the location leads outside the model's folder"));
        if (!file.isFile())
            return refuse(tr("not a regular file"));
        const auto size = static_cast<std::uint64_t>(file.size());
        if (ref.offset > size || (ref.length >= 0 && static_cast<std::uint64_t>(ref.length) > size - ref.offset))
            return refuse(tr("offset %1 and length %2 run past the end of the file (%3 bytes)")
                                  .arg(ref.offset)
                                  .arg(ref.length)
                                  .arg(size));
        total += ref.length >= 0 ? static_cast<std::uint64_t>(ref.length) : size - ref.offset;
    });
    m_externalBytes = total;
    return result;
}

Result<QByteArray> ModelSource::slice(std::uint64_t offset, std::int64_t length, const std::string &tensor) const
{
    if (offset > m_fileBytes || length < 0 || static_cast<std::uint64_t>(length) > m_fileBytes - offset)
        return makeError(tr("%1: tensor '%2' points past the end of the file").arg(m_path, QString::fromStdString(tensor)));
    return QByteArray(reinterpret_cast<const char *>(m_map + offset), static_cast<qsizetype>(length));
}

Result<QByteArray> ModelSource::external(const QString &location, std::uint64_t offset, std::int64_t length) const
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

} // namespace ml
