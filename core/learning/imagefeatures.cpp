// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/learning/imagefeatures.h"

#include "core/imaging/imageloader.h"
#include "core/imaging/tiledimage.h"
#include "core/imaging/windowlevel.h"
#include "core/imaging/windowpresets.h"
#include "core/util/translation.h"

#include <opencv2/imgproc.hpp>

#include <cmath>
#include <numbers>

namespace concord {

namespace {

constexpr int ThumbnailSide = 16;
constexpr int IntensityBins = 16;
constexpr int GradientSide = 64;
constexpr int GradientCells = 4; // per side
constexpr int OrientationBins = 8;

void appendThumbnail(const cv::Mat &grey, FeatureVector &features)
{
    cv::Mat small;
    cv::resize(grey, small, cv::Size(ThumbnailSide, ThumbnailSide), 0, 0, cv::INTER_AREA);
    cv::Mat real;
    small.convertTo(real, CV_64F);
    cv::Scalar mean;
    cv::Scalar deviation;
    cv::meanStdDev(real, mean, deviation);
    // A flat image has no shape: zeros rather than a division by zero.
    const double scale = deviation[0] > 1e-9 ? 1.0 / deviation[0] : 0.0;
    for (int row = 0; row < ThumbnailSide; ++row) {
        for (int column = 0; column < ThumbnailSide; ++column)
            features.push_back(float((real.at<double>(row, column) - mean[0]) * scale));
    }
}

void appendIntensityHistogram(const cv::Mat &grey, FeatureVector &features)
{
    std::vector<double> counts(IntensityBins, 0.0);
    for (int row = 0; row < grey.rows; ++row) {
        const quint8 *line = grey.ptr<quint8>(row);
        for (int column = 0; column < grey.cols; ++column)
            counts[size_t(line[column] * IntensityBins / 256)] += 1.0;
    }
    const double pixels = double(grey.total());
    for (double count : counts)
        features.push_back(float(count / pixels));
}

void appendOrientationHistograms(const cv::Mat &grey, FeatureVector &features)
{
    cv::Mat small;
    cv::resize(grey, small, cv::Size(GradientSide, GradientSide), 0, 0, cv::INTER_AREA);
    cv::Mat real;
    small.convertTo(real, CV_32F, 1.0 / 255.0);
    cv::Mat dx;
    cv::Mat dy;
    cv::Sobel(real, dx, CV_32F, 1, 0, 3, 1.0, 0.0, cv::BORDER_REPLICATE);
    cv::Sobel(real, dy, CV_32F, 0, 1, 3, 1.0, 0.0, cv::BORDER_REPLICATE);
    const int cellSide = GradientSide / GradientCells;
    std::vector<double> cells(size_t(GradientCells * GradientCells * OrientationBins), 0.0);
    for (int row = 0; row < GradientSide; ++row) {
        for (int column = 0; column < GradientSide; ++column) {
            const double gx = dx.at<float>(row, column);
            const double gy = dy.at<float>(row, column);
            const double magnitude = std::hypot(gx, gy);
            if (magnitude <= 0)
                continue;
            // Unsigned orientation in [0, pi): an edge and its mirror image count alike.
            double angle = std::atan2(gy, gx);
            if (angle < 0)
                angle += std::numbers::pi;
            if (angle >= std::numbers::pi) // atan2 gives pi itself for a gradient along -x
                angle -= std::numbers::pi;
            int bin = int(angle / std::numbers::pi * OrientationBins);
            bin = std::min(bin, OrientationBins - 1);
            const int cell = (row / cellSide) * GradientCells + column / cellSide;
            cells[size_t(cell) * OrientationBins + size_t(bin)] += magnitude;
        }
    }
    for (int cell = 0; cell < GradientCells * GradientCells; ++cell) {
        double squares = 0;
        for (int bin = 0; bin < OrientationBins; ++bin)
            squares += cells[size_t(cell) * OrientationBins + size_t(bin)] *
                       cells[size_t(cell) * OrientationBins + size_t(bin)];
        const double scale = squares > 1e-18 ? 1.0 / std::sqrt(squares) : 0.0;
        for (int bin = 0; bin < OrientationBins; ++bin)
            features.push_back(float(cells[size_t(cell) * OrientationBins + size_t(bin)] * scale));
    }
}

} // namespace

FeatureVector imageDescriptors(const cv::Mat &displayGrey)
{
    FeatureVector features;
    features.reserve(ImageDescriptorDimension);
    if (displayGrey.empty() || displayGrey.type() != CV_8UC1) {
        features.assign(ImageDescriptorDimension, 0.0F);
        return features;
    }
    appendThumbnail(displayGrey, features);
    appendIntensityHistogram(displayGrey, features);
    appendOrientationHistograms(displayGrey, features);
    return features;
}

Expected<cv::Mat> displayGreyOfFile(const QString &path)
{
    Expected<Image> image = loadImage(path);
    if (!image)
        return image.error();
    const cv::Mat frame = summaryFrame(*image);
    if (frame.empty())
        return FileError{path, concord::tr("has no pixels to describe")};
    if (frame.depth() != CV_8U && frame.depth() != CV_16U && frame.depth() != CV_16S)
        return FileError{path, concord::tr("has pixels of a kind the learner cannot describe")};
    // What a reader first sees (docs/viewer.md): the window the image opens with, MONOCHROME1
    // inverted by the display table.
    const WindowLevel window = initialWindow(image->metadata, frame);
    cv::Mat display = DisplayLut(image->metadata, frame.depth(), window).apply(frame);
    if (image->isTiled() && image->tiled->minIsWhite())
        cv::bitwise_not(display, display);
    if (display.channels() == 3)
        cv::cvtColor(display, display, cv::COLOR_RGB2GRAY);
    else if (display.channels() == 4)
        cv::cvtColor(display, display, cv::COLOR_RGBA2GRAY);
    return display;
}

QString ImageDescriptorSource::name() const
{
    return QStringLiteral("concord-descriptors/1:thumb16-hist16-hog4x4x8");
}

Expected<FeatureVector> ImageDescriptorSource::featuresOfFile(const QString &path) const
{
    Expected<cv::Mat> display = displayGreyOfFile(path);
    if (!display)
        return display.error();
    return imageDescriptors(*display);
}

} // namespace concord
