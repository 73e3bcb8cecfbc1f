// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/taxonomy.h"
#include "core/util/error.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace concord {

// What a model computes from one image (docs/model-inference.md).
enum class ModelTask { Classification, Detection, Segmentation, Embedding };

QString modelTaskName(ModelTask task);

// How an image's stored values become the 0-255 values the input's scale, mean and std apply
// to: through the window the item opens with in the viewer (core/imaging/windowpresets.h,
// MONOCHROME1 inverted as shown), or the image's own lowest to highest modality value.
enum class IntensityMapping { DisplayWindow, MinMax };

// The model's input tensor, [1, channels, height, width] (NCHW): each value is
// (v * scale - mean[c]) / std[c] for the 0-255 value v of channel c.
struct ModelInput
{
    int width = 0;
    int height = 0;
    int channels = 1; // 1 (grey) or 3 (RGB)
    IntensityMapping intensity = IntensityMapping::DisplayWindow;
    double scale = 1.0 / 255.0;
    std::vector<double> mean; // one per channel
    std::vector<double> std;  // one per channel, each > 0
};

// Whether boxes come in input pixels or as fractions of the input's width and height.
enum class BoxUnits { InputPixels, Normalized };

// How to read the output tensor (docs/model-inference.md, "Output layouts").
struct ModelOutput
{
    QString tensorName; // empty: the network's last output
    // Classification and segmentation: the scores are logits and need a softmax over classes.
    bool softmax = false;
    // Detection: [1, N, 6] rows x1, y1, x2, y2, score, class.
    BoxUnits boxUnits = BoxUnits::InputPixels;
    double scoreThreshold = 0.25;
    double nmsIou = 0.5;
    // Embedding: the vector's length, 0 when the description does not say.
    int dimension = 0;
};

// One of the model's classes: the taxonomy label it proposes (a name or a path such as
// "Finding / Nodule"), or none when the description says "ignore".
struct ModelClass
{
    QString label;
    bool ignored() const { return label.isEmpty(); }
};

// The JSON file that sits next to an .onnx file and says how to use it. Every problem found
// reading it is a FileError naming the file and the field.
struct ModelDescription
{
    static constexpr int FormatVersion = 1;

    QString descriptionPath; // the JSON file, absolute
    QString modelPath;       // the .onnx file, absolute, inside the description's folder
    ModelTask task = ModelTask::Classification;
    QString name;
    QString version;
    ModelInput input;
    std::vector<ModelClass> classes; // index = the model's class index; none for embeddings
    ModelOutput output;
};

// Reads and checks the description at `path`; the model file must exist, lie in the
// description's folder or below it (no "..", no absolute path, no symbolic link leading out).
Expected<ModelDescription> readModelDescription(const QString &path);

// The taxonomy label id of each of the description's classes (0 for "ignore"). A name that is
// no label the readers may use is an error naming the description file and listing the labels.
Expected<std::vector<int>> resolveClassLabels(const ModelDescription &description,
                                              const Taxonomy &taxonomy);

// The description as JSON text, as `concord-cli model check` prints it.
QString describeModel(const ModelDescription &description);

} // namespace concord
