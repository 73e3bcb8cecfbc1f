// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/project/polygonmask.h"

#include "core/geometry/polygonraster.h"

namespace concord {

BinaryMask polygonMask(const PolygonAnnotation &polygon, cv::Size imageSize)
{
    Polygon shape;
    shape.reserve(polygon.vertices.size());
    for (const ImagePoint &vertex : polygon.vertices)
        shape.emplace_back(vertex.x, vertex.y);
    return rasterizePolygon(shape, imageSize);
}

} // namespace concord
