// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <opencv2/core.hpp>

#include <vector>

namespace concord {

// What a synthetic chest radiograph shows, so the demo can pre-label its own findings.
struct SyntheticFinding
{
    enum Kind { Nodule, Consolidation, Effusion, Tube } kind;
    cv::Rect2d box; // in pixels
};

struct SyntheticRadiograph
{
    cv::Mat pixels; // CV_16U with 12 bits stored, or CV_8U
    std::vector<SyntheticFinding> findings;
};

// Draws a chest-radiograph-like image from a seed: soft tissue, lung fields, ribs, spine and a
// few findings. Not anatomy, but it exercises window/level and labeling the way a real film does.
SyntheticRadiograph drawSyntheticRadiograph(int size, unsigned seed, bool sixteenBit,
                                            int minimumFindings = 0);

} // namespace concord
