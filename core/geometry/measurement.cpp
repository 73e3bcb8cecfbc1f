// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/geometry/measurement.h"

#include <algorithm>
#include <cmath>

namespace concord {

Distance measureDistance(double x0, double y0, double x1, double y1,
                         const std::optional<PixelSpacing> &spacing)
{
    Distance distance;
    distance.pixels = std::hypot(x1 - x0, y1 - y0);
    if (spacing && spacing->rowMm > 0 && spacing->columnMm > 0) {
        distance.millimetres =
            std::hypot((x1 - x0) * spacing->columnMm, (y1 - y0) * spacing->rowMm);
        distance.spacingSource = spacing->source;
    }
    return distance;
}

double distanceToSegment(double px, double py, double x0, double y0, double x1, double y1)
{
    const double dx = x1 - x0;
    const double dy = y1 - y0;
    const double lengthSquared = dx * dx + dy * dy;
    // The nearest point's position along the segment, 0 at its start and 1 at its end.
    const double t = lengthSquared > 0
                         ? std::clamp(((px - x0) * dx + (py - y0) * dy) / lengthSquared, 0.0, 1.0)
                         : 0.0;
    return std::hypot(px - (x0 + t * dx), py - (y0 + t * dy));
}

} // namespace concord
