// SPDX-License-Identifier: GPL-3.0-or-later
#include "RunRecord.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace ml {

QJsonArray jsonNumbers(const std::vector<double> &values)
{
    QJsonArray a;
    for (double v : values)
        a.append(std::isfinite(v) ? QJsonValue(v) : QJsonValue());
    return a;
}

QJsonObject RunRound::toJson() const
{
    return {{u"latencies_ms"_s, jsonNumbers(latenciesMs)}, {u"layer_means_ms"_s, jsonNumbers(layerMeansMs)}};
}

QString runStatusName(RunStatus status)
{
    switch (status) {
    case RunStatus::Completed:
        return u"completed"_s;
    case RunStatus::Failed:
        return u"failed"_s;
    case RunStatus::Cancelled:
        return u"cancelled"_s;
    }
    return {};
}

std::optional<RunStatus> parseRunStatus(const QString &name)
{
    for (RunStatus s : {RunStatus::Completed, RunStatus::Failed, RunStatus::Cancelled})
        if (runStatusName(s) == name.trimmed().toLower())
            return s;
    return std::nullopt;
}

} // namespace ml
