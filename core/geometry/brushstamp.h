// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/binarymask.h"

#include <opencv2/core.hpp>

namespace concord {

// What a brush dab does to the pixels under it.
enum class BrushAction { Paint, Erase };

// Restricts a dab to pixels whose intensity lies in [low, high] (the threshold brush). The
// intensities are a full-resolution 8-bit image of what is displayed (after window/level).
struct IntensityGate
{
    const cv::Mat1b *intensities = nullptr;
    int low = 0;
    int high = 255;

    bool admits(int x, int y) const
    {
        if (!intensities)
            return true;
        const int value = (*intensities)(y, x);
        return value >= low && value <= high;
    }
};

// The pixels a disc of `radius` centred at `centre` covers: those whose centre lies within the
// radius. A radius below one pixel still covers the pixel under the centre, so the smallest
// brush paints single pixels.
cv::Rect discBounds(cv::Point2d centre, double radius);

// Paints or erases one round dab into `mask`, clipped to the image. Painting grows the bounds
// when the dab reaches past them, by `growthMargin` more on each side so a stroke reallocates
// only now and then; erasing never grows. Returns the image rectangle that may have changed
// (empty when nothing could). Pixels outside the dab keep their values.
cv::Rect stampDisc(BinaryMask &mask, cv::Point2d centre, double radius, BrushAction action,
                   cv::Size imageSize, const IntensityGate &gate = {}, int growthMargin = 64);

// Dabs along the segment from `from` to `to` (including `to`, excluding `from`, which the
// previous call stamped), close enough that a fast mouse leaves no gaps. Returns the union of
// the changed rectangles.
cv::Rect stampSegment(BinaryMask &mask, cv::Point2d from, cv::Point2d to, double radius,
                      BrushAction action, cv::Size imageSize, const IntensityGate &gate = {},
                      int growthMargin = 64);

// Makes `mask.bounds` contain `needed` (clipped to the image), copying the pixels over.
// Returns false when `needed` lies outside the image entirely.
bool growMaskBounds(BinaryMask &mask, cv::Rect needed, cv::Size imageSize);

} // namespace concord
