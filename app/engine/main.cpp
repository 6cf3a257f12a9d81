// SPDX-License-Identifier: GPL-3.0-or-later
// modellens-engine-ort: runs one ONNX Runtime job for the supervisor.
//   modellens-engine-ort SETTINGS.json   build and run as the settings say (EngineSettings)
//   modellens-engine-ort --info          print {"version", "providers"} and exit
// Protocol: progress as JSON lines on stdout (ChildProgress); the RunResult JSON written to
// the settings' "result" path (or printed as the last stdout line when it is empty); on
// failure one message on stderr and exit status 1 (2: bad usage, 3: out of memory).
#include "EngineSettings.h"
#include "OrtRunner.h"
#include "ProgressWriter.h"

#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

#include <sys/resource.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <new>

using namespace Qt::StringLiterals;

namespace {

int fail(const QString &message, int code = 1)
{
    const QByteArray text = message.toUtf8() + '\n';
    std::fwrite(text.constData(), 1, static_cast<std::size_t>(text.size()), stderr);
    return code;
}

int run(const char *settingsPath)
{
    QFile file(QString::fromLocal8Bit(settingsPath));
    if (!file.open(QIODevice::ReadOnly))
        return fail(u"%1: cannot be read: %2"_s.arg(file.fileName(), file.errorString()), 2);
    auto settings = ml::EngineSettings::fromJson(QJsonDocument::fromJson(file.readAll()).object());
    if (!settings)
        return fail(settings.errorMessage(), 2);
    if (settings->memoryLimitBytes > 0) {
        const rlimit limit{static_cast<rlim_t>(settings->memoryLimitBytes), static_cast<rlim_t>(settings->memoryLimitBytes)};
        setrlimit(RLIMIT_AS, &limit);
    }
    ml::ProgressWriter progress;
    ml::Result<ml::RunResult> result = ml::makeError(QString());
    try {
        ml::OrtRunner runner(settings.value(), progress);
        result = runner.run();
    } catch (const Ort::Exception &e) {
        const QString what = QString::fromUtf8(e.what());
        if (what.contains(u"bad_alloc"_s) || what.contains(u"Failed to allocate"_s))
            return fail(u"ONNX Runtime: "_s + what, 3);
        return fail(u"ONNX Runtime: "_s + what);
    } catch (const std::bad_alloc &) {
        return fail(u"a memory allocation failed (std::bad_alloc)"_s, 3);
    } catch (const std::exception &e) {
        return fail(QString::fromUtf8(e.what()));
    }
    if (!result)
        return fail(result.errorMessage());
    const QByteArray json = QJsonDocument(result->toJson()).toJson(QJsonDocument::Compact);
    if (settings->resultPath.isEmpty()) {
        std::fwrite(json.constData(), 1, static_cast<std::size_t>(json.size()), stdout);
        std::fputc('\n', stdout);
        return 0;
    }
    QSaveFile out(settings->resultPath);
    if (!out.open(QIODevice::WriteOnly) || out.write(json) != json.size() || !out.commit())
        return fail(u"%1: cannot write the result: %2"_s.arg(settings->resultPath, out.errorString()));
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    // Before the first Ort::Env: stops ONNX Runtime's telemetry (engine-formats.md).
    ::setenv("ORT_DISABLE_TELEMETRY", "1", 1);
    if (argc == 2 && std::strcmp(argv[1], "--info") == 0) {
        const QByteArray info = ml::OrtRunner::info();
        std::printf("%s\n", info.constData());
        return 0;
    }
    if (argc != 2 || argv[1][0] == '-')
        return fail(u"usage: modellens-engine-ort SETTINGS.json | --info"_s, 2);
    return run(argv[1]);
}
