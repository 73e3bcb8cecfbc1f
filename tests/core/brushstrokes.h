// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Brush strokes as a mask tool makes them, for tests and benchmarks: round dabs painted into a
// copy of an instance grown to hold them, and the dirty rectangle the dabs cover.
#include "core/geometry/binarymask.h"

#include <opencv2/imgproc.hpp>

#include <vector>

namespace concord::testing {

// `value` 1 paints (brush), 0 erases (eraser).
inline BinaryMask paintDabs(const BinaryMask &before, const std::vector<cv::Point> &centres,
                            int radius, uchar value, cv::Rect *dirty)
{
    cv::Rect stroke;
    for (const cv::Point &c : centres) {
        const cv::Rect dab(c.x - radius, c.y - radius, 2 * radius + 1, 2 * radius + 1);
        stroke = stroke.empty() ? dab : (stroke | dab);
    }
    const cv::Rect bounds = before.bounds.empty() ? stroke : (before.bounds | stroke);
    cv::Mat1b pixels(bounds.size(), uchar(0));
    if (!before.bounds.empty())
        before.pixels.copyTo(pixels(before.bounds - bounds.tl()));
    for (const cv::Point &c : centres)
        cv::circle(pixels, c - bounds.tl(), radius, value, cv::FILLED);
    *dirty = stroke;
    return BinaryMask{bounds, pixels};
}

} // namespace concord::testing
