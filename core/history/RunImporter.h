// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "RunRecord.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <vector>

namespace ml {

// Runs made elsewhere, read into RunRecords for HistoryStore::recordRun. Files are told
// apart by their content, never by their names:
//  - trtexec's --exportTimes, --exportProfile, --exportLayerInfo (TensorRT 8 and 10) and its
//    console log: all trtexec files given together make one run (source "import:trtexec");
//  - an ONNX Runtime profile (Chrome trace JSON), one run ("import:ort-profile"), kernels
//    mapped to the model's nodes when the model is given;
//  - onnxruntime_perf_test's result file (-r ... with a result file: one line per iteration,
//    "model,seconds,peak working set,cpu usage,iteration"; runs appended to one file are
//    told apart by the iteration number starting again at 0): one run per run
//    ("import:perf-test");
//  - ModelLens's own `modellens-cli profile --json` output, one run ("import:modellens").
// Any other file is refused with a message naming it.
class RunImporter {
public:
    enum class Kind {
        Unknown,
        ModelLensJson,
        TrtexecTimes,
        TrtexecProfile,
        TrtexecLayerInfo,
        TrtexecConsole,
        OrtProfile,
        PerfTest
    };
    static Kind detect(const QByteArray &content);
    static QString kindName(Kind kind);

    // `modelPath` (optional) is the model the runs were made of: it maps layers to nodes and
    // becomes the run's model version. Without it a ModelLens JSON's own model is used when
    // that file exists here.
    static Result<std::vector<RunRecord>> read(const QStringList &files, const QString &modelPath = QString());
};

} // namespace ml
