#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes a network-like ONNX graph of about N nodes for the GUI benchmark.

  /usr/bin/python3 bench/make_network_graph.py N OUT.onnx

Stages of residual blocks as a torch export names them (/stage3/block12/conv2/Conv):
Conv (1x1 weights of 8 channels, so the file stays small) -> Relu -> Conv -> Add with the
block's input -> Relu, a MaxPool between stages, and a long skip connection every few
blocks (the edges that make layouts hard). Runs with Debian's python3-onnx; weights are
constant, nothing is downloaded.
"""
import sys

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper


def main():
    target, out = int(sys.argv[1]), sys.argv[2]
    channels = 8
    nodes, inits = [], []
    weight = numpy_helper.from_array(np.full((channels, channels, 1, 1), 0.01, np.float32), "w")
    inits.append(weight)
    x = "input0"
    count, stage, block = 0, 0, 0
    blocks_per_stage = 20
    long_skip = None
    while count < target:
        scope = f"/stage{stage}/block{block}"
        start = x
        for k in (1, 2):
            y = f"{scope}/conv{k}/Conv_output_0"
            nodes.append(helper.make_node("Conv", [x, "w"], [y], name=f"{scope}/conv{k}/Conv"))
            x = y
            if k == 1:
                y = f"{scope}/relu1/Relu_output_0"
                nodes.append(helper.make_node("Relu", [x], [y], name=f"{scope}/relu1/Relu"))
                x = y
        y = f"{scope}/Add_output_0"
        nodes.append(helper.make_node("Add", [x, start], [y], name=f"{scope}/Add"))
        x = y
        y = f"{scope}/relu2/Relu_output_0"
        nodes.append(helper.make_node("Relu", [x], [y], name=f"{scope}/relu2/Relu"))
        x = y
        count += 5
        if block % 4 == 0:
            if long_skip is not None:  # a skip over four blocks
                y = f"{scope}/skip/Add_output_0"
                nodes.append(helper.make_node("Add", [x, long_skip], [y], name=f"{scope}/skip/Add"))
                x = y
                count += 1
            long_skip = x
        block += 1
        if block == blocks_per_stage:
            y = f"/stage{stage}/pool/MaxPool_output_0"
            nodes.append(helper.make_node("MaxPool", [x], [y], name=f"/stage{stage}/pool/MaxPool",
                                          kernel_shape=[1, 1]))
            x = y
            count += 1
            stage, block, long_skip = stage + 1, 0, None
    nodes.append(helper.make_node("Identity", [x], ["output0"], name="/head/Identity"))
    graph = helper.make_graph(
        nodes, "network_like",
        [helper.make_tensor_value_info("input0", TensorProto.FLOAT, [1, channels, 16, 16])],
        [helper.make_tensor_value_info("output0", TensorProto.FLOAT, [1, channels, 16, 16])],
        inits)
    model = helper.make_model(graph, producer_name="bench", opset_imports=[helper.make_opsetid("", 17)])
    model.ir_version = 8
    onnx.save(model, out)
    print(f"{out}: {len(nodes)} nodes")


if __name__ == "__main__":
    main()
