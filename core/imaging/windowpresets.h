// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/imaging/image.h"
#include "core/imaging/windowlevel.h"

#include <vector>

namespace concord {

struct NamedWindow
{
    QString name;
    WindowLevel window;
};

// The windows a reader can pick for an image, in menu order: those the header suggests (with
// the header's VOI LUT Function), the project's own (`saved`), the full range of stored
// values, and an automatic one from the 0.5th-99.5th percentiles of `sample` (a coarse pyramid
// level is plenty).
std::vector<NamedWindow> windowChoices(const ImageMetadata &metadata, const cv::Mat &sample,
                                       const std::vector<WindowPreset> &saved = {});

// The window an image opens with: the header's first, else the full range for 8-bit images
// (shown as stored), else the automatic window, because 12- and 16-bit images without a
// header window look black or flat at full range.
WindowLevel initialWindow(const ImageMetadata &metadata, const cv::Mat &sample);

} // namespace concord
