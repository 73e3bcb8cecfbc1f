// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/geometry/polygonediting.h"

#include <algorithm>
#include <cmath>

namespace concord {

int vertexAt(const Polygon &polygon, cv::Point2d point, double tolerance)
{
    int nearest = -1;
    double best = tolerance * tolerance;
    for (size_t i = 0; i < polygon.size(); ++i) {
        const cv::Point2d d = polygon[i] - point;
        const double d2 = d.dot(d);
        if (d2 <= best) {
            best = d2;
            nearest = int(i);
        }
    }
    return nearest;
}

std::optional<EdgeHit> edgeAt(const Polygon &polygon, cv::Point2d point, double tolerance)
{
    std::optional<EdgeHit> nearest;
    double best = tolerance * tolerance;
    for (size_t i = 0; i < polygon.size() && polygon.size() >= 2; ++i) {
        const cv::Point2d a = polygon[i];
        const cv::Point2d b = polygon[(i + 1) % polygon.size()];
        const cv::Point2d ab = b - a;
        const double length2 = ab.dot(ab);
        const double t = length2 > 0 ? std::clamp((point - a).dot(ab) / length2, 0.0, 1.0) : 0.0;
        const cv::Point2d onEdge = a + ab * t;
        const cv::Point2d d = point - onEdge;
        if (d.dot(d) <= best) {
            best = d.dot(d);
            nearest = EdgeHit{int(i), onEdge};
        }
    }
    return nearest;
}

bool polygonContains(const Polygon &polygon, cv::Point2d point)
{
    bool inside = false;
    for (size_t i = 0, j = polygon.size() - 1; i < polygon.size(); j = i++) {
        const cv::Point2d &a = polygon[i];
        const cv::Point2d &b = polygon[j];
        if ((a.y > point.y) != (b.y > point.y) &&
            point.x < (b.x - a.x) * (point.y - a.y) / (b.y - a.y) + a.x)
            inside = !inside;
    }
    return inside;
}

} // namespace concord
