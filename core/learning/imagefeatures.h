// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/error.h"

#include <QString>

#include <opencv2/core.hpp>

#include <vector>

namespace concord {

// What the learner sees of an image: a fixed-length vector of numbers (docs/active-learning.md,
// "Features"). The learner standardises each dimension over the project's items itself, so a
// source need not.
using FeatureVector = std::vector<float>;

// Where features come from. The built-in image descriptors are one source; an ONNX embedding
// model is meant to be another (docs/active-learning.md, "An embedding model instead").
// Implementations are immutable after construction and callable from any thread.
class FeatureSource
{
public:
    virtual ~FeatureSource() = default;
    // Names the features and their version, e.g. "concord-descriptors/1": cached features of
    // another name are never mixed in.
    virtual QString name() const = 0;
    virtual int dimension() const = 0;
    // The features of the image file at `path`, or an error naming the file.
    virtual Expected<FeatureVector> featuresOfFile(const QString &path) const = 0;
};

// The built-in descriptors of one 8-bit grey display image (what a reader sees, after the
// window), 400 numbers:
// - a 16 x 16 thumbnail by area averaging, its values scaled to zero mean and unit variance
//   within the image (the shape of the picture, whatever its brightness): 256;
// - a 16-bin histogram of the display values, as fractions of the pixels (brightness and
//   contrast): 16;
// - a histogram of gradient orientations, HOG-like: the image at 64 x 64, Sobel gradients, 8
//   unsigned orientation bins weighted by magnitude in each of 4 x 4 cells, each cell scaled to
//   unit length: 128.
// Pure function; any thread.
FeatureVector imageDescriptors(const cv::Mat &displayGrey);

inline constexpr int ImageDescriptorDimension = 16 * 16 + 16 + 4 * 4 * 8;

// The display image of an image file as a reader first sees it: its first frame (a big
// raster's overview), through the file's first window preset or else a 0.5-99.5 percentile
// window, MONOCHROME1 inverted, colour made grey; 8 bits.
Expected<cv::Mat> displayGreyOfFile(const QString &path);

// The built-in descriptors as a FeatureSource.
class ImageDescriptorSource : public FeatureSource
{
public:
    QString name() const override;
    int dimension() const override { return ImageDescriptorDimension; }
    Expected<FeatureVector> featuresOfFile(const QString &path) const override;
};

} // namespace concord
