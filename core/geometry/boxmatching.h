// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/annotation.h"

#include <optional>
#include <vector>

namespace concord {

// Intersection over union of two rectangles; 0 when either has no area or a non-finite field.
double boxIoU(const ImageRect &a, const ImageRect &b);

// One pair of boxes judged to mark the same finding.
struct BoxMatch
{
    int indexA = -1; // into reader A's boxes
    int indexB = -1; // into reader B's boxes
    double iou = 0;
    bool sameLabel = false;
};

// How two readers' boxes on one item correspond, taking reader A as the reference:
// recall = matched / |A|, precision = matched / |B|, F1 = 2 matched / (|A| + |B|).
// Matching ignores labels (localisation first); labelAgreement is then the share of matched
// pairs with the same label. Undefined ratios (no boxes on the relevant side, no matches) are
// empty, never NaN; two readers with no boxes at all leave every ratio empty.
struct BoxMatching
{
    double threshold = 0.5;
    std::vector<BoxMatch> matches; // ordered by indexA
    std::vector<int> unmatchedA;   // ascending
    std::vector<int> unmatchedB;   // ascending
    std::optional<double> precision;
    std::optional<double> recall;
    std::optional<double> f1;
    std::optional<double> meanIoU;
    std::optional<double> labelAgreement;
};

// The one-to-one matching that maximises the total IoU over pairs with IoU >= threshold (and
// > 0), found exactly with the Hungarian algorithm: unlike greedy highest-IoU-first matching, it
// never loses a pair because a neighbour took its partner.
BoxMatching matchBoxes(const std::vector<BoxAnnotation> &a, const std::vector<BoxAnnotation> &b,
                       double threshold = 0.5);

// The pairs the same matching finds when a box may only match a box of its own label: pairs of
// different labels weigh 0, so the one assignment over all boxes is the best assignment within
// each label at once. For per-item agreement and gold scores (docs/quality.md), which run for
// every item of a project and so copy no boxes.
struct SameLabelMatches
{
    int matched = 0;
    double iouSum = 0; // over the matched pairs
};
SameLabelMatches matchWithinLabels(const std::vector<BoxAnnotation> &a,
                                   const std::vector<BoxAnnotation> &b, double threshold = 0.5);

} // namespace concord
