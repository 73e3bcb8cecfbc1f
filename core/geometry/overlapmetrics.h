// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/imaging/image.h"
#include "core/model/binarymask.h"

#include <QStringList>

#include <optional>

namespace concord {

// Overlap of two masks of the same image.
// Dice = 2 |A ∩ B| / (|A| + |B|), IoU (Jaccard) = |A ∩ B| / |A ∪ B|. When both masks are empty
// the readers agree that there is nothing, so both are 1.0 and `bothEmpty` is set; reports
// should show that case apart (it says nothing about delineation). Never NaN.
struct MaskOverlap
{
    double dice = 0;
    double iou = 0;
    qint64 areaA = 0; // pixels
    qint64 areaB = 0;
    qint64 intersection = 0;
    bool bothEmpty = false;
};

MaskOverlap maskOverlap(const BinaryMask &a, const BinaryMask &b);

// Boundary distances between two masks, in mm (or pixels with unit spacing).
// The boundary of a mask is its set pixels with at least one unset 4-neighbour (pixels beyond
// the image count as unset), as MedPy's binary_erosion-based surface extraction. Distances run
// between pixel centres, exactly, with rows spacing.rowMm apart and columns spacing.columnMm
// apart. With d(a, B) the distance from boundary pixel a to the nearest boundary pixel of B:
//  - hausdorff = max(max_a d(a, B), max_b d(b, A));
//  - hausdorff95 = the 95th percentile (linear interpolation, numpy's default) of the union of
//    both directed sets {d(a, B)} ∪ {d(b, A)}: MedPy's hd95. MONAI instead takes the larger of
//    the two directed percentiles, which can be higher;
//  - averageSurface = the mean of that union (MedPy's assd averages the two directed means
//    instead; the two agree when both boundaries have the same number of pixels).
// All values are empty, with a warning, when either mask is empty or the spacing is not
// positive; they are never NaN.
struct SurfaceDistance
{
    std::optional<double> hausdorff;
    std::optional<double> hausdorff95;
    std::optional<double> averageSurface;
    qint64 boundaryPixelsA = 0;
    qint64 boundaryPixelsB = 0;
    QStringList warnings;
};

SurfaceDistance surfaceDistance(const BinaryMask &a, const BinaryMask &b,
                                const PixelSpacing &spacing);

// How surfaceDistance() finds nearest boundary pixels; both give bit-identical figures.
//  - Dense: distance buffers over the rectangle holding both masks. Fastest, but that rectangle
//    can span a gigapixel slide when two small outlines lie at opposite corners.
//  - BoundaryRows: only the boundary pixels, indexed by row; memory follows the outlines.
// surfaceDistance() takes Dense up to DenseSurfaceDistancePixels and BoundaryRows beyond.
enum class SurfaceDistanceMethod { Dense, BoundaryRows };
inline constexpr qint64 DenseSurfaceDistancePixels = qint64(16) * 1024 * 1024;
SurfaceDistance surfaceDistance(const BinaryMask &a, const BinaryMask &b,
                                const PixelSpacing &spacing, SurfaceDistanceMethod method);

// The boundary pixels of a mask (definition above), as a mask with the same bounds.
BinaryMask maskBoundary(const BinaryMask &mask);

// Area in mm²: pixels times rowMm times columnMm; empty when the spacing is not positive.
std::optional<double> maskAreaMm2(const BinaryMask &mask, const PixelSpacing &spacing);

// The p-th percentile (0..100) of sorted values by linear interpolation between closest ranks
// (numpy's default, R type 7). `sorted` must not be empty.
double percentileOfSorted(const std::vector<double> &sorted, double p);

} // namespace concord
