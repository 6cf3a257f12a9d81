// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ModelFacts.h"
#include "OnnxModel.h"
#include "Result.h"

#include <QString>

#include <memory>

namespace ml {

// A model as a background load left it: the opened model and the facts derived from it.
// Immutable once published (shared as shared_ptr<const LoadedModel>), so any thread may
// read it. The facts point into the model, which is why both live in one object.
struct LoadedModel {
    std::shared_ptr<const OnnxModel> model;
    ModelFacts facts; // declared after `model`: destroyed before what it points into

    const QString &path() const { return model->path(); }
};

// The facts of `loaded` as a shared pointer that keeps the whole result alive.
inline std::shared_ptr<const ModelFacts> sharedFacts(const std::shared_ptr<const LoadedModel> &loaded)
{
    return loaded ? std::shared_ptr<const ModelFacts>(loaded, &loaded->facts) : nullptr;
}

// Opens the model at `path` and derives its facts (checker, shape inference, graph checks):
// the one open-then-analyze sequence of the GUI loader and of `inspect` and `render`. Safe
// on any thread; never throws (running out of memory becomes an error naming the file).
Result<std::shared_ptr<const LoadedModel>> loadModel(const QString &path);

// Derives the facts of a model that is already open (a tab's edited copy, node ids kept).
Result<std::shared_ptr<const LoadedModel>> analyzeLoaded(std::shared_ptr<const OnnxModel> model);

} // namespace ml
