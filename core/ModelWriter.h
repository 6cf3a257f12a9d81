// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ProgressCounter.h"
#include "Result.h"

#include <QString>

namespace ml {

class OnnxModel;

// Writes `model` to `path` atomically (a temporary file beside it, then rename): what
// OnnxModel::save does, with its bytes counted into `progress` (may be null): the weights
// gathered, then the bytes written; the total is an estimate until the weights are gathered,
// then exact. External tensors stay external:
// same folder, references unchanged; another folder, their bytes are copied into
// "<file name>.data" beside it.
Result<void> writeModelFile(const OnnxModel &model, const QString &path, ProgressCounter *progress = nullptr);

} // namespace ml
