// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/inference/modeldescription.h"
#include "core/util/error.h"

#include <QString>

#include <vector>

namespace concord {

// How the displayed image becomes the encoder's input size (docs/model-assisted-masks.md):
// stretched to width x height, or scaled by one factor so its longest side fits and padded
// with zeros at the right and bottom (what SAM's ResizeLongestSide and padding do).
enum class PromptResize { Stretch, LongestSide };

// Where prompt coordinates live: pixels of the encoder input after the resize, or fractions of
// the input's width and height.
enum class PromptCoordinates { InputPixels, Normalized };

// What the segmenter feeds a decoder input (docs/model-assisted-masks.md, "Decoder inputs").
enum class DecoderInputRole {
    Embedding,   // the encoder's output, as it came
    PointCoords, // [1, N, 2] x, y per point, padded to N
    PointLabels, // [1, N]: 1 positive, 0 negative, -1 padding, 2 and 3 box corners
    Box,         // [1, 4] x0, y0, x1, y1
    ImageSize,   // [2] the image's height and width, in image pixels (SAM's orig_im_size)
    Constant,    // `shape` filled with `value` (SAM's mask_input and has_mask_input)
};

struct DecoderInput
{
    QString tensorName;
    DecoderInputRole role = DecoderInputRole::Embedding;
    std::vector<int> shape; // Constant only
    float value = 0;        // Constant only
};

// The JSON description of an interactive segmentation model: an image encoder that runs once
// per image and a prompt decoder that runs per click or box, both ONNX files in the
// description's folder. Every problem found reading it is a FileError naming the description
// and the field. Plain data, any thread.
struct PromptSegmenterModel
{
    static constexpr int FormatVersion = 1;
    // Decoders take at most this many points: more would be a typo, not a gesture.
    static constexpr int MaxPoints = 64;

    QString descriptionPath; // absolute
    QString name;

    QString encoderPath; // absolute, inside the description's folder
    QString encoderInputName;
    QString encoderOutputName; // empty: the network's last output
    ModelInput input;          // intensity is always the display window
    PromptResize resize = PromptResize::Stretch;

    QString decoderPath;                     // absolute, inside the description's folder
    std::vector<DecoderInput> decoderInputs; // in the description's order
    QString decoderOutputName;               // empty: the network's last output
    QString scoresOutputName;       // when set, the mask channel with the highest score is used
    int pointCount = 0;             // N of the point inputs; 0 when the decoder takes no points
    bool boxAsCornerPoints = false; // a box goes in as two points labelled 2 and 3
    PromptCoordinates coordinates = PromptCoordinates::InputPixels;
    double threshold = 0.0; // a pixel is in the mask when its logit is above it

    bool takesPoints() const { return pointCount > 0; }
    bool takesBox() const;
};

// Reads and checks the description at `path`. Both model files must exist and lie in the
// description's folder or below it: no "..", no absolute path, no symbolic link leading out.
Expected<PromptSegmenterModel> readPromptSegmenterModel(const QString &path);

} // namespace concord
