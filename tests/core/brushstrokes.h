// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Brush strokes as a mask tool makes them, for tests and benchmarks: round dabs painted into a
// copy of an instance grown to hold them, and the dirty rectangle the dabs cover.
#include "core/model/binarymask.h"

#include <opencv2/imgproc.hpp>

#include <cmath>
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

namespace concord::testing {

// Stroke number `k` of a reproducible painting session (the mask crash test's child makes
// them, the test recomputes them): mostly short brush and eraser strokes of radius 12, and
// every fourth a long scribble of radius-2 dabs whose runs are too long for a journal line.
struct ScriptedStroke
{
    std::vector<cv::Point> centres;
    int radius = 12;
    uchar value = 1;
};

inline ScriptedStroke scriptedStroke(int k)
{
    ScriptedStroke stroke;
    stroke.value = k % 3 == 2 ? 0 : 1;
    if (k % 4 == 3) {
        stroke.radius = 2;
        for (int i = 0; i < 300; ++i)
            stroke.centres.push_back({100 + 3 * i, 400 + int(150 * std::sin(i * 0.3 + k))});
    } else {
        for (int i = 0; i < 20; ++i)
            stroke.centres.push_back(
                {200 + 5 * i + (k % 7) * 3, 200 + int(30 * std::sin(i * 0.2 + k))});
    }
    return stroke;
}

// The instance a scripted session starts from, then the result of strokes 0..lastStroke.
inline BinaryMask scriptedMask(int lastStroke)
{
    cv::Rect dirty;
    BinaryMask mask = paintDabs({}, {{200, 200}}, 10, 1, &dirty);
    for (int k = 0; k <= lastStroke; ++k) {
        const ScriptedStroke stroke = scriptedStroke(k);
        mask = paintDabs(mask, stroke.centres, stroke.radius, stroke.value, &dirty);
    }
    return mask;
}

} // namespace concord::testing
