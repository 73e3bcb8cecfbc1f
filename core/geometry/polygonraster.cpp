// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/geometry/polygonraster.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace concord {

namespace {

struct Edge
{
    // The crossing x is computed exactly as PNPOLY does, from (xa, ya) towards (xb, yb), so the
    // scanline fill and a per-pixel point-in-polygon test agree bit for bit.
    double xa, ya, xb, yb;
    int firstRow; // first row whose centre line the edge crosses
    int endRow;   // one past the last such row
    int winding;  // +1 downwards, -1 upwards
};

struct Crossing
{
    double x;
    int winding;
    bool operator<(const Crossing &o) const { return x < o.x; }
};

int clampToInt(double value, int low, int high)
{
    if (!(value > low)) // also catches NaN
        return low;
    if (value > high)
        return high;
    return int(value);
}

// The first pixel index i whose centre i + 0.5 is >= x. The correction loops make the result
// exact even where x - 0.5 rounds.
int firstCentreAtOrAfter(double x, int low, int high)
{
    int i = clampToInt(std::ceil(x - 0.5), low, high);
    while (i > low && i - 1 + 0.5 >= x)
        --i;
    while (i < high && i + 0.5 < x)
        ++i;
    return i;
}

// Beyond this, edge arithmetic could overflow to infinity and NaN crossings would break the
// sort; no real annotation is a billion pixels away.
constexpr double CoordinateLimit = 1e9;

bool usable(const cv::Point2d &p)
{
    return std::abs(p.x) <= CoordinateLimit && std::abs(p.y) <= CoordinateLimit; // false for NaN
}

} // namespace

BinaryMask rasterizePolygons(const std::vector<Polygon> &rings, cv::Size imageSize, FillRule rule)
{
    const int width = std::max(0, imageSize.width);
    const int height = std::max(0, imageSize.height);
    std::vector<Edge> edges;
    double minX = HUGE_VAL, maxX = -HUGE_VAL;
    for (const Polygon &ring : rings) {
        if (ring.size() < 3 || !std::all_of(ring.begin(), ring.end(), usable))
            continue;
        for (size_t k = 0; k < ring.size(); ++k) {
            const cv::Point2d &a = ring[k];
            const cv::Point2d &b = ring[k == 0 ? ring.size() - 1 : k - 1];
            minX = std::min(minX, a.x);
            maxX = std::max(maxX, a.x);
            if (a.y == b.y)
                continue; // horizontal edges never cross a centre line under the half-open rule
            const double low = std::min(a.y, b.y), high = std::max(a.y, b.y);
            Edge e{a.x,
                   a.y,
                   b.x,
                   b.y,
                   firstCentreAtOrAfter(low, 0, height),
                   firstCentreAtOrAfter(high, 0, height),
                   a.y > b.y ? 1 : -1};
            if (e.firstRow < e.endRow)
                edges.push_back(e);
        }
    }
    if (edges.empty() || width == 0)
        return {};
    std::sort(edges.begin(), edges.end(),
              [](const Edge &l, const Edge &r) { return l.firstRow < r.firstRow; });
    int rowBegin = edges.front().firstRow, rowEnd = 0;
    for (const Edge &e : edges)
        rowEnd = std::max(rowEnd, e.endRow);
    const int colBegin = firstCentreAtOrAfter(minX, 0, width);
    const int colEnd = firstCentreAtOrAfter(maxX, 0, width);
    if (colBegin >= colEnd)
        return {};

    // Spans first, pixels second: the crop is then allocated tight, with no content scan.
    struct Span
    {
        int row, begin, end;
    };
    std::vector<Span> spans;
    int spanLeft = colEnd, spanRight = colBegin;
    std::vector<const Edge *> active;
    std::vector<Crossing> crossings;
    size_t next = 0;
    for (int row = rowBegin; row < rowEnd; ++row) {
        while (next < edges.size() && edges[next].firstRow <= row)
            active.push_back(&edges[next++]);
        active.erase(std::remove_if(active.begin(), active.end(),
                                    [row](const Edge *e) { return e->endRow <= row; }),
                     active.end());
        const double y = row + 0.5;
        crossings.clear();
        for (const Edge *e : active)
            crossings.push_back(
                {(e->xb - e->xa) * (y - e->ya) / (e->yb - e->ya) + e->xa, e->winding});
        std::sort(crossings.begin(), crossings.end());
        // A centre x is inside when the crossings at or left of it say so; a span [x0, x1)
        // therefore covers the pixels with x0 <= i + 0.5 < x1.
        auto addSpan = [&](double x0, double x1) {
            const int c0 = firstCentreAtOrAfter(x0, colBegin, colEnd);
            const int c1 = firstCentreAtOrAfter(x1, colBegin, colEnd);
            if (c0 < c1) {
                spans.push_back({row, c0, c1});
                spanLeft = std::min(spanLeft, c0);
                spanRight = std::max(spanRight, c1);
            }
        };
        if (rule == FillRule::EvenOdd) {
            for (size_t k = 0; k + 1 < crossings.size(); k += 2)
                addSpan(crossings[k].x, crossings[k + 1].x);
        } else {
            int winding = 0;
            double spanStart = 0;
            for (const Crossing &c : crossings) {
                const int before = winding;
                winding += c.winding;
                if (before == 0 && winding != 0)
                    spanStart = c.x;
                else if (before != 0 && winding == 0)
                    addSpan(spanStart, c.x);
            }
        }
    }
    if (spans.empty())
        return {};
    // Spans of one row never overlap (they come from disjoint crossing intervals), and the
    // first and last rows and the extreme columns all hold spans: the bounds are tight.
    const cv::Rect bounds(spanLeft, spans.front().row, spanRight - spanLeft,
                          spans.back().row - spans.front().row + 1);
    BinaryMask mask{bounds, cv::Mat1b(bounds.size(), uchar(0))};
    for (const Span &span : spans)
        std::memset(mask.pixels.ptr<uchar>(span.row - bounds.y) + (span.begin - bounds.x), 1,
                    size_t(span.end - span.begin));
    return mask;
}

BinaryMask rasterizePolygon(const Polygon &polygon, cv::Size imageSize, FillRule rule)
{
    return rasterizePolygons(std::vector<Polygon>{polygon}, imageSize, rule);
}

double polygonSignedArea(const Polygon &polygon)
{
    if (polygon.size() < 3)
        return 0;
    // Summing relative to the first vertex keeps precision for polygons far from the origin.
    const cv::Point2d origin = polygon.front();
    double twice = 0;
    for (size_t k = 1; k + 1 < polygon.size(); ++k) {
        const cv::Point2d a = polygon[k] - origin, b = polygon[k + 1] - origin;
        twice += a.x * b.y - b.x * a.y;
    }
    return twice / 2;
}

double polygonArea(const Polygon &polygon)
{
    return std::abs(polygonSignedArea(polygon));
}

std::vector<Polygon> maskToPolygons(const BinaryMask &mask, double tolerance, bool includeHoles)
{
    const BinaryMask tight = cropToContent(mask);
    if (tight.bounds.empty())
        return {};
    // One pixel of padding so components touching the crop edge are traced all round; then
    // every pixel becomes a 2x2 block, so the traced centres sit a quarter pixel inside the
    // original pixel edges instead of on the boundary pixels' centres.
    // Written directly rather than by copyTo + cv::resize, which took half the time here.
    const int rows = tight.pixels.rows, cols = tight.pixels.cols;
    cv::Mat1b doubled(2 * (rows + 2), 2 * (cols + 2), uchar(0));
    for (int r = 0; r < rows; ++r) {
        const uchar *src = tight.pixels.ptr<uchar>(r);
        uchar *dst = doubled.ptr<uchar>(2 * (r + 1)) + 2;
        for (int c = 0; c < cols; ++c) {
            const quint16 pair = quint16(src[c] * 0x0101);
            std::memcpy(dst + 2 * ptrdiff_t(c), &pair, 2);
        }
        std::memcpy(doubled.ptr<uchar>(2 * (r + 1) + 1) + 2, dst, 2 * size_t(cols));
    }
    // RETR_CCOMP, not RETR_EXTERNAL: an island inside a hole is an outer contour too, and
    // RETR_EXTERNAL would silently drop it.
    std::vector<std::vector<cv::Point>> contours;
    std::vector<cv::Vec4i> hierarchy;
    cv::findContours(doubled, contours, hierarchy, cv::RETR_CCOMP, cv::CHAIN_APPROX_SIMPLE);

    const cv::Point2d origin(tight.bounds.x - 1, tight.bounds.y - 1);
    auto toPolygon = [&](std::vector<cv::Point> &contour) {
        if (tolerance > 0) {
            std::vector<cv::Point> simplified;
            cv::approxPolyDP(contour, simplified, 2 * tolerance, true);
            contour.swap(simplified);
        }
        Polygon polygon;
        polygon.reserve(contour.size());
        for (const cv::Point &p : contour)
            polygon.emplace_back(origin.x + (p.x + 0.5) / 2, origin.y + (p.y + 0.5) / 2);
        return polygon;
    };
    std::vector<Polygon> outers, holes;
    for (size_t k = 0; k < contours.size(); ++k) {
        const bool isHole = hierarchy[k][3] >= 0;
        if (isHole && !includeHoles)
            continue;
        (isHole ? holes : outers).push_back(toPolygon(contours[k]));
    }
    // findContours' order depends on its scan; sort so callers see a stable order.
    auto byFirstVertex = [](const Polygon &l, const Polygon &r) {
        return std::make_pair(l.front().y, l.front().x) < std::make_pair(r.front().y, r.front().x);
    };
    std::sort(outers.begin(), outers.end(), byFirstVertex);
    std::sort(holes.begin(), holes.end(), byFirstVertex);
    outers.insert(outers.end(), holes.begin(), holes.end());
    return outers;
}

} // namespace concord
