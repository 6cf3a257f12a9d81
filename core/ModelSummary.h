// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

namespace ml {

class OnnxModel;
struct ModelFacts;

// The fields of `modellens-cli inspect --json`, with the meanings of
// ../shared/models/index.json (see docs/cli.md).
QJsonObject inspectJson(const OnnxModel &model, const ModelFacts &facts);

// A concise human summary of the same facts.
QString inspectText(const OnnxModel &model, const ModelFacts &facts);

} // namespace ml
