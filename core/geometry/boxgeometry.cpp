// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/geometry/boxgeometry.h"

#include <algorithm>
#include <cmath>

namespace concord {

BoxHandle hitTestBox(const ImageRect &rect, double x, double y, double tolerance)
{
    const bool nearLeft = std::abs(x - rect.x) <= tolerance;
    const bool nearRight = std::abs(x - rect.right()) <= tolerance;
    const bool nearTop = std::abs(y - rect.y) <= tolerance;
    const bool nearBottom = std::abs(y - rect.bottom()) <= tolerance;
    const bool withinX = x >= rect.x - tolerance && x <= rect.right() + tolerance;
    const bool withinY = y >= rect.y - tolerance && y <= rect.bottom() + tolerance;
    if (!withinX || !withinY)
        return BoxHandle::None;
    if (nearTop && nearLeft)
        return BoxHandle::TopLeft;
    if (nearTop && nearRight)
        return BoxHandle::TopRight;
    if (nearBottom && nearRight)
        return BoxHandle::BottomRight;
    if (nearBottom && nearLeft)
        return BoxHandle::BottomLeft;
    if (nearTop)
        return BoxHandle::Top;
    if (nearBottom)
        return BoxHandle::Bottom;
    if (nearLeft)
        return BoxHandle::Left;
    if (nearRight)
        return BoxHandle::Right;
    return BoxHandle::Inside;
}

ImageRect rectFromCorners(double x0, double y0, double x1, double y1, double imageWidth,
                          double imageHeight)
{
    const ImageRect rect{std::min(x0, x1), std::min(y0, y1), std::abs(x1 - x0), std::abs(y1 - y0)};
    return rect.clampedTo(imageWidth, imageHeight);
}

ImageRect dragBoxHandle(const ImageRect &rect, BoxHandle handle, double dx, double dy,
                        double imageWidth, double imageHeight)
{
    double left = rect.x;
    double top = rect.y;
    double right = rect.right();
    double bottom = rect.bottom();
    if (handle == BoxHandle::None)
        return rect;
    if (handle == BoxHandle::Inside) {
        // Moving keeps the size: clamp the offset, not the corners.
        const double mx = std::clamp(dx, -left, imageWidth - right);
        const double my = std::clamp(dy, -top, imageHeight - bottom);
        return {left + mx, top + my, rect.width, rect.height};
    }
    // A corner handle moves its two edges, a side handle its one.
    const auto movesEdge = [handle](BoxHandle corner1, BoxHandle side, BoxHandle corner2) {
        return handle == corner1 || handle == side || handle == corner2;
    };
    if (movesEdge(BoxHandle::TopLeft, BoxHandle::Left, BoxHandle::BottomLeft))
        left += dx;
    if (movesEdge(BoxHandle::TopRight, BoxHandle::Right, BoxHandle::BottomRight))
        right += dx;
    if (movesEdge(BoxHandle::TopLeft, BoxHandle::Top, BoxHandle::TopRight))
        top += dy;
    if (movesEdge(BoxHandle::BottomLeft, BoxHandle::Bottom, BoxHandle::BottomRight))
        bottom += dy;
    return rectFromCorners(left, top, right, bottom, imageWidth, imageHeight);
}

int boxAt(const std::vector<BoxAnnotation> &boxes, double x, double y, double tolerance)
{
    int best = -1;
    double bestArea = 0;
    for (int i = 0; i < int(boxes.size()); ++i) {
        const ImageRect &r = boxes[size_t(i)].rect;
        if (hitTestBox(r, x, y, tolerance) == BoxHandle::None)
            continue;
        const double area = r.width * r.height;
        if (best < 0 || area < bestArea) {
            best = i;
            bestArea = area;
        }
    }
    return best;
}

} // namespace concord
