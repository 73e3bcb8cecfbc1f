// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/quality/itemagreement.h"

#include "core/geometry/boxmatching.h"
#include "core/geometry/overlapmetrics.h"
#include "core/project/labelpixels.h"

#include <algorithm>
#include <map>
#include <set>

namespace concord {

namespace {

// The mean over every unordered pair of readers of `pairScore(a, b)`.
template <typename PairScore> double meanOverPairs(int readers, PairScore pairScore)
{
    double sum = 0;
    int pairs = 0;
    for (int a = 0; a < readers; ++a) {
        for (int b = a + 1; b < readers; ++b) {
            sum += pairScore(a, b);
            ++pairs;
        }
    }
    return pairs > 0 ? sum / pairs : 1.0;
}

std::optional<double> labelAgreement(const std::vector<const ItemWork *> &readers,
                                     ClassificationMode mode)
{
    std::set<int> given;
    for (const ItemWork *work : readers)
        given.insert(work->classLabels.labelIds.begin(), work->classLabels.labelIds.end());
    if (given.empty())
        return std::nullopt;
    const int n = int(readers.size());
    if (mode == ClassificationMode::SingleLabel) {
        return meanOverPairs(n, [&](int a, int b) {
            return readers[a]->classLabels.labelIds == readers[b]->classLabels.labelIds ? 1.0 : 0.0;
        });
    }
    double sum = 0;
    for (int label : given) {
        auto has = [label](const ItemWork *work) {
            const std::vector<int> &ids = work->classLabels.labelIds;
            return std::binary_search(ids.begin(), ids.end(), label);
        };
        sum += meanOverPairs(
            n, [&](int a, int b) { return has(readers[a]) == has(readers[b]) ? 1.0 : 0.0; });
    }
    return sum / double(given.size());
}

// F1 of two readers' boxes, matched within each label so that a box is never lost to a
// neighbour of another label.
double boxPairF1(const std::vector<BoxAnnotation> &a, const std::vector<BoxAnnotation> &b,
                 double iouThreshold)
{
    if (a.empty() && b.empty())
        return 1.0;
    const int matched = matchWithinLabels(a, b, iouThreshold).matched;
    return 2.0 * double(matched) / double(a.size() + b.size());
}

std::optional<double> boxAgreement(const std::vector<const ItemWork *> &readers,
                                   double iouThreshold)
{
    const bool anyBox = std::any_of(readers.begin(), readers.end(),
                                    [](const ItemWork *work) { return !work->boxes.empty(); });
    if (!anyBox)
        return std::nullopt;
    return meanOverPairs(int(readers.size()), [&](int a, int b) {
        return boxPairF1(readers[a]->boxes, readers[b]->boxes, iouThreshold);
    });
}

std::optional<double> maskAgreement(const std::vector<const ItemWork *> &readers, const Item &item,
                                    MaskMeasure measure)
{
    std::vector<std::map<int, BinaryMask>> pixels;
    std::set<int> drawn;
    for (const ItemWork *work : readers) {
        pixels.push_back(pixelsByLabel(*work, item));
        for (const auto &entry : pixels.back())
            drawn.insert(entry.first);
    }
    if (drawn.empty())
        return std::nullopt;
    double sum = 0;
    for (int label : drawn) {
        sum += meanOverPairs(int(readers.size()), [&](int a, int b) {
            const auto ia = pixels[a].find(label);
            const auto ib = pixels[b].find(label);
            const bool hasA = ia != pixels[a].end();
            const bool hasB = ib != pixels[b].end();
            if (!hasA && !hasB)
                return 1.0;
            if (!hasA || !hasB)
                return 0.0;
            const MaskOverlap overlap = maskOverlap(ia->second, ib->second);
            return measure == MaskMeasure::Dice ? overlap.dice : overlap.iou;
        });
    }
    return sum / double(drawn.size());
}

} // namespace

ItemAgreement itemAgreement(const Item &item, const std::vector<const ItemWork *> &readers,
                            ClassificationMode mode, const QualityPolicy &policy)
{
    ItemAgreement result;
    result.readers = int(readers.size());
    if (readers.size() < 2)
        return result;
    result.labels = labelAgreement(readers, mode);
    result.boxes = boxAgreement(readers, policy.boxIoUThreshold);
    result.masks = maskAgreement(readers, item, policy.maskMeasure);
    double lowest = 1.0;
    for (const std::optional<double> &kind : {result.labels, result.boxes, result.masks}) {
        if (kind)
            lowest = std::min(lowest, *kind);
    }
    result.value = lowest;
    return result;
}

} // namespace concord
