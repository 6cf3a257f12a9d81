// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace ml {

// `modellens-cli import FILE... [--model M] [--db F] [--tag T] [--note TEXT] [--json]`:
// stores runs made elsewhere (trtexec, ONNX Runtime profile, onnxruntime_perf_test,
// modellens-cli profile --json) and prints their ids. 0 stored, 1 usage, 2 refused.
int runImport(const QStringList &arguments);

} // namespace ml
