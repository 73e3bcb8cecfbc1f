#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes tiny interactive-segmentation models whose masks a test can predict
(docs/model-assisted-masks.md, "Test models").

Usage: make_promptsegment_models.py OUTPUT_FOLDER

- encoder.onnx: image [1,3,64,64] -> embedding [1,1,64,64], the mean of the three channels
  (a 1x1 convolution), so the embedding is the normalised grey level itself.
- decoder_box.onnx: embedding, box [1,4] (x0, y0, x1, y1) -> masks [1,1,64,64], with
  logit = embedding + inside(box) - 1.5: the bright pixels (embedding > 0.5) inside the box.
- decoder_points.onnx: embedding, point_coords [1,4,2], point_labels [1,4] -> masks [1,1,64,64]:
  the bright pixels within 8 pixels (Chebyshev) of a positive point (label 1) and not within
  8 pixels of a negative one (label 0); label -1 pads.
- decoder_flat.onnx: as decoder_box.onnx but the masks come out flat, [1,4096]: a shape the
  loader must refuse with a message naming the file.

Only operators OpenCV 4.6's ONNX importer loads: Conv, Gemm (transB=1), Relu, Add, Mul,
Reshape, Concat.
"""

import os
import sys

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

SIZE = 64
POINTS = 4
RADIUS = 8
OPSET = 11


class Graph:
    def __init__(self):
        self.nodes = []
        self.initializers = []
        self.count = 0

    def name(self, stem):
        self.count += 1
        return f"{stem}_{self.count}"

    def constant(self, array, stem="c"):
        name = self.name(stem)
        self.initializers.append(numpy_helper.from_array(np.asarray(array, np.float32), name))
        return name

    def shape(self, dims):
        name = self.name("shape")
        self.initializers.append(numpy_helper.from_array(np.asarray(dims, np.int64), name))
        return name

    def op(self, op_type, inputs, stem=None, output=None, **attributes):
        output = output or self.name(stem or op_type.lower())
        if op_type == "Conv":
            attributes.setdefault("kernel_shape", [1, 1])  # OpenCV does not infer it
        self.nodes.append(helper.make_node(op_type, inputs, [output], **attributes))
        return output

    def add_constant(self, x, value):
        return self.op("Add", [x, self.constant(np.full((1,), value))])

    def scale(self, x, value):
        return self.op("Mul", [x, self.constant(np.full((1,), value))])

    def save(self, path, inputs, outputs):
        graph = helper.make_graph(self.nodes, "promptsegment", inputs, outputs, self.initializers)
        model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", OPSET)])
        model.ir_version = 7
        onnx.checker.check_model(model)
        onnx.save(model, path)


def write_encoder(path):
    g = Graph()
    weights = np.full((1, 3, 1, 1), 1.0 / 3.0, np.float32)
    g.op("Conv", ["image", g.constant(weights), g.constant([0.0])], output="embedding")
    g.save(path,
           [helper.make_tensor_value_info("image", TensorProto.FLOAT, [1, 3, SIZE, SIZE])],
           [helper.make_tensor_value_info("embedding", TensorProto.FLOAT, [1, 1, SIZE, SIZE])])


def outside_distance(g, rows, count, weights, bias):
    """For `count` rows of coordinates, a [1, count, SIZE, SIZE] map: the sum over four sides of
    how far the pixel centre lies outside that side (features weights @ row + bias, each >= 0
    inside), so 0 inside and at least 0.5 outside for coordinates in half pixels."""
    features = g.op("Gemm", [rows, g.constant(weights), g.constant(bias)], transB=1)
    per_side = g.op("Reshape", [features, g.shape([1, count * 4, SIZE, SIZE])])
    below = g.op("Relu", [g.scale(per_side, -1.0)])
    # Sums the four sides of each row: a grouped 1x1 convolution with weight 1.
    return g.op("Conv", [below, g.constant(np.ones((count, 4, 1, 1))),
                         g.constant(np.zeros(count))], group=count)


def indicator(g, outside):
    """1 where `outside` is 0, 0 where it is 0.5 or more."""
    return g.op("Relu", [g.add_constant(g.scale(outside, -2.0), 1.0)])


def side_features(columns_signs, margin):
    """Gemm weights [4*SIZE*SIZE, width] and bias giving, for every pixel centre (px + 0.5,
    py + 0.5), the four features sign * (coordinate[column] - centre) + margin, one block of
    SIZE*SIZE per side."""
    ys, xs = np.mgrid[0:SIZE, 0:SIZE]
    centres = {"x": xs.reshape(-1) + 0.5, "y": ys.reshape(-1) + 0.5}
    n = SIZE * SIZE
    width = max(column for column, _, _ in columns_signs) + 1
    weights = np.zeros((4 * n, width), np.float32)
    bias = np.zeros(4 * n, np.float32)
    for side, (column, sign, axis) in enumerate(columns_signs):
        weights[side * n:(side + 1) * n, column] = sign
        bias[side * n:(side + 1) * n] = -sign * centres[axis] + margin
    return weights, bias


def write_box_decoder(path, flat=False):
    g = Graph()
    # Box (x0, y0, x1, y1): centre - x0, x1 - centre, centre - y0, y1 - centre.
    weights, bias = side_features([(0, -1.0, "x"), (2, 1.0, "x"), (1, -1.0, "y"),
                                   (3, 1.0, "y")], 0.0)
    inside = indicator(g, outside_distance(g, "box", 1, weights, bias))
    logits = g.add_constant(g.op("Add", [inside, "embedding"]), -1.5)
    output_shape = [1, SIZE * SIZE] if flat else [1, 1, SIZE, SIZE]
    g.op("Reshape", [logits, g.shape(output_shape)], output="masks")
    g.save(path,
           [helper.make_tensor_value_info("embedding", TensorProto.FLOAT, [1, 1, SIZE, SIZE]),
            helper.make_tensor_value_info("box", TensorProto.FLOAT, [1, 4])],
           [helper.make_tensor_value_info("masks", TensorProto.FLOAT, output_shape)])


def write_points_decoder(path):
    g = Graph()
    n = SIZE * SIZE
    # Point (x, y): within RADIUS of it along both axes.
    weights, bias = side_features([(0, -1.0, "x"), (0, 1.0, "x"), (1, -1.0, "y"),
                                   (1, 1.0, "y")], RADIUS)
    rows = g.op("Reshape", ["point_coords", g.shape([POINTS, 2])])
    near = indicator(g, outside_distance(g, rows, POINTS, weights, bias))  # [1, POINTS, 64, 64]
    # Each point's label spread over its map: [1, POINTS] -> [1, POINTS * n] -> [1, POINTS, 64, 64]
    spread = np.zeros((POINTS * n, POINTS), np.float32)
    for point in range(POINTS):
        spread[point * n:(point + 1) * n, point] = 1.0
    labels = g.op("Reshape", [g.op("Gemm", ["point_labels", g.constant(spread),
                                            g.constant(np.zeros(POINTS * n))], transB=1),
                              g.shape([1, POINTS, SIZE, SIZE])])
    positive = g.op("Relu", [labels])  # label 1 -> 1; 0 and -1 -> 0
    # label 0 -> 1; 1 and -1 -> 0: 1 - relu(l) - relu(-l)
    negative = g.add_constant(
        g.scale(g.op("Add", [positive, g.op("Relu", [g.scale(labels, -1.0)])]), -1.0), 1.0)
    near_positive = g.op("Relu", [g.add_constant(g.op("Add", [near, positive]), -1.0)])
    near_negative = g.op("Relu", [g.add_constant(g.op("Add", [near, negative]), -1.0)])
    both = g.op("Concat", [near_positive, near_negative], axis=1)
    # Near any positive point counts 1 at most; near any negative point counts -POINTS - 1.
    weights = np.concatenate([np.ones(POINTS), -np.full(POINTS, POINTS + 1.0)])
    counts = g.op("Conv", [both, g.constant(weights.reshape(1, 2 * POINTS, 1, 1)),
                           g.constant([0.0])])
    # min(counts, 1): 1 - relu(1 - counts); 1 only near a positive and no negative point.
    chosen = g.add_constant(g.scale(g.op("Relu", [g.add_constant(g.scale(counts, -1.0), 1.0)]),
                                    -1.0), 1.0)
    logits = g.add_constant(g.op("Add", [chosen, "embedding"]), -1.5)
    g.op("Reshape", [logits, g.shape([1, 1, SIZE, SIZE])], output="masks")
    g.save(path,
           [helper.make_tensor_value_info("embedding", TensorProto.FLOAT, [1, 1, SIZE, SIZE]),
            helper.make_tensor_value_info("point_coords", TensorProto.FLOAT, [1, POINTS, 2]),
            helper.make_tensor_value_info("point_labels", TensorProto.FLOAT, [1, POINTS])],
           [helper.make_tensor_value_info("masks", TensorProto.FLOAT, [1, 1, SIZE, SIZE])])


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: make_promptsegment_models.py OUTPUT_FOLDER")
    folder = sys.argv[1]
    os.makedirs(folder, exist_ok=True)
    write_encoder(os.path.join(folder, "encoder.onnx"))
    write_box_decoder(os.path.join(folder, "decoder_box.onnx"))
    write_box_decoder(os.path.join(folder, "decoder_flat.onnx"), flat=True)
    write_points_decoder(os.path.join(folder, "decoder_points.onnx"))


if __name__ == "__main__":
    main()
