// SPDX-License-Identifier: GPL-3.0-or-later
#include "MachineInfo.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QThread>

#include <sys/utsname.h>

using namespace Qt::StringLiterals;

namespace ml {
namespace {

QString readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

struct Host {
    QString cpu, os, kernel, gpu, gpuDriver;
    int cores = 0, memoryGiB = 0;
};

Host readHost()
{
    Host h;
    const QString cpuinfo = readFile(u"/proc/cpuinfo"_s);
    static const QRegularExpression model(u"^model name\\s*:\\s*(.+)$"_s, QRegularExpression::MultilineOption);
    if (const auto m = model.match(cpuinfo); m.hasMatch())
        h.cpu = m.captured(1).simplified();
    h.cores = QThread::idealThreadCount();
    static const QRegularExpression mem(u"^MemTotal:\\s*(\\d+)\\s*kB"_s, QRegularExpression::MultilineOption);
    if (const auto m = mem.match(readFile(u"/proc/meminfo"_s)); m.hasMatch())
        h.memoryGiB = int((m.captured(1).toLongLong() + 512 * 1024) / (1024 * 1024)); // rounded
    static const QRegularExpression pretty(u"^PRETTY_NAME=\"?([^\"\\n]*)\"?$"_s, QRegularExpression::MultilineOption);
    if (const auto m = pretty.match(readFile(u"/etc/os-release"_s)); m.hasMatch())
        h.os = m.captured(1);
    struct utsname u {};
    if (::uname(&u) == 0)
        h.kernel = QString::fromLocal8Bit(u.release);
    const QString smi = QStandardPaths::findExecutable(u"nvidia-smi"_s);
    if (!smi.isEmpty()) {
        QProcess p;
        p.start(smi, {u"--query-gpu=name,driver_version"_s, u"--format=csv,noheader"_s});
        if (p.waitForFinished(5000) && p.exitCode() == 0) {
            const QStringList lines = QString::fromUtf8(p.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
            if (!lines.isEmpty()) {
                const QStringList parts = lines.first().split(u',');
                h.gpu = parts.value(0).trimmed();
                if (lines.size() > 1)
                    h.gpu += u" x%1"_s.arg(lines.size());
                h.gpuDriver = parts.value(1).trimmed();
            }
        } else {
            p.kill();
            p.waitForFinished(1000);
        }
    }
    return h;
}

} // namespace

MachineInfo MachineInfo::current(const QString &onnxruntimeVersion, const QString &tensorrtVersion)
{
    static const Host host = readHost(); // thread-safe initialisation, once per process
    MachineInfo m;
    m.cpu = host.cpu;
    m.cores = host.cores;
    m.memoryGiB = host.memoryGiB;
    m.os = host.os;
    m.kernel = host.kernel;
    m.gpu = host.gpu;
    m.gpuDriver = host.gpuDriver;
    m.onnxruntimeVersion = onnxruntimeVersion;
    m.tensorrtVersion = tensorrtVersion;
    return m;
}

QJsonObject MachineInfo::toJson() const
{
    QJsonObject o;
    auto put = [&o](const char *key, const QString &v) {
        if (!v.isEmpty())
            o.insert(QLatin1String(key), v);
    };
    put("cpu", cpu);
    if (cores)
        o.insert(u"cores"_s, cores);
    if (memoryGiB)
        o.insert(u"memory_gib"_s, memoryGiB);
    put("os", os);
    put("kernel", kernel);
    put("onnxruntime", onnxruntimeVersion);
    put("tensorrt", tensorrtVersion);
    put("gpu", gpu);
    put("gpu_driver", gpuDriver);
    put("origin", origin);
    return o;
}

MachineInfo MachineInfo::fromJson(const QJsonObject &o)
{
    MachineInfo m;
    m.cpu = o.value(u"cpu"_s).toString();
    m.cores = o.value(u"cores"_s).toInt();
    m.memoryGiB = o.value(u"memory_gib"_s).toInt();
    m.os = o.value(u"os"_s).toString();
    m.kernel = o.value(u"kernel"_s).toString();
    m.onnxruntimeVersion = o.value(u"onnxruntime"_s).toString();
    m.tensorrtVersion = o.value(u"tensorrt"_s).toString();
    m.gpu = o.value(u"gpu"_s).toString();
    m.gpuDriver = o.value(u"gpu_driver"_s).toString();
    m.origin = o.value(u"origin"_s).toString();
    return m;
}

QString MachineInfo::fingerprint() const
{
    // QJsonObject keeps its keys sorted, so the compact form is canonical.
    const QByteArray canonical = QJsonDocument(toJson()).toJson(QJsonDocument::Compact);
    return QString::fromLatin1(QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex());
}

} // namespace ml
