// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/geometry/overlapmetrics.h"

#include "core/geometry/distancetransform.h"
#include "core/util/translation.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace concord {

namespace {

bool validSpacing(const PixelSpacing &spacing)
{
    return std::isfinite(spacing.rowMm) && std::isfinite(spacing.columnMm) && spacing.rowMm > 0 &&
           spacing.columnMm > 0;
}

// The mask's boundary pixels laid into `region` (which must contain the mask's content).
cv::Mat1b boundaryIn(const BinaryMask &mask, const cv::Rect &region)
{
    cv::Mat1b out(region.size(), uchar(0));
    const BinaryMask boundary = maskBoundary(mask);
    pasteMask(BinaryMask{boundary.bounds - region.tl(), boundary.pixels}, out, 1);
    return out;
}

} // namespace

MaskOverlap maskOverlap(const BinaryMask &a, const BinaryMask &b)
{
    MaskOverlap result;
    result.areaA = maskArea(a);
    result.areaB = maskArea(b);
    result.intersection = intersectionArea(a, b);
    if (result.areaA + result.areaB == 0) {
        result.bothEmpty = true;
        result.dice = 1.0;
        result.iou = 1.0;
        return result;
    }
    const double sum = double(result.areaA + result.areaB);
    result.dice = 2.0 * double(result.intersection) / sum;
    result.iou = double(result.intersection) / (sum - double(result.intersection));
    return result;
}

BinaryMask maskBoundary(const BinaryMask &mask)
{
    const BinaryMask tight = cropToContent(mask);
    if (tight.bounds.empty())
        return {};
    const cv::Mat1b &p = tight.pixels;
    BinaryMask boundary{tight.bounds, cv::Mat1b(p.size(), uchar(0))};
    const int rows = p.rows, cols = p.cols;
    for (int r = 0; r < rows; ++r) {
        const uchar *row = p.ptr<uchar>(r);
        const uchar *up = r > 0 ? p.ptr<uchar>(r - 1) : nullptr;
        const uchar *down = r + 1 < rows ? p.ptr<uchar>(r + 1) : nullptr;
        uchar *out = boundary.pixels.ptr<uchar>(r);
        for (int c = 0; c < cols; ++c) {
            if (!row[c])
                continue;
            const bool interior =
                up && up[c] && down && down[c] && c > 0 && row[c - 1] && c + 1 < cols && row[c + 1];
            out[c] = uchar(!interior);
        }
    }
    return boundary;
}

SurfaceDistance surfaceDistance(const BinaryMask &a, const BinaryMask &b,
                                const PixelSpacing &spacing)
{
    SurfaceDistance result;
    if (!validSpacing(spacing)) {
        result.warnings << concord::tr(
            "The pixel spacing is not positive; distances are undefined.");
        return result;
    }
    const BinaryMask ta = cropToContent(a), tb = cropToContent(b);
    if (ta.bounds.empty() || tb.bounds.empty()) {
        result.warnings << concord::tr("A mask is empty; boundary distances are undefined.");
        return result;
    }
    // The nearest boundary pixel of either mask lies within the union of their bounds, so
    // distances computed over that rectangle are exact: no full-image buffers.
    const cv::Rect region = ta.bounds | tb.bounds;
    const cv::Mat1b boundaryA = boundaryIn(ta, region);
    const cv::Mat1b boundaryB = boundaryIn(tb, region);
    // Only boundary pixels are queried, and they are mostly near the other boundary: the
    // column pass plus an outward row scan per query beats the full transform several times.
    const cv::Mat1d columnToB = squaredColumnDistance(boundaryB, spacing.rowMm);
    const cv::Mat1d columnToA = squaredColumnDistance(boundaryA, spacing.rowMm);

    std::vector<double> distances;
    for (int r = 0; r < region.height; ++r) {
        const uchar *inA = boundaryA.ptr<uchar>(r);
        const uchar *inB = boundaryB.ptr<uchar>(r);
        for (int c = 0; c < region.width; ++c) {
            if (inA[c]) {
                distances.push_back(
                    std::sqrt(squaredDistanceAt(columnToB, r, c, spacing.columnMm)));
                ++result.boundaryPixelsA;
            }
            if (inB[c]) {
                distances.push_back(
                    std::sqrt(squaredDistanceAt(columnToA, r, c, spacing.columnMm)));
                ++result.boundaryPixelsB;
            }
        }
    }
    std::sort(distances.begin(), distances.end());
    double sum = 0;
    for (double d : distances)
        sum += d;
    result.hausdorff = distances.back();
    result.hausdorff95 = percentileOfSorted(distances, 95.0);
    result.averageSurface = sum / double(distances.size());
    return result;
}

std::optional<double> maskAreaMm2(const BinaryMask &mask, const PixelSpacing &spacing)
{
    if (!validSpacing(spacing))
        return std::nullopt;
    return double(maskArea(mask)) * spacing.rowMm * spacing.columnMm;
}

double percentileOfSorted(const std::vector<double> &sorted, double p)
{
    if (sorted.empty())
        return 0;
    const double rank = std::clamp(p, 0.0, 100.0) / 100.0 * double(sorted.size() - 1);
    const size_t low = size_t(std::floor(rank));
    const size_t high = std::min(low + 1, sorted.size() - 1);
    const double fraction = rank - double(low);
    return sorted[low] + fraction * (sorted[high] - sorted[low]);
}

} // namespace concord
