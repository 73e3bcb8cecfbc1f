// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/geometry/measurement.h"

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

} // namespace concord
