// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <onnx/onnx_pb.h>

namespace ml {

class OnnxModel;

// What identifies a model version in the history, computed without the store:
//  - sha256: of the model's bytes, external data included: the .onnx file, then each
//    external data file it refers to, in the order of their relative names. A model without
//    external data hashes as `sha256sum model.onnx` does. Streamed, never read whole.
//  - signature: sha256 over a canonical text of the structure only: opsets, graph inputs and
//    outputs with their types and shapes, initializers by name, type and dims, and every node
//    (operator, domain, input and output tensors, attributes; tensor attributes by type and
//    dims, subgraphs recursively). Node names, doc strings and weight values do not count.
//  - graph: the model with every tensor payload above 1 KiB dropped (dims and type kept; no
//    reference to the file's bytes left), serialized and qCompress'ed, so diffs and reports
//    work after the file is gone.
struct ModelIdentity {
    QString sha256;
    QString signature;
    QString fileName, path;    // path: absolute; empty for an edited model never saved
    qint64 sizeBytes = 0;      // model file plus external data
    int nodeCount = 0;         // all graphs
    QJsonObject opsets;        // {"ai.onnx": 17}
    QString producer;          // "pytorch 1.13.0"
    QByteArray graph;          // compressed weight-stripped ModelProto
    QStringList externalFiles; // absolute paths of the external data files hashed

    // Hashes the file and the external data files the model names (opening the model to find
    // them). The model must be a file OnnxModel can open.
    static Result<ModelIdentity> ofFile(const QString &path);
    // Everything but the sha256 and the external file list, from an opened model.
    static ModelIdentity describe(const OnnxModel &model);
    // An edited model as serialized bytes (as a tab holds it: payloads deferred into its
    // source file are external references): its sha256 is that of the bytes.
    static Result<ModelIdentity> ofBytes(const QByteArray &serialized, const QString &fileName);

    // sha256 of the given files' bytes in order; streamed.
    static Result<QString> hashFiles(const QStringList &paths);
    static QString signatureOf(const onnx::ModelProto &model);
    // Drops payloads above `maxInlineBytes` and every external reference, in place.
    static void stripPayloads(onnx::ModelProto &model, std::size_t maxInlineBytes = 1024);
    // The stored graph back as a ModelProto.
    static Result<onnx::ModelProto> readGraph(const QByteArray &graph);
};

} // namespace ml
