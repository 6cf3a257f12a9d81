// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QString>

#include <map>

namespace onnx {
class ModelProto;
}

namespace ml {

// A picture of a model's main graph for a report, as an inline <svg>, each box filled by
// its "heat": a layer's time (from white to red), or a layer's change against a baseline
// (blue faster, red slower). Laid out by the graph view's own code (core/graph): name-scope
// groups above DisplayOptions::groupAbove nodes, dot for a few hundred boxes and the
// layered layout beyond, so a graph of 100,000 nodes becomes a summary of about a hundred
// group boxes, each with the summed heat of its members; `note` says so.
struct GraphHeatPicture {
    QString svg;
    QString note; // what the picture shows, in English ("all 52 nodes", "123 groups of ...")
    int boxes = 0;
    int operators = 0;
    bool summarised = false;
};

struct GraphHeatOptions {
    bool signedHeat = false; // values are deltas: colour by sign
    QString unit = QStringLiteral("ms");
};

// `heat`: node name (main graph) -> value. The graph is the stored weight-stripped copy; it
// is written to a temporary file to be opened as the graph view opens models.
Result<GraphHeatPicture> graphHeatPicture(const onnx::ModelProto &graph, const std::map<QString, double> &heat,
                                          const GraphHeatOptions &options = {});

} // namespace ml
