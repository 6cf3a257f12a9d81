// SPDX-License-Identifier: GPL-3.0-or-later
#include "OrtBackend.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace ml {
namespace {
QString tr(const char *text) { return QCoreApplication::translate("OrtBackend", text); }
} // namespace

QString OrtBackend::programName() { return u"modellens-engine-ort"_s; }

QString OrtBackend::findProgram(QStringList *searched)
{
    QStringList dirs;
    const QString env = qEnvironmentVariable("MODELLENS_ENGINE_DIR");
    if (!env.isEmpty())
        dirs << env;
    if (QCoreApplication::instance()) {
        const QString app = QCoreApplication::applicationDirPath();
        dirs << app << app + u"/../engine"_s << app + u"/../lib/modellens"_s;
    }
    for (const QString &dir : dirs) {
        const QFileInfo candidate(QDir(dir).filePath(programName()));
        if (searched)
            *searched << QDir::cleanPath(candidate.absoluteFilePath());
        if (candidate.isFile() && candidate.isExecutable())
            return QDir::cleanPath(candidate.absoluteFilePath());
    }
    return {};
}

BackendId OrtBackend::id() const { return BackendId::OnnxRuntime; }
QString OrtBackend::displayName() const { return tr("ONNX Runtime"); }

BackendAvailability OrtBackend::availability(const EngineSettings &) const
{
    BackendAvailability a;
    QStringList searched;
    a.program = findProgram(&searched);
    if (a.program.isEmpty()) {
        a.missing = tr("the ONNX Runtime engine program %1 was not found (looked at: %2). It is built with "
                       "ModelLens when ONNX Runtime is present (scripts/setup.sh installs it); "
                       "MODELLENS_ENGINE_DIR can name its folder.")
                            .arg(programName(), searched.join(u", "_s));
        return a;
    }
    QProcess info;
    info.start(a.program, {u"--info"_s});
    if (!info.waitForFinished(30000) || info.exitStatus() != QProcess::NormalExit || info.exitCode() != 0) {
        info.kill();
        a.missing = tr("%1 does not start: %2").arg(a.program, QString::fromUtf8(info.readAllStandardError()).trimmed());
        return a;
    }
    const QJsonObject o = QJsonDocument::fromJson(info.readAllStandardOutput()).object();
    a.version = o.value(u"version"_s).toString();
    for (const auto &p : o.value(u"providers"_s).toArray())
        a.providers << p.toString();
    for (const auto &p : o.value(u"unavailable_providers"_s).toArray())
        a.unavailableProviders.emplace_back(p.toObject().value(u"name"_s).toString(),
                                            p.toObject().value(u"missing"_s).toString());
    a.available = true;
    return a;
}

Result<std::vector<ChildStep>> OrtBackend::plan(const EngineSettings &settings) const
{
    QStringList searched;
    const QString program = findProgram(&searched);
    if (program.isEmpty())
        return makeError(availability(settings).missing);
    EngineSettings child = settings;
    child.resultPath = QDir(settings.workDir).filePath(u"result.json"_s);
    const QString path = QDir(settings.workDir).filePath(u"settings.json"_s);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(child.toJson()).toJson()) < 0 || !file.commit())
        return makeError(tr("%1: cannot write: %2").arg(path, file.errorString()));
    ChildStep step;
    step.stage = ChildProgress::building();
    step.program = program;
    step.arguments = {path};
    step.environment.insert(u"ORT_DISABLE_TELEMETRY"_s, u"1"_s); // before its first Ort::Env
    return std::vector<ChildStep>{step};
}

std::optional<ChildProgress> OrtBackend::progressFrom(const ChildStep &, const QByteArray &line) const
{
    return ChildProgress::decode(line);
}

QString OrtBackend::failureMessage(const ChildStep &step, int exitCode, const StepOutcome &outcome) const
{
    QString message = EngineBackend::failureMessage(step, exitCode, outcome);
    // ONNX Runtime's own log lines (colour codes, time stamps, "[E:onnxruntime:, ...]")
    // come before the child's message, which repeats what matters.
    QStringList kept;
    for (const QString &l : message.split(u'\n', Qt::SkipEmptyParts))
        if (!l.contains(u":onnxruntime:"_s) && !l.trimmed().startsWith(QChar(0x1b)))
            kept << l;
    if (!kept.isEmpty())
        message = kept.join(u'\n');
    if (exitCode == 3)
        message = tr("the engine ran out of memory: %1").arg(message);
    return message;
}

Result<RunResult> OrtBackend::collect(const EngineSettings &settings, const std::vector<StepOutcome> &steps) const
{
    const QString path = QDir(settings.workDir).filePath(u"result.json"_s);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(tr("the engine wrote no result (%1: %2)").arg(path, file.errorString()));
    auto result = RunResult::fromJson(QJsonDocument::fromJson(file.readAll()).object());
    if (!result)
        return makeError(u"%1: %2"_s.arg(path, result.errorMessage()));
    // The child's own ru_maxrss covers the measured session only (not a later profiling
    // session); the supervisor's sample of the whole process stands in when it is missing.
    if (result->peakRssBytes <= 0 && !steps.empty())
        result->peakRssBytes = steps.front().peakRssBytes;
    return result;
}

} // namespace ml
