// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ModelFacts.h"
#include "OnnxModel.h"

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

} // namespace ml
