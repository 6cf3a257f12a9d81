// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Depth-first walks over the parts of an ONNX proto, for const and mutable protos alike.

#include <onnx/onnx_pb.h>

#include <type_traits>

namespace ml::walk {

template<typename F>
inline auto &nodes(F &m)
{
    if constexpr (std::is_const_v<F>)
        return m.node();
    else
        return *m.mutable_node();
}
template<typename F>
inline auto &attributes(F &m)
{
    if constexpr (std::is_const_v<F>)
        return m.attribute();
    else
        return *m.mutable_attribute();
}
template<typename F>
inline auto &graphsOf(F &a)
{
    if constexpr (std::is_const_v<F>)
        return a.graphs();
    else
        return *a.mutable_graphs();
}
template<typename F>
inline auto &tensorsOf(F &a)
{
    if constexpr (std::is_const_v<F>)
        return a.tensors();
    else
        return *a.mutable_tensors();
}
template<typename F>
inline auto &sparseTensorsOf(F &a)
{
    if constexpr (std::is_const_v<F>)
        return a.sparse_tensors();
    else
        return *a.mutable_sparse_tensors();
}
template<typename F>
inline auto &initializers(F &g)
{
    if constexpr (std::is_const_v<F>)
        return g.initializer();
    else
        return *g.mutable_initializer();
}
template<typename F>
inline auto &sparseInitializers(F &g)
{
    if constexpr (std::is_const_v<F>)
        return g.sparse_initializer();
    else
        return *g.mutable_sparse_initializer();
}
template<typename F>
inline auto &functions(F &m)
{
    if constexpr (std::is_const_v<F>)
        return m.functions();
    else
        return *m.mutable_functions();
}
template<typename F>
inline auto &subGraph(F &a)
{
    if constexpr (std::is_const_v<F>)
        return a.g();
    else
        return *a.mutable_g();
}
template<typename F>
inline auto &valuesOf(F &s)
{
    if constexpr (std::is_const_v<F>)
        return s.values();
    else
        return *s.mutable_values();
}
template<typename F>
inline auto &indicesOf(F &s)
{
    if constexpr (std::is_const_v<F>)
        return s.indices();
    else
        return *s.mutable_indices();
}

// fn(graph, depth) for the graph and, recursively, each subgraph held by a node attribute.
template<typename G, typename Fn>
void graphs(G &graph, Fn &&fn, int depth = 0)
{
    fn(graph, depth);
    for (auto &node : nodes(graph)) {
        for (auto &attr : attributes(node)) {
            if (attr.has_g())
                graphs(subGraph(attr), fn, depth + 1);
            for (auto &g : graphsOf(attr))
                graphs(g, fn, depth + 1);
        }
    }
}

template<typename A, typename Fn>
void attributeTensors(A &attr, Fn &fn)
{
    if (attr.has_t()) {
        if constexpr (std::is_const_v<A>)
            fn(attr.t());
        else
            fn(*attr.mutable_t());
    }
    for (auto &t : tensorsOf(attr))
        fn(t);
    auto sparse = [&fn](auto &s) {
        if (s.has_values())
            fn(valuesOf(s));
        if (s.has_indices())
            fn(indicesOf(s));
    };
    if (attr.has_sparse_tensor()) {
        if constexpr (std::is_const_v<A>)
            sparse(attr.sparse_tensor());
        else
            sparse(*attr.mutable_sparse_tensor());
    }
    for (auto &s : sparseTensorsOf(attr))
        sparse(s);
}

// fn(tensor) for every TensorProto in the model: initializers, sparse initializers' parts,
// tensors in attributes, in every subgraph, model-local function and training graph.
template<typename M, typename Fn>
void tensors(M &model, Fn &&fn)
{
    auto inGraph = [&fn](auto &graph, int) {
        for (auto &t : initializers(graph))
            fn(t);
        for (auto &s : sparseInitializers(graph)) {
            if (s.has_values())
                fn(valuesOf(s));
            if (s.has_indices())
                fn(indicesOf(s));
        }
        for (auto &node : nodes(graph))
            for (auto &attr : attributes(node))
                attributeTensors(attr, fn);
    };
    if (model.has_graph()) {
        if constexpr (std::is_const_v<M>)
            graphs(model.graph(), inGraph);
        else
            graphs(*model.mutable_graph(), inGraph);
    }
    for (auto &f : functions(model)) {
        for (auto &node : nodes(f)) {
            for (auto &attr : attributes(node)) {
                attributeTensors(attr, fn);
                if (attr.has_g())
                    graphs(subGraph(attr), inGraph, 1);
                for (auto &g : graphsOf(attr))
                    graphs(g, inGraph, 1);
            }
        }
    }
    if constexpr (std::is_const_v<M>) {
        for (auto &ti : model.training_info()) {
            if (ti.has_initialization())
                graphs(ti.initialization(), inGraph);
            if (ti.has_algorithm())
                graphs(ti.algorithm(), inGraph);
        }
    } else {
        for (auto &ti : *model.mutable_training_info()) {
            if (ti.has_initialization())
                graphs(*ti.mutable_initialization(), inGraph);
            if (ti.has_algorithm())
                graphs(*ti.mutable_algorithm(), inGraph);
        }
    }
}

} // namespace ml::walk
