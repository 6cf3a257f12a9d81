// SPDX-License-Identifier: GPL-3.0-or-later
#include "TensorFile.h"

#include "Npy.h"
#include "OnnxModel.h"
#include "TypeText.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

#include <cstring>

using namespace Qt::StringLiterals;

namespace ml {
namespace {

QString tr(const char *text) { return QCoreApplication::translate("TensorFile", text); }

} // namespace

TensorFile::Format TensorFile::formatOf(const QString &path)
{
    if (path.endsWith(u".npy"_s, Qt::CaseInsensitive))
        return Format::Npy;
    if (path.endsWith(u".pb"_s, Qt::CaseInsensitive))
        return Format::Pb;
    return Format::Raw;
}

Result<TensorData> TensorFile::readPb(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(tr("%1: cannot be read: %2").arg(path, file.errorString()));
    const QByteArray bytes = file.readAll();
    onnx::TensorProto proto;
    if (!proto.ParseFromArray(bytes.constData(), static_cast<int>(bytes.size())))
        return makeError(tr("%1: not an ONNX TensorProto").arg(path));
    if (proto.data_location() == onnx::TensorProto::EXTERNAL)
        return makeError(tr("%1: tensors with external data are not supported as inputs").arg(path));
    if (proto.data_type() == onnx::TensorProto::STRING || elementByteSize(proto.data_type()) == 0)
        return makeError(tr("%1: element type %2 is not supported").arg(path, elementTypeName(proto.data_type())));
    TensorData t;
    t.name = QString::fromStdString(proto.name());
    t.dataType = proto.data_type();
    for (auto d : proto.dims())
        t.shape.push_back(d);
    t.bytes = inProtoBytes(proto);
    const qint64 want = t.elementCount() * elementByteSize(t.dataType);
    if (t.bytes.size() != want)
        return makeError(tr("%1: holds %2 bytes of data, its shape needs %3").arg(path).arg(t.bytes.size()).arg(want));
    return t;
}

Result<TensorData> TensorFile::read(const QString &path, const TensorData &expected)
{
    switch (formatOf(path)) {
    case Format::Npy: {
        auto npy = readNpy(path);
        if (!npy)
            return npy.error();
        TensorData t;
        t.dataType = npy->dataType;
        t.shape = npy->shape;
        t.bytes = std::move(npy->data);
        return t;
    }
    case Format::Pb:
        return readPb(path);
    case Format::Raw: {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return makeError(tr("%1: cannot be read: %2").arg(path, file.errorString()));
        TensorData t = expected;
        t.bytes = file.readAll();
        const qint64 want = t.elementCount() * elementByteSize(t.dataType);
        if (t.bytes.size() != want)
            return makeError(tr("%1: raw file of %2 bytes, but %3 %4[%5] needs %6 bytes")
                                     .arg(path)
                                     .arg(t.bytes.size())
                                     .arg(t.name, elementTypeName(t.dataType), ShapeSpec::formatDims(t.shape))
                                     .arg(want));
        return t;
    }
    }
    return makeError(tr("%1: unknown format").arg(path));
}

Result<void> TensorFile::writeNpy(const QString &path, const TensorData &tensor)
{
    NpyArray array;
    array.dataType = tensor.dataType;
    array.shape = tensor.shape;
    array.data = tensor.bytes;
    return ml::writeNpy(path, array);
}

Result<void> TensorFile::writeRaw(const QString &path, const TensorData &tensor)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(tr("%1: cannot write: %2").arg(path, file.errorString()));
    file.write(tensor.bytes);
    if (!file.commit())
        return makeError(tr("%1: cannot write: %2").arg(path, file.errorString()));
    return {};
}

} // namespace ml
