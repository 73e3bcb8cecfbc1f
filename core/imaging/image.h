// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/imaging/patientorientation.h"
#include "core/imaging/pixelspacing.h"
#include "core/imaging/windowpreset.h"

#include <QString>

#include <opencv2/core.hpp>

#include <memory>
#include <optional>
#include <vector>

namespace concord {

// How stored sample values are meant to be shown (DICOM PS3.3 C.7.6.3.1.2). Ordinary rasters
// are Monochrome2 (grey) or Rgb. YbrIct and YbrRct occur only with JPEG 2000 (PS3.5 8.2.4).
enum class Photometric {
    Monochrome1,
    Monochrome2,
    Rgb,
    YbrFull,
    YbrFull422,
    PaletteColor,
    YbrIct,
    YbrRct,
};

// The Photometric Interpretation defined term of `photometric` (DICOM PS3.3 C.7.6.3.1.2), and
// the value a term names: nothing for a term we cannot decode.
QString photometricName(Photometric photometric);
std::optional<Photometric> parsePhotometric(const QString &term);

// A VOI LUT from the header (DICOM PS3.3 C.11.2.1.1): an explicit table from modality values
// to display values, offered as an alternative to the linear windows. Modality values below
// firstMappedValue map to data.front(), values past the end map to data.back().
struct VoiLut
{
    QString explanation;
    int firstMappedValue = 0;
    int bitsPerEntry = 16; // output range of the table is [0, 2^bitsPerEntry - 1]
    std::vector<quint16> data;
};

// Everything about an image except its pixels.
struct ImageMetadata
{
    QString sourcePath;
    // As recorded in the file. Decoded YBR frames are converted to RGB and PALETTE COLOR frames
    // are expanded to RGB, so `photometric` tells where the pixels came from, not their layout.
    Photometric photometric = Photometric::Monochrome2;
    // Geometry as the header declares it, so it is known before (or without) decoding pixels.
    int width = 0;
    int height = 0;
    int frameCount = 0;
    int samplesPerPixel = 1;
    int bitsAllocated = 8;
    int bitsStored = 8;
    bool isSigned = false;
    double rescaleSlope = 1.0;
    double rescaleIntercept = 0.0;
    QString rescaleUnit; // e.g. "HU"; empty when values are unitless
    std::optional<double> pixelPaddingValue;
    std::vector<WindowPreset> windowPresets;
    // The DICOM VOI LUT Function (0028,1056) the presets are meant for: empty or "LINEAR",
    // "LINEAR_EXACT" or "SIGMOID" (PS3.3 C.11.2.1.3).
    QString voiLutFunction;
    std::vector<VoiLut> voiLuts;
    // A Modality LUT (PS3.3 C.11.1), when the file has one instead of Rescale Slope/Intercept;
    // modalityValue() (core/imaging/modalitytransform.h) applies whichever the file has.
    std::optional<VoiLut> modalityLut;
    QString modalityLutType;
    std::optional<PixelSpacing> pixelSpacing;
    // Which way the patient lies along the rows and columns; unknown for rasters and for DICOM
    // files that say neither Image Orientation (Patient) nor Patient Orientation.
    ImageDirections directions;

    // DICOM identity, kept for grouping and export; empty for rasters.
    QString modality;
    QString patientId;
    // Identifying: shown only where the reader turns patient details on (docs/viewer.md).
    QString patientName;
    QString studyDate; // DICOM DA, YYYYMMDD
    QString studyInstanceUid;
    QString seriesInstanceUid;
    QString sopInstanceUid;
    QString transferSyntaxUid;
};

class TiledImage;

// Decoded pixels plus metadata. Each frame is a cv::Mat of depth CV_8U, CV_16U or CV_16S with
// 1 channel (grey) or 3 channels (RGB order). Frames share nothing and are never resized here.
// A raster too big to decode whole has no frames but a `tiled` image read a region at a time
// (docs/viewer.md, "Big rasters"); its size is in the metadata.
struct Image
{
    std::vector<cv::Mat> frames;
    ImageMetadata metadata;
    std::shared_ptr<const TiledImage> tiled;

    bool isTiled() const { return tiled != nullptr; }
    bool isEmpty() const { return !tiled && (frames.empty() || frames.front().empty()); }
    int width() const;
    int height() const;
    int channels() const;
    size_t pixelBytes() const;
};

} // namespace concord
