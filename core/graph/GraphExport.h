// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DisplayGraph.h"
#include "GraphLayout.h"
#include "Result.h"

namespace ml {

// Writes the laid-out graph, or the part inside `region` (empty: all of it), as SVG: one
// <g class="node"> per box with the model's node name in data-name, one
// <g class="edge"> per connection with its tensor in data-tensor.
Result<void> exportSvg(const QString &path, const DisplayGraph &graph, const GraphLayout &layout, QRectF region = {});

// Writes a PNG at `scale` pixels per point (reduced only if the image would exceed
// 32,767 pixels a side, the PNG writer's limit here), rendered in stripes and streamed to
// the file, so that any size fits in memory. Needs a QGuiApplication.
Result<void> exportPng(const QString &path, const DisplayGraph &graph, const GraphLayout &layout, double scale = 2.0,
                       QRectF region = {});

} // namespace ml
