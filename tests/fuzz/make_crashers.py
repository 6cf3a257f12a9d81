#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Writes the inputs of tests/fuzz/crashers/ (checked in; this documents how each was made):
# models that crashed the loader, or broke fuzz_open_model's protobuf oracle, before their
# fixes. Needs the onnx Python package (Debian: python3-onnx).
import os
import struct
import sys

import onnx
from onnx import TensorProto, helper

out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "crashers")
os.makedirs(out, exist_ok=True)
F = TensorProto.FLOAT


def save(name, data):
    if not isinstance(data, bytes):
        data = data.SerializeToString()
    with open(os.path.join(out, name + ".onnx"), "wb") as f:
        f.write(data)


def varint(v):
    b = bytearray()
    while v >= 0x80:
        b.append((v & 0x7F) | 0x80)
        v >>= 7
    b.append(v)
    return bytes(b)


def field(number, payload):  # a length-delimited field
    return varint((number << 3) | 2) + varint(len(payload)) + payload


def out_info(name, shape=None):
    return helper.make_tensor_value_info(name, F, shape)


# ModelFacts: element counts that overflow int64.
vals = helper.make_tensor("sv", F, [1], [1.0])
idx = helper.make_tensor("si", TensorProto.INT64, [1], [0])
g = helper.make_graph([], "g", [], [out_info("sv")])
g.sparse_initializer.append(helper.make_sparse_tensor(vals, idx, [1 << 40, 1 << 40]))
save("modelfacts_sparse_initializer_dims_overflow", helper.make_model(g))
huge = [TensorProto(name=n, data_type=F, dims=[1 << 62]) for n in ("a", "b")]
save("modelfacts_param_count_overflow", helper.make_model(helper.make_graph([], "g", [], [out_info("a")], initializer=huge)))
n = helper.make_node("Constant", [], ["c"], sparse_value=helper.make_sparse_tensor(vals, idx, [1 << 40, 1 << 40]))
save("modelfacts_constant_sparse_dims_overflow", helper.make_model(helper.make_graph([n], "g", [], [out_info("c")])))
n = helper.make_node("Add", ["a", "a"], ["c"])
save("modelfacts_node_param_sum_overflow", helper.make_model(helper.make_graph([n], "g", [], [out_info("c")], initializer=huge[:1])))

# TensorValues: the .npy byte count, and the histogram span of extreme doubles.
save("tensorvalues_npy_byte_count_overflow", helper.make_model(helper.make_graph([], "g", [], [out_info("a")], initializer=huge[:1])))
t = TensorProto(name="a", data_type=TensorProto.DOUBLE, dims=[2], double_data=[-1.7e308, 1.7e308])
save("tensorvalues_histogram_span_overflow", helper.make_model(helper.make_graph([], "g", [], [out_info("a")], initializer=[t])))

# libonnx 1.12 shape inference: model-local functions calling themselves.
opsets = [helper.make_opsetid("", 17), helper.make_opsetid("local", 1)]
io = ([helper.make_tensor_value_info("x", F, [2])], [out_info("y", [2])])
fn = helper.make_function("local", "F", ["x"], ["y"], [helper.make_node("F", ["x"], ["y"], domain="local")], opsets)
g = helper.make_graph([helper.make_node("F", ["x"], ["y"], domain="local")], "g", *io)
save("shapeinference_recursive_function", helper.make_model(g, opset_imports=opsets, functions=[fn]))
fa = helper.make_function("local", "A", ["x"], ["y"], [helper.make_node("B", ["x"], ["y"], domain="local")], opsets[1:])
fb = helper.make_function("local", "B", ["x"], ["y"], [helper.make_node("A", ["x"], ["y"], domain="local")], opsets[1:])
g = helper.make_graph([helper.make_node("A", ["x"], ["y"], domain="local")], "g", *io)
save("shapeinference_mutual_recursive_functions", helper.make_model(g, opset_imports=opsets, functions=[fa, fb]))

# WeightStripper, against what protobuf makes of the same bytes.
body = helper.make_model(helper.make_graph([], "x", [], []), opset_imports=[helper.make_opsetid("", 17)])
body.ClearField("graph")
body = body.SerializeToString()
# The graph behind a 6-byte tag whose low 32 bits read "field 7": protobuf refuses it.
g = helper.make_graph([helper.make_node("Identity", ["x"], ["y"])], "g", [helper.make_tensor_value_info("x", F, [1])], [out_info("y", [1])])
gb = g.SerializeToString()
save("stripper_overlong_tag", body + varint((((1 << 32) + 7) << 3) | 2) + varint(len(gb)) + gb)
# Packed float_data of 1201 bytes: protobuf refuses it.
tb = TensorProto(name="w", data_type=F, dims=[300]).SerializeToString() + field(4, bytes(1201))
gb = helper.make_graph([], "g", [], [out_info("w")]).SerializeToString() + field(5, tb)
save("stripper_packed_float_odd_length", body + field(7, gb))
# Attribute `value` with two `t`: protobuf merges them (the second raw_data wins).
big = helper.make_tensor("c", F, [300], struct.pack("<300f", *([7.0] * 300)), raw=True)
small = helper.make_tensor("c", F, [2], struct.pack("<2f", 1.0, 2.0), raw=True)
attr = onnx.AttributeProto(name="value", type=onnx.AttributeProto.TENSOR).SerializeToString()
attr += field(5, big.SerializeToString()) + field(5, small.SerializeToString())
node = helper.make_node("Constant", [], ["y"]).SerializeToString() + field(5, attr)
gb = helper.make_graph([], "g", [], [out_info("y")]).SerializeToString() + field(1, node)
save("stripper_duplicate_singular_tensor", body + field(7, gb))
# A file with its own modellens.inline_field key (and a location outside its folder).
t = TensorProto(name="w", data_type=F, dims=[4], data_location=TensorProto.EXTERNAL)
for k, v in (("location", "../../etc/passwd"), ("offset", "0"), ("length", "16"), ("modellens.inline_field", "9")):
    e = t.external_data.add()
    e.key, e.value = k, v
g = helper.make_graph([helper.make_node("Relu", ["w"], ["y"])], "g", [], [out_info("y", [4])], initializer=[t])
save("stripper_reserved_marker_key", helper.make_model(g, opset_imports=[helper.make_opsetid("", 17)]))
