// SPDX-License-Identifier: GPL-3.0-or-later
// Edits of the dimensions of graph inputs and outputs.
#include "Edit.h"
#include "EditSupport.h"

#include <unordered_set>

namespace ml {

using namespace edit;

namespace {

void setDim(onnx::TensorShapeProto_Dimension &d, const QString &text)
{
    bool number = false;
    const qlonglong v = text.toLongLong(&number);
    if (number) {
        d.set_dim_value(v);
    } else if (text == QLatin1String("?")) {
        d.clear_dim_value();
        d.clear_dim_param();
    } else {
        d.set_dim_param(ss(text));
    }
}

// Graph inputs (not initializers) and outputs of the main graph.
std::vector<onnx::ValueInfoProto *> interfaceValues(onnx::GraphProto &g)
{
    std::unordered_set<std::string> inits;
    for (const auto &t : g.initializer())
        inits.insert(t.name());
    std::vector<onnx::ValueInfoProto *> out;
    for (auto &v : *g.mutable_input())
        if (!inits.count(v.name()))
            out.push_back(&v);
    for (auto &v : *g.mutable_output())
        out.push_back(&v);
    return out;
}

// Every dimension the model states: interface values and value_info of all graphs.
template<typename Fn>
void forEachDim(OnnxModel &model, Fn &&fn)
{
    forEachGraph(model, [&fn](onnx::GraphProto &g, int) {
        auto values = [&fn](auto &list) {
            for (auto &v : list)
                if (v.type().has_tensor_type() && v.type().tensor_type().has_shape())
                    for (auto &d : *v.mutable_type()->mutable_tensor_type()->mutable_shape()->mutable_dim())
                        fn(d);
        };
        values(*g.mutable_input());
        values(*g.mutable_output());
        values(*g.mutable_value_info());
    });
}

} // namespace

Edit setDimension(const QString &value, int axis, const QString &dim)
{
    return {tr("Set %1[%2] to %3").arg(value).arg(axis).arg(dim), [=](OnnxModel &model) -> Result<void> {
                if (dim.trimmed().isEmpty())
                    return makeError(tr("a dimension needs a number, a symbol or '?'"));
                bool number = false;
                if (dim.toLongLong(&number) < 0 && number)
                    return makeError(tr("a dimension cannot be negative"));
                for (auto *v : interfaceValues(*model.mutableProto().mutable_graph())) {
                    if (v->name() != ss(value))
                        continue;
                    if (!v->type().has_tensor_type())
                        return makeError(tr("'%1' is not a tensor").arg(value));
                    auto *shape = v->mutable_type()->mutable_tensor_type()->mutable_shape();
                    if (axis < 0 || axis >= shape->dim_size())
                        return makeError(
                                tr("'%1' has %2 dimensions; there is no axis %3").arg(value).arg(shape->dim_size()).arg(axis));
                    setDim(*shape->mutable_dim(axis), dim.trimmed());
                    return {};
                }
                return makeError(tr("'%1' is not a graph input or output").arg(value));
            }};
}

Edit renameSymbol(const QString &oldSymbol, const QString &newSymbol)
{
    return {tr("Rename dimension '%1' to '%2'").arg(oldSymbol, newSymbol), [=](OnnxModel &model) -> Result<void> {
                if (newSymbol.trimmed().isEmpty())
                    return makeError(tr("a dimension needs a name"));
                int renamed = 0;
                forEachDim(model, [&](onnx::TensorShapeProto_Dimension &d) {
                    if (d.has_dim_param() && d.dim_param() == ss(oldSymbol)) {
                        setDim(d, newSymbol.trimmed());
                        ++renamed;
                    }
                });
                if (!renamed)
                    return makeError(tr("no dimension is named '%1'").arg(oldSymbol));
                return {};
            }};
}

Edit makeBatchDynamic(const QString &symbol)
{
    return {tr("Make batch dynamic"), [symbol](OnnxModel &model) -> Result<void> {
                int changed = 0;
                for (auto *v : interfaceValues(*model.mutableProto().mutable_graph())) {
                    if (!v->type().has_tensor_type() || !v->type().tensor_type().has_shape()
                        || v->type().tensor_type().shape().dim_size() == 0)
                        continue;
                    setDim(*v->mutable_type()->mutable_tensor_type()->mutable_shape()->mutable_dim(0), symbol);
                    ++changed;
                }
                if (!changed)
                    return makeError(tr("no graph input or output has a first dimension"));
                return {};
            }};
}

Edit fixSymbols(std::int64_t value)
{
    return {tr("Fix every dimension symbol to %1").arg(value), [value](OnnxModel &model) -> Result<void> {
                if (value < 0)
                    return makeError(tr("a dimension cannot be negative"));
                int fixed = 0;
                forEachDim(model, [&](onnx::TensorShapeProto_Dimension &d) {
                    if (!d.has_dim_value()) {
                        d.set_dim_value(value);
                        ++fixed;
                    }
                });
                if (!fixed)
                    return makeError(tr("the model has no symbolic dimension"));
                return {};
            }};
}

} // namespace ml
