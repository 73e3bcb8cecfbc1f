// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/binarymask.h"

#include <opencv2/core.hpp>

namespace concord {

// The intensities [low, high] that count as "like the seed": seed value ± tolerance, within
// 0..255.
struct IntensityRange
{
    int low = 0;
    int high = 255;

    bool contains(int value) const { return value >= low && value <= high; }
};
IntensityRange rangeAroundSeed(const cv::Mat1b &intensities, cv::Point seed, int tolerance);

// The 4-connected region of pixels within `range` that contains `seed`, searched only inside
// `searchArea` (clipped to the image), so a click on a lung field cannot flood a 3000x3000
// image through a gap. Empty when the seed is outside the image or itself out of range.
// `intensities` is an 8-bit image of what is displayed (after window/level).
BinaryMask growRegion(const cv::Mat1b &intensities, cv::Point seed, IntensityRange range,
                      cv::Rect searchArea);

} // namespace concord
