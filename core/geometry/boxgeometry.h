// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/annotation.h"

#include <vector>

namespace concord {

// The parts of a box a pointer can grab.
enum class BoxHandle {
    None,
    Inside,
    TopLeft,
    Top,
    TopRight,
    Right,
    BottomRight,
    Bottom,
    BottomLeft,
    Left
};

// Which part of `rect` the point (x, y) grabs. `tolerance` is the grab distance in image
// pixels (the caller converts a fixed screen distance, so handles feel the same at any zoom).
// Corners win over edges, edges over the inside.
BoxHandle hitTestBox(const ImageRect &rect, double x, double y, double tolerance);

// The rectangle after dragging `handle` by (dx, dy). Dragging an edge past the opposite one
// flips the box instead of giving it a negative size; the result is clamped to the image.
ImageRect dragBoxHandle(const ImageRect &rect, BoxHandle handle, double dx, double dy,
                        double imageWidth, double imageHeight);

// The rectangle spanned by two corner points, clamped to the image.
ImageRect rectFromCorners(double x0, double y0, double x1, double y1, double imageWidth,
                          double imageHeight);

// The topmost box under the point: the smallest one that contains it, so a box drawn inside
// another stays reachable. Returns an index into `boxes`, or -1.
int boxAt(const std::vector<BoxAnnotation> &boxes, double x, double y, double tolerance);

} // namespace concord
