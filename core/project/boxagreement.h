// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/project/projectratings.h"

#include <optional>
#include <vector>

namespace concord {

// How well two readers' boxes agree over the items both read: the per-item optimal one-to-one
// matching of core/geometry/boxmatching.h (IoU >= threshold), pooled over items. Reader A is
// the reference: recall = matched / A's boxes, precision = matched / B's boxes,
// F1 = 2·matched / (A's + B's boxes), mean IoU over the matched pairs, and label agreement = the
// share of matched pairs with the same label (after the taxonomy-depth mapping). Undefined
// ratios are empty, never NaN.
struct ReaderPairBoxAgreement
{
    QString readerA;
    QString readerB;
    qint32 items = 0; // items both read (each drew a box on it or marked it done)
    qint64 boxesA = 0;
    qint64 boxesB = 0;
    qint64 matched = 0;
    qint64 sameLabel = 0;
    std::optional<double> precision;
    std::optional<double> recall;
    std::optional<double> f1;
    std::optional<double> meanIoU;
    std::optional<double> labelAgreement;
};

// Box agreement of every pair of readers, in reader order (A before B). The selection means
// what it means for rating tables: label set (with descendants), taxonomy depth, guideline
// version, sessions and time window (on each box's last change), readers and done status.
// Readers are candidateCoders() restricted to those with at least one box after filtering.
// Masks are compared the same way in maskagreement.h.
std::vector<ReaderPairBoxAgreement>
pairwiseBoxAgreement(const Project &project, const ItemList &items, const AnnotationStore &store,
                     const ProjectRatingSelection &selection, double iouThreshold = 0.5);

} // namespace concord
