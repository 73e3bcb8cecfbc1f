// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/geometry/overlapmetrics.h"

#include "core/geometry/distancetransform.h"
#include "core/util/translation.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <limits>

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

// d(a, B) for every boundary pixel a of A and d(b, A) for every b of B, from distance buffers
// over the rectangle holding both. The nearest boundary pixel of either mask lies within that
// union of bounds, so the distances are exact.
std::vector<double> denseBoundaryDistances(const BinaryMask &ta, const BinaryMask &tb,
                                           const PixelSpacing &spacing, SurfaceDistance &counts)
{
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
                ++counts.boundaryPixelsA;
            }
            if (inB[c]) {
                distances.push_back(
                    std::sqrt(squaredDistanceAt(columnToA, r, c, spacing.columnMm)));
                ++counts.boundaryPixelsB;
            }
        }
    }
    return distances;
}

// A mask's boundary pixels by image row, for nearest-pixel queries that never touch the space
// between two outlines.
class BoundaryRows
{
public:
    explicit BoundaryRows(const BinaryMask &mask)
    {
        const BinaryMask boundary = maskBoundary(mask);
        for (int r = 0; r < boundary.pixels.rows; ++r) {
            const uchar *row = boundary.pixels.ptr<uchar>(r);
            std::vector<int> columns;
            for (int c = 0; c < boundary.pixels.cols; ++c)
                if (row[c])
                    columns.push_back(boundary.bounds.x + c);
            if (!columns.empty()) {
                m_rows.push_back(boundary.bounds.y + r);
                m_columns.push_back(std::move(columns));
            }
        }
    }

    template <typename Visit> void forEachPixel(Visit visit) const
    {
        for (size_t i = 0; i < m_rows.size(); ++i)
            for (int column : m_columns[i])
                visit(m_rows[i], column);
    }

    // The squared distance from (row, column) to the nearest boundary pixel, computed as the
    // dense way does (rowMm² dr² + columnMm² dc²), so both ways agree to the last bit. Rows are
    // scanned outward and the scan stops once the row offset alone is no closer.
    double squaredDistanceFrom(int row, int column, const PixelSpacing &spacing) const
    {
        const double rowWeight = spacing.rowMm * spacing.rowMm;
        const double columnWeight = spacing.columnMm * spacing.columnMm;
        double best = std::numeric_limits<double>::infinity();
        auto visitRow = [&](size_t index) {
            const int dr = m_rows[index] - row;
            const double rowPart = rowWeight * double(dr) * dr;
            if (rowPart >= best)
                return false;
            const std::vector<int> &columns = m_columns[index];
            const auto next = std::lower_bound(columns.begin(), columns.end(), column);
            if (next != columns.end()) {
                const int dc = *next - column;
                best = std::min(best, rowPart + columnWeight * double(dc) * dc);
            }
            if (next != columns.begin()) {
                const int dc = column - *std::prev(next);
                best = std::min(best, rowPart + columnWeight * double(dc) * dc);
            }
            return true;
        };
        const size_t first =
            size_t(std::lower_bound(m_rows.begin(), m_rows.end(), row) - m_rows.begin());
        for (size_t index = first; index < m_rows.size() && visitRow(index); ++index) {
        }
        for (size_t index = first; index > 0 && visitRow(index - 1); --index) {
        }
        return best;
    }

private:
    std::vector<int> m_rows;                 // ascending
    std::vector<std::vector<int>> m_columns; // per row, ascending
};

std::vector<double> sparseBoundaryDistances(const BinaryMask &ta, const BinaryMask &tb,
                                            const PixelSpacing &spacing, SurfaceDistance &counts)
{
    const BoundaryRows rowsA(ta), rowsB(tb);
    std::vector<double> distances;
    rowsA.forEachPixel([&](int row, int column) {
        distances.push_back(std::sqrt(rowsB.squaredDistanceFrom(row, column, spacing)));
        ++counts.boundaryPixelsA;
    });
    rowsB.forEachPixel([&](int row, int column) {
        distances.push_back(std::sqrt(rowsA.squaredDistanceFrom(row, column, spacing)));
        ++counts.boundaryPixelsB;
    });
    return distances;
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
    const cv::Rect region = a.bounds | b.bounds;
    return surfaceDistance(a, b, spacing,
                           qint64(region.width) * region.height <= DenseSurfaceDistancePixels
                               ? SurfaceDistanceMethod::Dense
                               : SurfaceDistanceMethod::BoundaryRows);
}

SurfaceDistance surfaceDistance(const BinaryMask &a, const BinaryMask &b,
                                const PixelSpacing &spacing, SurfaceDistanceMethod method)
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
    std::vector<double> distances = method == SurfaceDistanceMethod::Dense
                                        ? denseBoundaryDistances(ta, tb, spacing, result)
                                        : sparseBoundaryDistances(ta, tb, spacing, result);
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
