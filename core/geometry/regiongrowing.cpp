// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/geometry/regiongrowing.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>

namespace concord {

IntensityRange rangeAroundSeed(const cv::Mat1b &intensities, cv::Point seed, int tolerance)
{
    if (!cv::Rect(cv::Point(0, 0), intensities.size()).contains(seed))
        return {};
    const int value = intensities(seed);
    tolerance = std::max(tolerance, 0);
    return {std::max(0, value - tolerance), std::min(255, value + tolerance)};
}

BinaryMask growRegion(const cv::Mat1b &intensities, cv::Point seed, IntensityRange range,
                      cv::Rect searchArea)
{
    const cv::Rect area = searchArea & cv::Rect(cv::Point(0, 0), intensities.size());
    if (!area.contains(seed) || !range.contains(intensities(seed)))
        return {};
    // In range = 1, then flood the 1s connected to the seed into 2 and keep only those.
    cv::Mat1b inRange;
    cv::inRange(intensities(area), cv::Scalar(range.low), cv::Scalar(range.high), inRange);
    inRange /= 255;
    cv::floodFill(inRange, seed - area.tl(), cv::Scalar(2), nullptr, cv::Scalar(0), cv::Scalar(0),
                  4 | cv::FLOODFILL_FIXED_RANGE);
    BinaryMask region;
    region.bounds = area;
    region.pixels = inRange == 2;
    region.pixels /= 255;
    return cropToContent(region);
}

} // namespace concord
