// SPDX-License-Identifier: GPL-3.0-or-later
// Opset conversion with libonnx's version converter.
#include "Edit.h"
#include "EditSupport.h"

#include <onnx/version_converter/convert.h>

namespace ml {

using namespace edit;

Edit convertOpset(int targetVersion)
{
    return {tr("Convert to opset %1").arg(targetVersion), [targetVersion](OnnxModel &model) -> Result<void> {
                const int current = defaultOpset(model.proto());
                if (current == targetVersion)
                    return makeError(tr("the model already uses opset %1").arg(targetVersion));
                // The converter copies tensors through its own IR, which knows no deferred
                // payloads: it gets the model with its weights (and the memory that costs).
                auto full = model.materialize();
                if (!full)
                    return full.error();
                onnx::ModelProto converted;
                try {
                    converted = onnx::version_conversion::ConvertVersion(full.value(), targetVersion);
                } catch (const std::exception &e) {
                    return makeError(tr("the version converter cannot go from opset %1 to %2: %3")
                                             .arg(current)
                                             .arg(targetVersion)
                                             .arg(QString::fromUtf8(e.what()).trimmed()));
                }
                // Node ids: the converter rebuilds the graph; nodes keep their order where it
                // maps one to one, so ids are carried over by position.
                model.restore(converted, model.nodeIdsInOrder());
                return {};
            }};
}

} // namespace ml
