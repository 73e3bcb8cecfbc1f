// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/annotation.h"
#include "core/model/binarymask.h"

#include <opencv2/core.hpp>

namespace concord {

// The pixels a polygon annotation covers on an image of `imageSize`, by the pixel-centre rule
// of core/geometry/polygonraster.h, cropped to content. A polygon drawn as an outline and a
// mask painted over the same region then compare pixel for pixel.
BinaryMask polygonMask(const PolygonAnnotation &polygon, cv::Size imageSize);

} // namespace concord
