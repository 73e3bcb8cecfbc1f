// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <opencv2/core.hpp>

#include <optional>
#include <vector>

namespace concord {

// How stored sample values are meant to be shown (DICOM PS3.3 C.7.6.3.1.2). Ordinary rasters
// are Monochrome2 (grey) or Rgb.
enum class Photometric { Monochrome1, Monochrome2, Rgb, YbrFull, YbrFull422, PaletteColor };

QString photometricName(Photometric photometric);

// A window (VOI) the image itself suggests, e.g. from DICOM Window Center/Width.
struct WindowPreset
{
    QString name;
    double center = 0;
    double width = 1;
};

// Physical size of a pixel, and which header attribute it came from, because Pixel Spacing
// (patient plane) and Imager Pixel Spacing (detector plane) mean different things.
struct PixelSpacing
{
    double rowMm = 0;    // distance between rows
    double columnMm = 0; // distance between columns
    QString source;      // e.g. "PixelSpacing" or "ImagerPixelSpacing"
};

// Everything about an image except its pixels.
struct ImageMetadata
{
    QString sourcePath;
    Photometric photometric = Photometric::Monochrome2;
    int bitsStored = 8;
    bool isSigned = false;
    double rescaleSlope = 1.0;
    double rescaleIntercept = 0.0;
    QString rescaleUnit; // e.g. "HU"; empty when values are unitless
    std::optional<double> pixelPaddingValue;
    std::vector<WindowPreset> windowPresets;
    std::optional<PixelSpacing> pixelSpacing;

    // DICOM identity, kept for grouping and export; empty for rasters.
    QString modality;
    QString patientId;
    QString studyInstanceUid;
    QString seriesInstanceUid;
    QString sopInstanceUid;
};

// Decoded pixels plus metadata. Each frame is a cv::Mat of depth CV_8U, CV_16U or CV_16S with
// 1 channel (grey) or 3 channels (RGB order). Frames share nothing and are never resized here.
struct Image
{
    std::vector<cv::Mat> frames;
    ImageMetadata metadata;

    bool isEmpty() const { return frames.empty() || frames.front().empty(); }
    int width() const { return isEmpty() ? 0 : frames.front().cols; }
    int height() const { return isEmpty() ? 0 : frames.front().rows; }
    int channels() const { return isEmpty() ? 0 : frames.front().channels(); }
    size_t pixelBytes() const;
};

} // namespace concord
