// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LayerTiming.h"
#include "OnnxModel.h"

#include <QHash>

#include <vector>

namespace ml {

// For every per-layer row, the model node it times: by graph path and index, checked
// against the label; by graph path and label when the index does not fit (the run saw a
// copy of the model). kNoNode where neither finds one.
std::vector<NodeId> mapLayersToNodes(const std::vector<LayerTiming> &rows, const OnnxModel &model);

// Each mapped node's share of the summed layer time (what the graph's heat overlay shows);
// `ids` is mapLayersToNodes() of the same rows.
QHash<NodeId, double> layerShareByNode(const std::vector<LayerTiming> &rows, const std::vector<NodeId> &ids);

} // namespace ml
