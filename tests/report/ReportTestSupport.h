// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Stored runs for report tests: a small model whose node names, doc strings and metadata
// are the injection strings of issue 13, recorded with runs whose layers, tags and notes
// carry them too, in a history file of a temporary folder.

#include "HistoryStore.h"
#include "RunRecord.h"

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <onnx/onnx_pb.h>

#include <memory>

namespace ml::test {

// Strings that break a format when not escaped: HTML elements, a script end inside JSON,
// Markdown table and code markup, mentions and issue references, spreadsheet formulas.
QStringList injectionStrings();

// x: float32[1,8] -> one Relu per name, in a chain -> y. doc_string and metadata hold
// injection strings as well.
onnx::ModelProto chainModel(const QStringList &nodeNames);

// A run of `rounds` rounds of `perRound` iterations around `baseMs`, one layer row per name
// (the nodes of chainModel), `slowLayer` (if >= 0) `factor` times slower.
RunRecord chainRun(const QString &modelPath, const QStringList &nodeNames, double baseMs, unsigned seed, int rounds, int perRound,
                   int slowLayer = -1, double factor = 1.0);

struct ReportHistory {
    QTemporaryDir dir;
    std::unique_ptr<HistoryStore> store;
    QString dbPath, modelPath;
    QString runA, runB; // A: the baseline; B: layer 0 three times slower
    bool ok = false;
};

// Creates the history with the injection model and two runs of five rounds.
std::unique_ptr<ReportHistory> makeReportHistory();

// The first program of `names` found on PATH, or an empty string.
QString findTool(const QStringList &names);

} // namespace ml::test
