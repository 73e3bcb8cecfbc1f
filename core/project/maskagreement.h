// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/imaging/pixelspacing.h"
#include "core/project/projectratings.h"

#include <optional>
#include <vector>

namespace concord {

// Two readers' masks of one label on one item: the union of each reader's mask instances and
// rasterised polygons of that label (after the taxonomy-depth mapping), compared by
// core/geometry/overlapmetrics.h.
struct MaskComparison
{
    QString itemId;
    int labelId = 0;
    double dice = 0; // 0 when only one reader drew the label
    double iou = 0;
    qint64 areaA = 0; // pixels
    qint64 areaB = 0;
    // In mm, with the item's row and column spacing, when `spacing` is set; in pixels when the
    // item records none (rasters, projects imported before spacing was recorded). Empty when
    // either mask is empty.
    std::optional<double> hausdorff95;
    std::optional<PixelSpacing> spacing;
};

// The mean of one distance over the comparisons that have it in one unit.
struct DistanceMean
{
    std::optional<double> mean; // empty over no comparisons, never NaN
    qint64 comparisons = 0;
};

// Mask agreement of one pair of readers over the items both read (each drew a mask or polygon
// there, or marked it done): one comparison per item and label that either reader drew,
// and their means. Millimetres and pixels are never averaged together: HD95 has one mean over
// the items with pixel spacing and one over those without.
struct ReaderPairMaskAgreement
{
    QString readerA;
    QString readerB;
    std::vector<MaskComparison> comparisons; // in item order, then label id
    std::optional<double> meanDice;
    std::optional<double> meanIoU;
    DistanceMean hausdorff95Mm; // over comparisons where both drew the label, in mm
    DistanceMean hausdorff95Px; // the same, on items without pixel spacing
    QStringList spacingSources; // distinct sources of the mm figures, sorted
};

// Every pair of readers with at least one mask or polygon after the selection (label set,
// depth, version, sessions, time window on each shape's last change, readers, done status), in
// reader order. Polygons are rasterised at the item's size (core/project/polygonmask.h).
std::vector<ReaderPairMaskAgreement> pairwiseMaskAgreement(const Project &project,
                                                           const ItemList &items,
                                                           const AnnotationStore &store,
                                                           const ProjectRatingSelection &selection);

} // namespace concord
