# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the tiny ONNX models the model-run tests use (docs/model-inference.md).

Every model takes a [1, 1, 8, 8] greyscale input and has known weights, so a test can compute
by hand what it must output. Opset 11, and only operators OpenCV 4.6's ONNX importer reads
(Flatten, Gemm with transB=1, Reshape, Conv, Softmax).

Usage: make_inference_models.py OUTPUT_FOLDER
Writes classifier.onnx, detector.onnx, segmenter.onnx, embedder.onnx.
"""
import os
import sys

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

SIDE = 8
PIXELS = SIDE * SIDE


def save(graph, path):
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 11)],
                              producer_name="concord-tests")
    model.ir_version = 6
    onnx.checker.check_model(model)
    onnx.save(model, path)


def image_input():
    return helper.make_tensor_value_info("image", TensorProto.FLOAT, [1, 1, SIDE, SIDE])


def flatten_gemm(weights, bias, output):
    """Flatten the image and multiply: output = flat @ weights.T + bias (transB=1)."""
    initializers = [numpy_helper.from_array(weights.astype(np.float32), "W"),
                    numpy_helper.from_array(bias.astype(np.float32), "B")]
    nodes = [helper.make_node("Flatten", ["image"], ["flat"], axis=1),
             helper.make_node("Gemm", ["flat", "W", "B"], [output], transB=1)]
    return nodes, initializers


def classifier(path):
    # Logits [m, 0.5 - m, 0.25] for the mean input value m.
    weights = np.stack([np.full(PIXELS, 1.0 / PIXELS), np.full(PIXELS, -1.0 / PIXELS),
                        np.zeros(PIXELS)])
    nodes, initializers = flatten_gemm(weights, np.array([0.0, 0.5, 0.25]), "logits")
    output = helper.make_tensor_value_info("logits", TensorProto.FLOAT, [1, 3])
    save(helper.make_graph(nodes, "classifier", [image_input()], [output], initializers), path)


def detector(path):
    # Three boxes [x1, y1, x2, y2, score, class] in input pixels:
    #   (1, 2, 5, 6) with score m, class 0;
    #   (1, 2, 5, 7) with score m / 2, class 0 (IoU 0.8 with the first: NMS drops it);
    #   (4, 0, 8, 4) with score 0.1, class 1 (below a score threshold of 0.25).
    rows = []
    bias = []
    for box, score_weight, score_bias, label in (((1, 2, 5, 6), 1.0, 0.0, 0),
                                                 ((1, 2, 5, 7), 0.5, 0.0, 0),
                                                 ((4, 0, 8, 4), 0.0, 0.1, 1)):
        for value in box:
            rows.append(np.zeros(PIXELS))
            bias.append(value)
        rows.append(np.full(PIXELS, score_weight / PIXELS))
        bias.append(score_bias)
        rows.append(np.zeros(PIXELS))
        bias.append(label)
    nodes, initializers = flatten_gemm(np.stack(rows), np.array(bias), "flat_boxes")
    initializers.append(numpy_helper.from_array(np.array([1, 3, 6], dtype=np.int64), "shape"))
    nodes.append(helper.make_node("Reshape", ["flat_boxes", "shape"], ["boxes"]))
    output = helper.make_tensor_value_info("boxes", TensorProto.FLOAT, [1, 3, 6])
    save(helper.make_graph(nodes, "detector", [image_input()], [output], initializers), path)


def segmenter(path):
    # Per pixel x, logits [-8x + 4, 8x - 4], then a softmax over the two classes: class 1 has
    # probability sigmoid(16x - 8), above 0.5 exactly where x > 0.5.
    weights = np.array([-8.0, 8.0]).reshape(2, 1, 1, 1)
    initializers = [numpy_helper.from_array(weights.astype(np.float32), "W"),
                    numpy_helper.from_array(np.array([4.0, -4.0], dtype=np.float32), "B")]
    nodes = [helper.make_node("Conv", ["image", "W", "B"], ["logits"], kernel_shape=[1, 1]),
             helper.make_node("Softmax", ["logits"], ["probabilities"], axis=1)]
    output = helper.make_tensor_value_info("probabilities", TensorProto.FLOAT, [1, 2, SIDE, SIDE])
    save(helper.make_graph(nodes, "segmenter", [image_input()], [output], initializers), path)


def embedder(path):
    # Four features: the mean, the mean of the top half, of the left half, and 1 - the mean.
    index = np.arange(PIXELS)
    top = (index // SIDE < SIDE // 2).astype(float)
    left = (index % SIDE < SIDE // 2).astype(float)
    weights = np.stack([np.full(PIXELS, 1.0 / PIXELS), top / top.sum(), left / left.sum(),
                        np.full(PIXELS, -1.0 / PIXELS)])
    nodes, initializers = flatten_gemm(weights, np.array([0.0, 0.0, 0.0, 1.0]), "features")
    output = helper.make_tensor_value_info("features", TensorProto.FLOAT, [1, 4])
    save(helper.make_graph(nodes, "embedder", [image_input()], [output], initializers), path)


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    folder = sys.argv[1]
    os.makedirs(folder, exist_ok=True)
    classifier(os.path.join(folder, "classifier.onnx"))
    detector(os.path.join(folder, "detector.onnx"))
    segmenter(os.path.join(folder, "segmenter.onnx"))
    embedder(os.path.join(folder, "embedder.onnx"))


if __name__ == "__main__":
    main()
