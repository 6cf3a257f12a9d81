// SPDX-License-Identifier: GPL-3.0-or-later
#include "EngineBackend.h"

#include "OrtBackend.h"
#include "TrtexecBackend.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace ml {

QString EngineBackend::failureMessage(const ChildStep &, int exitCode, const StepOutcome &outcome) const
{
    const QString errors = QString::fromUtf8(outcome.errors).trimmed();
    if (!errors.isEmpty())
        return errors;
    return QCoreApplication::translate("EngineBackend", "%1 exited with status %2").arg(displayName()).arg(exitCode);
}

std::unique_ptr<EngineBackend> EngineBackend::create(BackendId id)
{
    switch (id) {
    case BackendId::Trtexec:
        return std::make_unique<TrtexecBackend>();
    case BackendId::OnnxRuntime:
        break;
    }
    return std::make_unique<OrtBackend>();
}

} // namespace ml
