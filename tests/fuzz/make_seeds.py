#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Writes the small seed models of tests/fuzz/seeds/ (checked in; run again only to change
# them): each reaches a part of the loader that the shared models may not, with payloads just
# over the weight stripper's 1 KiB threshold so that they are deferred into the file.
# Needs the onnx Python package (Debian: python3-onnx).
import os
import struct
import sys

import onnx
from onnx import TensorProto, helper

out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "seeds")
os.makedirs(out, exist_ok=True)

F = TensorProto.FLOAT
N = 272  # floats: 1088 bytes, over the 1 KiB threshold


def vi(name, elem=F, shape=None):
    return helper.make_tensor_value_info(name, elem, shape)


def raw_floats(name, n=N, dims=None):
    return helper.make_tensor(name, F, dims or [n], struct.pack("<%df" % n, *[i * 0.5 - 3 for i in range(n)]), raw=True)


def save(name, model):
    model.producer_name = "modellens-fuzz-seed"
    with open(os.path.join(out, name), "wb") as f:
        f.write(model.SerializeToString())


# raw_data, packed float_data and packed double_data initializers feeding nodes.
w = raw_floats("w", dims=[N // 16, 16])
fd = TensorProto(name="fd", data_type=F, dims=[N], float_data=[float(i) for i in range(N)])
dd = TensorProto(name="dd", data_type=TensorProto.DOUBLE, dims=[N // 2], double_data=[i * 1.5 for i in range(N // 2)])
g = helper.make_graph(
    [helper.make_node("MatMul", ["x", "w"], ["y"], name="mm"),
     helper.make_node("Relu", ["y"], ["z"]),
     helper.make_node("Identity", ["fd"], ["fo"]),
     helper.make_node("Cast", ["dd"], ["do"], to=F)],
    "payloads", [vi("x", F, ["batch", N // 16])], [vi("z", F, ["batch", 16]), vi("fo", F, [N]), vi("do", F, [N // 2])],
    initializer=[w, fd, dd])
save("payloads.onnx", helper.make_model(g, opset_imports=[helper.make_opsetid("", 17)]))

# If and Loop with subgraphs holding their own payloads; Constant nodes of every kind.
then_g = helper.make_graph([helper.make_node("Add", ["a", "t"], ["r"])], "then", [], [vi("r", F, [N])],
                           initializer=[raw_floats("t")])
else_g = helper.make_graph([helper.make_node("Constant", [], ["r2"], value=raw_floats("c"))], "else", [], [vi("r2", F, [N])])
body = helper.make_graph(
    [helper.make_node("Identity", ["cond_in"], ["cond_out"]),
     helper.make_node("Add", ["acc", "a"], ["acc_out"])],
    "body", [vi("i", TensorProto.INT64, []), vi("cond_in", TensorProto.BOOL, []), vi("acc", F, [N])],
    [vi("cond_out", TensorProto.BOOL, []), vi("acc_out", F, [N])])
sparse = helper.make_sparse_tensor(helper.make_tensor("sv", F, [2], [1.0, 2.0]),
                                   helper.make_tensor("si", TensorProto.INT64, [2], [0, 5]), [N])
g = helper.make_graph(
    [helper.make_node("Constant", [], ["a"], value=raw_floats("ca")),
     helper.make_node("Constant", [], ["s"], sparse_value=sparse),
     helper.make_node("Constant", [], ["k"], value_ints=[1, 2, 3]),
     helper.make_node("If", ["cond"], ["ifo"], then_branch=then_g, else_branch=else_g),
     helper.make_node("Loop", ["n", "cond", "a"], ["lo"], body=body)],
    "control", [vi("cond", TensorProto.BOOL, []), vi("n", TensorProto.INT64, [])],
    [vi("ifo", F, [N]), vi("lo", F, [N]), vi("s", F, [N]), vi("k", TensorProto.INT64, [3])])
save("control_flow.onnx", helper.make_model(g, opset_imports=[helper.make_opsetid("", 17)]))

# A sparse initializer, typed int32_data of narrow types, strings, a model-local function
# and training info.
sp = helper.make_sparse_tensor(raw_floats("spv"), helper.make_tensor("spi", TensorProto.INT64, [N], list(range(N))), [N * 2])
h = TensorProto(name="h", data_type=TensorProto.FLOAT16, dims=[4], int32_data=[0x3c00, 0x7c00, 0xfc00, 0x7e00])
b = TensorProto(name="b", data_type=TensorProto.BOOL, dims=[3], int32_data=[1, 0, 1])
u = TensorProto(name="u", data_type=TensorProto.UINT32, dims=[2], uint64_data=[1, 4294967295])
st = TensorProto(name="st", data_type=TensorProto.STRING, dims=[2], string_data=[b"a", b"bc"])
fn = helper.make_function("local", "Scale", ["fx"], ["fy"],
                          [helper.make_node("Constant", [], ["fk"], value=raw_floats("fk")),
                           helper.make_node("Mul", ["fx", "fk"], ["fy"])],
                          [helper.make_opsetid("", 17)])
g = helper.make_graph(
    [helper.make_node("Scale", ["x"], ["y"], domain="local")],
    "misc", [vi("x", F, [N])], [vi("y", F, [N])], initializer=[h, b, u, st])
g.sparse_initializer.append(sp)
m = helper.make_model(g, opset_imports=[helper.make_opsetid("", 17), helper.make_opsetid("local", 1)], functions=[fn])
ti = m.training_info.add()
ti.initialization.CopyFrom(helper.make_graph([helper.make_node("Identity", ["ti_w"], ["ti_o"])], "init", [],
                                             [vi("ti_o", F, [N])], initializer=[raw_floats("ti_w")]))
save("functions_sparse_training.onnx", m)

# External data in "weights.bin", the 4 KiB file the fuzz target keeps beside the model.
ext = TensorProto(name="ext", data_type=F, dims=[256], data_location=TensorProto.EXTERNAL)
for k, v in (("location", "weights.bin"), ("offset", "1024"), ("length", "1024")):
    e = ext.external_data.add()
    e.key, e.value = k, v
whole = TensorProto(name="whole", data_type=TensorProto.UINT8, dims=[4096], data_location=TensorProto.EXTERNAL)
e = whole.external_data.add()
e.key, e.value = "location", "weights.bin"
g = helper.make_graph([helper.make_node("Relu", ["ext"], ["y"]), helper.make_node("Identity", ["whole"], ["w2"])],
                      "external", [], [vi("y", F, [256]), vi("w2", TensorProto.UINT8, [4096])], initializer=[ext, whole])
save("external_data.onnx", helper.make_model(g, opset_imports=[helper.make_opsetid("", 17)]))
