// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/imaging/image.h"

#include <optional>

namespace concord {

// A length measured on an image: always in pixels, and in millimetres when the image says how
// big its pixels are. `spacingSource` names the attribute used, because Imager Pixel Spacing
// measures at the detector, magnified relative to the patient, and a reader must know which.
struct Distance
{
    double pixels = 0;
    std::optional<double> millimetres;
    QString spacingSource;
};

// The distance between two points in image pixel coordinates. Row and column spacing may
// differ, so the offset is scaled per axis before taking its length.
Distance measureDistance(double x0, double y0, double x1, double y1,
                         const std::optional<PixelSpacing> &spacing);

// How far (px, py) lies from the segment between (x0, y0) and (x1, y1): for picking a ruler.
double distanceToSegment(double px, double py, double x0, double y0, double x1, double y1);

} // namespace concord
