#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes resources/samples/tiny_cnn.onnx, the sample model the README opens.

A small image classifier laid out the way torch exports name things (scoped node names,
a dynamic batch axis), with random weights from a fixed seed. Run with Debian's python3
(python3-onnx, python3-numpy); nothing is downloaded.
"""
import os
import sys

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

rng = np.random.default_rng(20261122)
inits = []
nodes = []


def weight(name, *shape):
    arr = (rng.standard_normal(shape) * 0.1).astype(np.float32)
    inits.append(numpy_helper.from_array(arr, name))
    return name


def node(op, inputs, outputs, name, **attrs):
    nodes.append(helper.make_node(op, inputs, outputs, name=name, **attrs))
    return outputs[0]


x = "input"
c = 3
for i, width in enumerate([8, 16, 32], start=1):
    scope = f"/features/block{i}"
    x = node("Conv", [x, weight(f"features.block{i}.conv.weight", width, c, 3, 3),
                      weight(f"features.block{i}.conv.bias", width)],
             [f"{scope}/conv/Conv_output_0"], f"{scope}/conv/Conv", pads=[1, 1, 1, 1], kernel_shape=[3, 3])
    x = node("BatchNormalization",
             [x, weight(f"features.block{i}.bn.weight", width), weight(f"features.block{i}.bn.bias", width),
              weight(f"features.block{i}.bn.running_mean", width)] +
             [numpy_helper.from_array(np.ones(width, np.float32), f"features.block{i}.bn.running_var").name],
             [f"{scope}/bn/BatchNormalization_output_0"], f"{scope}/bn/BatchNormalization")
    inits.append(numpy_helper.from_array(np.ones(width, np.float32), f"features.block{i}.bn.running_var"))
    x = node("Relu", [x], [f"{scope}/act/Relu_output_0"], f"{scope}/act/Relu")
    x = node("MaxPool", [x], [f"{scope}/pool/MaxPool_output_0"], f"{scope}/pool/MaxPool",
             kernel_shape=[2, 2], strides=[2, 2])
    c = width
x = node("GlobalAveragePool", [x], ["/pool/GlobalAveragePool_output_0"], "/pool/GlobalAveragePool")
x = node("Flatten", [x], ["/Flatten_output_0"], "/Flatten", axis=1)
x = node("Gemm", [x, weight("classifier.weight", 10, c), weight("classifier.bias", 10)],
         ["/classifier/Gemm_output_0"], "/classifier/Gemm", transB=1)
node("Softmax", [x], ["probabilities"], "/Softmax", axis=1)

graph = helper.make_graph(
    nodes, "tiny_cnn",
    [helper.make_tensor_value_info("input", TensorProto.FLOAT, ["batch", 3, 32, 32])],
    [helper.make_tensor_value_info("probabilities", TensorProto.FLOAT, ["batch", 10])],
    inits)
model = helper.make_model(graph, producer_name="modellens-sample", producer_version="1",
                          opset_imports=[helper.make_opsetid("", 17)])
model.ir_version = 8
model.doc_string = "A tiny CNN with random weights, the sample model bundled with ModelLens."
onnx.checker.check_model(model)
out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "resources", "samples", "tiny_cnn.onnx")
onnx.save(model, out)
print(out)
