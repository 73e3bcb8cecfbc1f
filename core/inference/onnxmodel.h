// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/imaging/image.h"
#include "core/inference/modeldescription.h"
#include "core/model/prelabelset.h"
#include "core/util/error.h"

#include <opencv2/core.hpp>

#include <memory>
#include <vector>

namespace concord {

// How unsure a classifier is, from its class probabilities (docs/model-inference.md,
// "Uncertainty"), each in [0, 1]: 1 - the top probability; 1 - (top - second); the entropy
// divided by ln(classes), so a uniform guess is 1 whatever the number of classes.
double topProbabilityUncertainty(const std::vector<double> &probabilities);
double marginUncertainty(const std::vector<double> &probabilities);
double normalizedEntropy(const std::vector<double> &probabilities);

// What a model proposed for one image. Suggestions have their item, kind, label, score and
// shape set; their ids are left for the run to give.
struct ModelPrediction
{
    std::vector<Suggestion> suggestions;
    // In [0, 1]; how it is measured depends on the task (docs/model-inference.md).
    double uncertainty = 0;
    // Classification: each class's probability, in the model's class order.
    std::vector<double> probabilities;
    // Segmentation: 1 - the mean over pixels of the top class probability (the uncertainty is
    // the mean normalised pixel entropy).
    double meanTopProbabilityUncertainty = 0;
};

// The values an image gives the model before scale, mean and std: 0-255 floats (CV_32FC1 or
// CV_32FC3, RGB), `input.width` x `input.height`, mapped as `input.intensity` says. `file`
// names the image in errors.
Expected<cv::Mat> modelInputPixels(const Image &image, const ModelInput &input,
                                   const QString &file);

// A black image of the model's input size and channels: what a model is tried on before any
// item is read, so that one whose output does not match its description fails early.
Image blankInputImage(const ModelInput &input);

// A loaded ONNX model and its description: preprocesses an image, runs the network and reads
// its output as the description declares, checking the output's shape on every run (a model
// whose output does not match its description is an error naming the description, never a
// wrong reading). Not thread-safe: the network keeps per-run state, so each thread loads its
// own OnnxModel (ModelRun does).
class OnnxModel
{
public:
    OnnxModel(OnnxModel &&) noexcept;
    OnnxModel &operator=(OnnxModel &&) noexcept;
    ~OnnxModel();

    // Loads the network of `description`. `labelIds` are the taxonomy labels of its classes
    // (resolveClassLabels(); 0 for an ignored class); empty for an embedding model.
    static Expected<OnnxModel> load(const ModelDescription &description, std::vector<int> labelIds);

    const ModelDescription &description() const { return m_description; }

    // Runs a classification, detection or segmentation model on `image` (item `itemId`).
    // Shapes are in the image's pixel coordinates.
    Expected<ModelPrediction> predict(const Image &image, const QString &itemId,
                                      const QString &file);
    // Runs an embedding model: its [1, D] output.
    Expected<std::vector<float>> embed(const Image &image, const QString &file);

private:
    struct Network;
    OnnxModel(ModelDescription description, std::vector<int> labelIds,
              std::unique_ptr<Network> network);

    Expected<cv::Mat> forward(const Image &image, const QString &file);
    MaybeError checkOutputShape(const cv::Mat &output) const;
    Expected<ModelPrediction> classify(const cv::Mat &output, const QString &itemId) const;
    Expected<ModelPrediction> detect(const cv::Mat &output, const QString &itemId,
                                     cv::Size imageSize) const;
    Expected<ModelPrediction> segment(const cv::Mat &output, const QString &itemId,
                                      cv::Size imageSize) const;

    ModelDescription m_description;
    std::vector<int> m_labelIds;
    std::unique_ptr<Network> m_network;
};

} // namespace concord
