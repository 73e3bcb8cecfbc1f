// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/geometry/brushstamp.h"

#include <algorithm>
#include <cmath>

namespace concord {

cv::Rect discBounds(cv::Point2d centre, double radius)
{
    const double r = std::max(radius, 0.5);
    // Pixel i has its centre at i + 0.5; it is inside when |i + 0.5 - c| <= r.
    const int x0 = int(std::ceil(centre.x - r - 0.5));
    const int y0 = int(std::ceil(centre.y - r - 0.5));
    const int x1 = int(std::floor(centre.x + r - 0.5));
    const int y1 = int(std::floor(centre.y + r - 0.5));
    if (x1 < x0 || y1 < y0) // a tiny radius between pixel centres: take the pixel under it
        return {int(std::floor(centre.x)), int(std::floor(centre.y)), 1, 1};
    return {x0, y0, x1 - x0 + 1, y1 - y0 + 1};
}

bool growMaskBounds(BinaryMask &mask, cv::Rect needed, cv::Size imageSize)
{
    const cv::Rect image(cv::Point(0, 0), imageSize);
    needed &= image;
    if (needed.empty())
        return false;
    const bool hasPixels = mask.bounds.area() > 0 && mask.pixels.rows == mask.bounds.height &&
                           mask.pixels.cols == mask.bounds.width;
    if (hasPixels && (needed & mask.bounds) == needed)
        return true;
    const cv::Rect grown = hasPixels ? (needed | mask.bounds) & image : needed;
    cv::Mat1b pixels(grown.size(), uchar(0));
    if (hasPixels) {
        const cv::Rect kept = mask.bounds & grown;
        mask.pixels(kept - mask.bounds.tl()).copyTo(pixels(kept - grown.tl()));
    }
    mask.bounds = grown;
    mask.pixels = pixels;
    return true;
}

cv::Rect stampDisc(BinaryMask &mask, cv::Point2d centre, double radius, BrushAction action,
                   cv::Size imageSize, const IntensityGate &gate, int growthMargin)
{
    const cv::Rect image(cv::Point(0, 0), imageSize);
    cv::Rect dab = discBounds(centre, radius) & image;
    if (dab.empty())
        return {};
    if (action == BrushAction::Paint) {
        if (!(mask.bounds.area() > 0 && (dab & mask.bounds) == dab)) {
            const cv::Rect wanted(dab.x - growthMargin, dab.y - growthMargin,
                                  dab.width + 2 * growthMargin, dab.height + 2 * growthMargin);
            growMaskBounds(mask, wanted, imageSize);
        }
    } else {
        dab &= mask.bounds;
        if (dab.empty())
            return {};
    }
    const uchar value = action == BrushAction::Paint ? 1 : 0;
    const double r = std::max(radius, 0.5);
    const double r2 = r * r;
    bool single = dab.area() == 1;
    for (int y = dab.y; y < dab.br().y; ++y) {
        uchar *row = mask.pixels.ptr<uchar>(y - mask.bounds.y) - mask.bounds.x;
        const double dy = y + 0.5 - centre.y;
        const double rest = r2 - dy * dy;
        if (rest < 0 && !single)
            continue;
        // The run of pixel centres within the disc on this row, found once per row.
        const double half = std::sqrt(std::max(rest, 0.0));
        const int from = single ? dab.x : std::max(dab.x, int(std::ceil(centre.x - half - 0.5)));
        const int to =
            single ? dab.x : std::min(dab.br().x - 1, int(std::floor(centre.x + half - 0.5)));
        for (int x = from; x <= to; ++x) {
            if (gate.admits(x, y))
                row[x] = value;
        }
    }
    return dab;
}

cv::Rect stampSegment(BinaryMask &mask, cv::Point2d from, cv::Point2d to, double radius,
                      BrushAction action, cv::Size imageSize, const IntensityGate &gate,
                      int growthMargin)
{
    // A quarter radius apart keeps the stroke's edge smooth to within a few percent of a pixel
    // at any size, and costs little: each dab touches only its own rectangle.
    const double spacing = std::max(0.5, std::max(radius, 0.5) / 4.0);
    const double length = std::hypot(to.x - from.x, to.y - from.y);
    const int steps = std::max(1, int(std::ceil(length / spacing)));
    cv::Rect changed;
    for (int i = 1; i <= steps; ++i) {
        const double t = double(i) / steps;
        const cv::Point2d centre = from + (to - from) * t;
        const cv::Rect dab = stampDisc(mask, centre, radius, action, imageSize, gate, growthMargin);
        changed = changed.empty() ? dab : (dab.empty() ? changed : changed | dab);
    }
    return changed;
}

} // namespace concord
