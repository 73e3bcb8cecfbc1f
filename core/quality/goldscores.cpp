// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/quality/goldscores.h"

#include "core/geometry/boxmatching.h"
#include "core/project/referencelabels.h"
#include "core/quality/itemagreement.h"

#include <algorithm>

namespace concord {

std::optional<double> goldScoreValue(const GoldReaderResult &labels, const GoldShapeScore &shapes)
{
    std::optional<double> lowest = labels.kappa.value ? labels.kappa.value : labels.accuracy;
    for (const std::optional<double> &kind : {shapes.boxF1, shapes.maskOverlap}) {
        if (kind)
            lowest = lowest ? std::min(*lowest, *kind) : *kind;
    }
    return lowest;
}

namespace {

// Sums behind one reader's GoldShapeScore.
struct ShapeSums
{
    int boxItems = 0, matchedBoxes = 0, maskItems = 0;
    double f1Sum = 0, iouSum = 0, maskSum = 0;

    GoldShapeScore score() const
    {
        GoldShapeScore s;
        s.boxItems = boxItems;
        s.maskItems = maskItems;
        if (boxItems > 0)
            s.boxF1 = f1Sum / boxItems;
        if (matchedBoxes > 0)
            s.boxIoU = iouSum / matchedBoxes;
        if (maskItems > 0)
            s.maskOverlap = maskSum / maskItems;
        return s;
    }
};

} // namespace

GoldScores scoreReadersOnGold(const Project &project, const ItemList &items,
                              const AnnotationStore &store, const QualityPolicy &policy)
{
    // The label scores are gold-test scores over a plan that holds every gold item and every
    // reader who submitted one (but not whoever set its reference).
    CalibrationPlan plan;
    QStringList authorIds;
    std::vector<std::pair<const Item *, ReferenceLabel>> gold;
    const std::vector<const AnnotatorWork *> authors = referenceAuthors(project, store);
    for (const Item &item : items.items()) {
        if (auto reference = latestReferenceLabel(authors, item.id)) {
            plan.itemIds.append(item.id);
            authorIds.append(reference->provenance.annotatorId);
            gold.emplace_back(&item, std::move(*reference));
        }
    }
    for (const auto &[annotatorId, work] : store.allWork()) {
        if (authorIds.contains(annotatorId))
            continue;
        for (const QString &itemId : plan.itemIds) {
            const ItemWork *read = work.item(itemId);
            if (read && read->status() == ItemStatus::Done) {
                plan.participantIds.append(annotatorId);
                break;
            }
        }
    }
    GoldScores scores;
    scores.score = scoreGoldTest(project, store, plan);

    const ItemWork nothing;
    for (const GoldReaderResult &reader : scores.score.comparison.readers) {
        ShapeSums sums;
        const AnnotatorWork *readerWork = store.work(reader.coderName);
        for (const auto &[item, reference] : gold) {
            const ItemWork *read = readerWork ? readerWork->item(item->id) : nullptr;
            if (!read || read->status() != ItemStatus::Done)
                continue;
            const AnnotatorWork *authorWork = store.work(reference.provenance.annotatorId);
            const ItemWork *answer = authorWork ? authorWork->item(item->id) : nullptr;
            const ItemWork &truth = answer ? *answer : nothing;
            const ItemAgreement pair =
                itemAgreement(*item, {read, &truth}, project.classificationMode, policy);
            // A reference without boxes (or without regions) was given as a label answer and
            // says nothing about where the findings are: that kind is not scored there.
            if (pair.boxes && !truth.boxes.empty()) {
                ++sums.boxItems;
                sums.f1Sum += *pair.boxes;
                const SameLabelMatches matches =
                    matchWithinLabels(read->boxes, truth.boxes, policy.boxIoUThreshold);
                sums.matchedBoxes += matches.matched;
                sums.iouSum += matches.iouSum;
            }
            if (pair.masks && !(truth.masks.empty() && truth.polygons.empty())) {
                ++sums.maskItems;
                sums.maskSum += *pair.masks;
            }
        }
        scores.shapes.push_back(sums.score());
        const std::optional<double> value = goldScoreValue(reader, scores.shapes.back());
        if (value && *value < policy.readerScoreThreshold)
            scores.flagged.append(reader.coderName);
    }
    return scores;
}

} // namespace concord
