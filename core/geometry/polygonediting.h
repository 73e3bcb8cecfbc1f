// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/geometry/polygonraster.h"

#include <optional>

namespace concord {

// Hit tests for editing a polygon's vertices; distances in image pixels.

// The index of the vertex nearest to `point` within `tolerance`, or -1.
int vertexAt(const Polygon &polygon, cv::Point2d point, double tolerance);

// Where a click lands on an edge: the edge from vertex `index` to the next one, and the
// nearest point on it (where a vertex would be inserted, at position index + 1).
struct EdgeHit
{
    int index = -1;
    cv::Point2d point;
};
// The nearest edge of the closed polygon within `tolerance` of `point`, if any.
std::optional<EdgeHit> edgeAt(const Polygon &polygon, cv::Point2d point, double tolerance);

// Even-odd inside test at a point (not a pixel centre).
bool polygonContains(const Polygon &polygon, cv::Point2d point);

} // namespace concord
