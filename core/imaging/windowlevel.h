// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/imaging/image.h"

#include <opencv2/core.hpp>

#include <array>
#include <vector>

namespace concord {

// The VOI LUT Functions of DICOM PS3.3 C.11.2.1.2 and C.11.2.1.3.
enum class VoiFunction { Linear, LinearExact, Sigmoid };

// A window on modality values (stored values after the Modality LUT or rescale), plus whether to
// invert for display.
struct WindowLevel
{
    double center = 127.5;
    double width = 256.0;
    VoiFunction function = VoiFunction::Linear;
    bool invert = false;
    // When >= 0, the header's VOI LUT with this index (ImageMetadata::voiLuts) replaces the
    // window function: PS3.3 C.11.2.1.1, an explicit table from modality values to display.
    int voiLutIndex = -1;

    bool operator==(const WindowLevel &) const = default;
};

// Maps one modality value x to the output range [yMin, yMax] as PS3.3 C.11.2.1 defines.
double applyVoi(double x, const WindowLevel &window, double yMin = 0.0, double yMax = 255.0);

// The full range of modality values an image can hold, as a window.
WindowLevel fullRangeWindow(const ImageMetadata &metadata, int matDepth);

// A window spanning the given lower and upper percentiles of the modality values of `pixels`,
// ignoring the pixel padding value. Robust against burned-in borders and collimator edges.
WindowLevel percentileWindow(const cv::Mat &pixels, const ImageMetadata &metadata,
                             double lowerPercentile = 0.5, double upperPercentile = 99.5);

// A lookup table from stored value to 8-bit display value for one window. Built once per window
// change (65,536 entries at most), then applied only to the tiles being shown, so dragging the
// window never touches the full-resolution image. MONOCHROME1 is inverted after the VOI
// transform, as PS3.3 C.7.6.3.1.2 requires. Values outside the range metadata.bitsStored
// allows (which decoded frames never hold) show as the nearest end of that range.
class DisplayLut
{
public:
    DisplayLut() = default;
    DisplayLut(const ImageMetadata &metadata, int matDepth, const WindowLevel &window);

    // Converts a region of stored values (CV_8U, CV_16U or CV_16S; 1 or 3 channels) to CV_8U
    // with the same channel count.
    cv::Mat apply(const cv::Mat &stored) const;
    void applyTo(const cv::Mat &stored, cv::Mat &display) const;
    // The same into 32-bit pixels 0xffRRGGBB (B, G, R, 255 in memory on little-endian machines,
    // Qt's RGB32), in one pass: a grey value is looked up once in a table of whole pixels.
    // `bgra` must be CV_8UC4 of the same size as `stored`; it may wrap a QImage's bits.
    void applyToBgra(const cv::Mat &stored, cv::Mat &bgra) const;

    quint8 lookup(int storedValue) const;
    int matDepth() const { return m_depth; }

private:
    std::vector<quint8> m_table;
    std::vector<quint32> m_greyPixels; // m_table[i] as an opaque grey 0xffRRGGBB pixel
    int m_depth = CV_8U;
    int m_offset = 0; // added to a stored value to index m_table (32768 for signed 16 bit)
};

} // namespace concord
