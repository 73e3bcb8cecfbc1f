// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/binarymask.h"

#include <opencv2/core.hpp>

#include <vector>

namespace concord {

// A closed polygon in image pixel coordinates: pixel (i, j) covers [i, i+1) x [j, j+1), so its
// centre is (i + 0.5, j + 0.5). The last vertex connects back to the first.
using Polygon = std::vector<cv::Point2d>;

// How overlapping or self-intersecting rings decide inside.
// EvenOdd: inside when a ray crosses the outline an odd number of times (holes in a ring list,
//          COCO/SVG "evenodd"). NonZero: inside when the winding number is not zero.
enum class FillRule { EvenOdd, NonZero };

// Rasterises polygon rings with the pixel-centre rule: pixel (i, j) is set iff its centre
// (i + 0.5, j + 0.5) is inside. A centre exactly on an edge follows the half-open convention
// (the one of PNPOLY and most scanline fillers): inside on a left or top edge, outside on a
// right or bottom edge. Rectangles [x0, x1) x [y0, y1) thus get exactly the pixels whose centres
// lie in them, and two polygons sharing an edge never share a pixel.
// The result is clipped to [0, w) x [0, h) and cropped to content. Rings with fewer than 3
// vertices, no area, or a coordinate that is not finite or beyond ±1e9 give no pixels.
BinaryMask rasterizePolygons(const std::vector<Polygon> &rings, cv::Size imageSize,
                             FillRule rule = FillRule::EvenOdd);
BinaryMask rasterizePolygon(const Polygon &polygon, cv::Size imageSize,
                            FillRule rule = FillRule::EvenOdd);

// Shoelace area: positive when the vertices run clockwise on screen (y down), i.e.
// counter-clockwise in mathematical axes. polygonArea() is its absolute value.
double polygonSignedArea(const Polygon &polygon);
double polygonArea(const Polygon &polygon);

// The outlines of the mask's connected components (8-connectivity), one polygon each,
// including components that sit inside another's hole. Vertices lie a quarter pixel inside
// the pixel edges (boundary tracing on a 2x upsampled grid), so with tolerance 0 rasterising an
// outline gives back exactly its component's pixels, holes filled. With `includeHoles`, the
// hole outlines (a quarter pixel outside the hole's pixels) follow the outer ones, and
// rasterizePolygons(..., FillRule::EvenOdd) of the whole list gives back the mask exactly.
// `tolerance` (pixels) is the Douglas-Peucker epsilon: no dropped boundary point is farther
// than that from the simplified outline. With 0, only vertices on straight runs are dropped.
// Outer outlines are ordered by their first vertex, top to bottom, then left to right.
std::vector<Polygon> maskToPolygons(const BinaryMask &mask, double tolerance = 0.0,
                                    bool includeHoles = false);

} // namespace concord
