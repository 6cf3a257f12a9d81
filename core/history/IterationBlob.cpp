// SPDX-License-Identifier: GPL-3.0-or-later
#include "IterationBlob.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtEndian>

#include <algorithm>
#include <cstring>

namespace ml {
namespace {
constexpr char kMagic[4] = {'M', 'L', 'S', '1'};
constexpr qsizetype kHeader = 8;
} // namespace

QByteArray IterationBlob::encode(const std::vector<double> &samples)
{
    QByteArray blob(kHeader + qsizetype(samples.size()) * 8, Qt::Uninitialized);
    char *p = blob.data();
    std::memcpy(p, kMagic, 4);
    qToLittleEndian<quint32>(quint32(samples.size()), p + 4);
    p += kHeader;
    for (double v : samples) {
        quint64 bits;
        std::memcpy(&bits, &v, 8);
        qToLittleEndian<quint64>(bits, p);
        p += 8;
    }
    return blob;
}

Result<std::vector<double>> IterationBlob::decode(const QByteArray &blob)
{
    if (blob.isEmpty())
        return std::vector<double>{};
    if (blob.size() < kHeader || std::memcmp(blob.constData(), kMagic, 4) != 0)
        return makeError(QCoreApplication::translate("ml::HistoryStore", "a stored series of samples has an unknown format"));
    const quint32 count = qFromLittleEndian<quint32>(blob.constData() + 4);
    if (blob.size() != kHeader + qsizetype(count) * 8)
        return makeError(QCoreApplication::translate("ml::HistoryStore", "a stored series of samples is cut short"));
    std::vector<double> out(count);
    const char *p = blob.constData() + kHeader;
    for (quint32 i = 0; i < count; ++i, p += 8) {
        const quint64 bits = qFromLittleEndian<quint64>(p);
        std::memcpy(&out[i], &bits, 8);
    }
    return out;
}

std::vector<std::vector<double>> IterationBlob::splitRounds(const std::vector<double> &iterations, const QByteArray &roundEnds)
{
    std::vector<qint64> ends;
    for (const auto &e : QJsonDocument::fromJson(roundEnds).array())
        ends.push_back(e.toInteger());
    if (ends.empty())
        ends.push_back(qint64(iterations.size()));
    std::vector<std::vector<double>> out;
    qint64 start = 0;
    for (qint64 end : ends) {
        const qint64 e = std::max(start, std::min<qint64>(end, qint64(iterations.size())));
        out.emplace_back(iterations.begin() + start, iterations.begin() + e);
        start = e;
    }
    return out;
}

} // namespace ml
