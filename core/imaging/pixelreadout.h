// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/imaging/image.h"

#include <QString>

#include <opencv2/core.hpp>

namespace concord {

// The value of the pixel at (x, y) of `frame` as a reader wants to see it: the stored value,
// and when a modality transform applies (Rescale Slope/Intercept or a Modality LUT) the
// modality value first, with what it measures: "-1000 HU (stored 24)"; without a transform the
// stored value with its unit when one is known ("-850 HU"). Colour pixels give their samples
// ("12, 200, 7"). Empty outside the frame.
QString pixelReadout(const cv::Mat &frame, const ImageMetadata &metadata, int x, int y);

} // namespace concord
