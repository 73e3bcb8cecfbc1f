// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/agreement/projectratings.h"

#include <optional>
#include <vector>

namespace concord {

// Two readers' masks of one label on one item: the union of each reader's mask instances of
// that label (after the taxonomy-depth mapping), compared by core/geometry/overlapmetrics.h.
struct MaskComparison
{
    QString itemId;
    int labelId = 0;
    double dice = 0;       // 0 when only one reader drew the label
    double iou = 0;
    qint64 areaA = 0;      // pixels
    qint64 areaB = 0;
    std::optional<double> hausdorff95; // pixels; empty when either mask is empty
};

// Mask agreement of one pair of readers over the items both read (each drew a mask or box
// there, or marked it done): one comparison per item and label that either reader drew, and
// their means. Hausdorff distances are in pixels: the project does not record pixel spacing per
// item yet (mm belong here once it does). Means over no comparisons are empty, never NaN.
struct ReaderPairMaskAgreement
{
    QString readerA;
    QString readerB;
    std::vector<MaskComparison> comparisons; // in item order, then label id
    std::optional<double> meanDice;
    std::optional<double> meanIoU;
    std::optional<double> meanHausdorff95; // over comparisons where both drew the label
};

// Every pair of readers with at least one mask after the selection (label set, depth, version,
// sessions, time window on each mask's last change, readers, done status), in reader order.
// Polygons are not compared yet; they would be rasterised (core/geometry/polygonraster.h) and
// joined to the masks of their label.
std::vector<ReaderPairMaskAgreement> pairwiseMaskAgreement(const Project &project,
                                                           const ItemList &items,
                                                           const AnnotationStore &store,
                                                           const ProjectRatingSelection &selection);

} // namespace concord
