// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/geometry/boxmatching.h"

#include "core/geometry/hungarianassignment.h"

#include <algorithm>
#include <cmath>

namespace concord {

double boxIoU(const ImageRect &a, const ImageRect &b)
{
    if (a.isEmpty() || b.isEmpty())
        return 0;
    const auto finite = [](const ImageRect &r) {
        return std::isfinite(r.x) && std::isfinite(r.y) && std::isfinite(r.width) &&
               std::isfinite(r.height);
    };
    if (!finite(a) || !finite(b))
        return 0; // a corrupt box matches nothing rather than spreading NaN
    const double w = std::min(a.right(), b.right()) - std::max(a.x, b.x);
    const double h = std::min(a.bottom(), b.bottom()) - std::max(a.y, b.y);
    if (w <= 0 || h <= 0)
        return 0;
    const double intersection = w * h;
    const double unionArea = a.width * a.height + b.width * b.height - intersection;
    return unionArea > 0 ? std::clamp(intersection / unionArea, 0.0, 1.0) : 0;
}

BoxMatching matchBoxes(const std::vector<BoxAnnotation> &a, const std::vector<BoxAnnotation> &b,
                       double threshold)
{
    BoxMatching result;
    result.threshold = threshold;
    const int na = int(a.size()), nb = int(b.size());
    // Pairs below the threshold weigh 0, so they never add to the total and are dropped
    // afterwards; with all weights >= 0 this solves the thresholded problem exactly.
    std::vector<double> weights(size_t(na) * size_t(nb), 0.0);
    for (int i = 0; i < na; ++i) {
        for (int j = 0; j < nb; ++j) {
            const double iou = boxIoU(a[size_t(i)].rect, b[size_t(j)].rect);
            if (iou > 0 && iou >= threshold)
                weights[size_t(i) * size_t(nb) + size_t(j)] = iou;
        }
    }
    const std::vector<int> assigned = maximumWeightAssignment(weights, na, nb);
    std::vector<char> usedB(size_t(nb), 0);
    for (int i = 0; i < na; ++i) {
        const int j = assigned.empty() ? -1 : assigned[size_t(i)];
        const double w = j >= 0 ? weights[size_t(i) * size_t(nb) + size_t(j)] : 0.0;
        if (w > 0) {
            result.matches.push_back({i, j, w, a[size_t(i)].labelId == b[size_t(j)].labelId});
            usedB[size_t(j)] = 1;
        } else {
            result.unmatchedA.push_back(i);
        }
    }
    for (int j = 0; j < nb; ++j)
        if (!usedB[size_t(j)])
            result.unmatchedB.push_back(j);

    const double matched = double(result.matches.size());
    if (nb > 0)
        result.precision = matched / nb;
    if (na > 0)
        result.recall = matched / na;
    if (na + nb > 0)
        result.f1 = 2 * matched / (na + nb);
    if (!result.matches.empty()) {
        double iouSum = 0, same = 0;
        for (const BoxMatch &m : result.matches) {
            iouSum += m.iou;
            same += m.sameLabel ? 1 : 0;
        }
        result.meanIoU = iouSum / matched;
        result.labelAgreement = same / matched;
    }
    return result;
}

SameLabelMatches matchWithinLabels(const std::vector<BoxAnnotation> &a,
                                   const std::vector<BoxAnnotation> &b, double threshold)
{
    const int na = int(a.size()), nb = int(b.size());
    std::vector<double> weights(size_t(na) * size_t(nb), 0.0);
    bool anyPair = false;
    for (int i = 0; i < na; ++i) {
        for (int j = 0; j < nb; ++j) {
            if (a[size_t(i)].labelId != b[size_t(j)].labelId)
                continue;
            const double iou = boxIoU(a[size_t(i)].rect, b[size_t(j)].rect);
            if (iou > 0 && iou >= threshold) {
                weights[size_t(i) * size_t(nb) + size_t(j)] = iou;
                anyPair = true;
            }
        }
    }
    SameLabelMatches result;
    if (!anyPair)
        return result;
    const std::vector<int> assigned = maximumWeightAssignment(weights, na, nb);
    for (int i = 0; i < int(assigned.size()); ++i) {
        const int j = assigned[size_t(i)];
        const double weight = j >= 0 ? weights[size_t(i) * size_t(nb) + size_t(j)] : 0.0;
        if (weight > 0) {
            ++result.matched;
            result.iouSum += weight;
        }
    }
    return result;
}

} // namespace concord
