// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChildProgress.h"
#include "EngineSettings.h"
#include "Result.h"
#include "RunResult.h"

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <utility>
#include <vector>

namespace ml {

// Whether a backend can run here, and if not, what is missing and how to get it (the GUI
// shows the option with this text instead of hiding it).
struct BackendAvailability {
    bool available = false;
    QString program; // the program that would run
    QString version;
    QStringList providers; // ONNX Runtime's execution providers that can load here
    // Providers the ONNX Runtime build lists but that cannot load here (their libraries or
    // the CUDA libraries they need are missing): name and what is missing, one per line.
    std::vector<std::pair<QString, QString>> unavailableProviders;
    QString missing; // empty when available
};

// One child process of a job.
struct ChildStep {
    QString stage; // progress stage while it runs (its own lines may refine it)
    QString program;
    QStringList arguments;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
};

// How a step ended (only steps that exited normally with status 0 reach collect()).
struct StepOutcome {
    QByteArray output; // stdout (trtexec's console; the ORT child's progress lines)
    QByteArray errors; // the end of stderr
    double wallMs = 0;
    qint64 peakRssBytes = 0; // VmHWM of the child, sampled while it ran
};

// A backend describes its jobs as child processes and reads what they leave behind; the
// supervisor runs them. Implementations hold no state between calls: every method may run
// on the supervisor's worker thread.
class EngineBackend {
public:
    virtual ~EngineBackend() = default;

    virtual BackendId id() const = 0;
    virtual QString displayName() const = 0; // for people
    // May start the program briefly (to ask its version): call off the GUI thread.
    virtual BackendAvailability availability(const EngineSettings &settings) const = 0;
    // Writes what the steps need into settings.workDir and lists them in order.
    virtual Result<std::vector<ChildStep>> plan(const EngineSettings &settings) const = 0;
    // A line of the stdout of `step` (one of plan()'s) as progress; nullopt when it is not one.
    virtual std::optional<ChildProgress> progressFrom(const ChildStep &step, const QByteArray &line) const = 0;
    // Why a step that exited with a non-zero status failed, in the engine's words.
    virtual QString failureMessage(const ChildStep &step, int exitCode, const StepOutcome &outcome) const;
    // After every step succeeded: the result, read from what the steps wrote.
    virtual Result<RunResult> collect(const EngineSettings &settings, const std::vector<StepOutcome> &steps) const = 0;

    static std::unique_ptr<EngineBackend> create(BackendId id);
};

} // namespace ml
