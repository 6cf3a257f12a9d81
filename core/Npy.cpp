// SPDX-License-Identifier: GPL-3.0-or-later
#include "Npy.h"

#include "OnnxModel.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStringList>

namespace ml {
namespace {

QString tr(const char *text) { return QCoreApplication::translate("Npy", text); }

struct DtypeName {
    const char *descr;
    int dataType;
};
using T = onnx::TensorProto;
const DtypeName kDtypes[] = {
        {"<f4", T::FLOAT}, {"<f8", T::DOUBLE}, {"<f2", T::FLOAT16},   {"<i8", T::INT64},       {"<i4", T::INT32},
        {"<i2", T::INT16}, {"|i1", T::INT8},   {"<u8", T::UINT64},    {"<u4", T::UINT32},      {"<u2", T::UINT16},
        {"|u1", T::UINT8}, {"|b1", T::BOOL},   {"<c8", T::COMPLEX64}, {"<c16", T::COMPLEX128},
};

} // namespace

Result<NpyArray> readNpy(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(tr("%1: cannot be read: %2").arg(path, file.errorString()));
    const QByteArray head = file.read(12);
    if (head.size() < 10 || !head.startsWith("\x93NUMPY"))
        return makeError(tr("%1: not a .npy file").arg(path));
    const int major = static_cast<unsigned char>(head[6]);
    qint64 headerLength = 0;
    qint64 headerStart = 10;
    if (major == 1) {
        headerLength = static_cast<unsigned char>(head[8]) | (static_cast<unsigned char>(head[9]) << 8);
    } else if (major == 2 || major == 3) {
        if (head.size() < 12)
            return makeError(tr("%1: truncated .npy header").arg(path));
        for (int i = 0; i < 4; ++i)
            headerLength |= static_cast<qint64>(static_cast<unsigned char>(head[8 + i])) << (8 * i);
        headerStart = 12;
    } else {
        return makeError(tr("%1: unsupported .npy version %2").arg(path).arg(major));
    }
    if (headerLength > (1 << 20) || !file.seek(headerStart))
        return makeError(tr("%1: malformed .npy header").arg(path));
    const QString header = QString::fromLatin1(file.read(headerLength));

    static const QRegularExpression descrRe(QStringLiteral("'descr'\\s*:\\s*'([^']+)'"));
    static const QRegularExpression orderRe(QStringLiteral("'fortran_order'\\s*:\\s*(True|False)"));
    static const QRegularExpression shapeRe(QStringLiteral("'shape'\\s*:\\s*\\(([^)]*)\\)"));
    const auto descr = descrRe.match(header);
    const auto order = orderRe.match(header);
    const auto shape = shapeRe.match(header);
    if (!descr.hasMatch() || !order.hasMatch() || !shape.hasMatch())
        return makeError(tr("%1: malformed .npy header").arg(path));
    if (order.captured(1) == QLatin1String("True"))
        return makeError(tr("%1: Fortran-ordered arrays are not supported; save it with np.ascontiguousarray").arg(path));

    NpyArray array;
    for (const auto &d : kDtypes)
        if (descr.captured(1) == QLatin1String(d.descr))
            array.dataType = d.dataType;
    if (!array.dataType)
        return makeError(tr("%1: unsupported element type '%2' (little-endian numeric types only)").arg(path, descr.captured(1)));
    std::int64_t count = 1;
    for (const QString &dim : shape.captured(1).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const qint64 n = dim.trimmed().toLongLong(&ok);
        if (!ok || n < 0)
            return makeError(tr("%1: malformed shape in the .npy header").arg(path));
        array.shape.push_back(n);
        count *= n;
    }
    const qint64 bytes = count * elementByteSize(array.dataType);
    array.data = file.read(bytes);
    if (array.data.size() != bytes)
        return makeError(tr("%1: holds %2 bytes of data, the header promises %3").arg(path).arg(array.data.size()).arg(bytes));
    return array;
}

Result<void> writeNpy(const QString &path, const NpyArray &array)
{
    const char *descr = nullptr;
    for (const auto &d : kDtypes)
        if (d.dataType == array.dataType)
            descr = d.descr;
    if (!descr)
        return makeError(tr("%1: this element type cannot be written as .npy").arg(path));
    QStringList dims;
    for (auto d : array.shape)
        dims << QString::number(d);
    QString shape = dims.join(QStringLiteral(", "));
    if (array.shape.size() == 1)
        shape += QLatin1Char(',');
    QByteArray header = QStringLiteral("{'descr': '%1', 'fortran_order': False, 'shape': (%2), }")
                                .arg(QLatin1String(descr), shape)
                                .toLatin1();
    // Pad so that the data starts on a 64-byte boundary, ending the header with '\n'.
    const qsizetype total = 10 + header.size() + 1;
    header.append(QByteArray((64 - total % 64) % 64, ' '));
    header.append('\n');
    QByteArray out("\x93NUMPY\x01\x00", 8);
    out.append(static_cast<char>(header.size() & 0xff));
    out.append(static_cast<char>((header.size() >> 8) & 0xff));
    out.append(header);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(tr("%1: cannot write: %2").arg(path, file.errorString()));
    file.write(out);
    file.write(array.data);
    if (!file.commit())
        return makeError(tr("%1: cannot write: %2").arg(path, file.errorString()));
    return {};
}

} // namespace ml
