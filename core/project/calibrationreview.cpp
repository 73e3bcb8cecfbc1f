// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/project/calibrationreview.h"

#include "core/agreement/fleisskappa.h"
#include "core/agreement/multiratercoefficients.h"
#include "core/project/projectratings.h"

#include <algorithm>

namespace concord {

double itemDisagreement(const std::map<int, int> &votes, int readers)
{
    if (readers < 2)
        return 0;
    const double pairs = double(readers) * (readers - 1);
    double worst = 0;
    for (const auto &[labelId, present] : votes) {
        const int absent = readers - present;
        const double agreeing = double(present) * (present - 1) + double(absent) * (absent - 1);
        worst = std::max(worst, 1.0 - agreeing / pairs);
    }
    return worst;
}

std::vector<CalibrationItemReview> reviewCalibration(const CalibrationPlan &plan,
                                                     const AnnotationStore &store)
{
    std::vector<CalibrationItemReview> reviews;
    for (const QString &itemId : plan.itemIds) {
        CalibrationItemReview review;
        review.itemId = itemId;
        int fewestBoxes = -1;
        int mostBoxes = 0;
        for (const QString &participant : plan.participantIds) {
            const ItemWork *work = store.itemWork(participant, itemId, plan.id);
            if (!work)
                continue;
            CalibrationReading reading{participant, *work};
            if (!work->classLabels.labelIds.empty() || work->status() == ItemStatus::Done) {
                ++review.readers;
                for (int labelId : work->classLabels.labelIds)
                    ++review.votes[labelId];
            }
            const int boxes = int(work->boxes.size());
            fewestBoxes = fewestBoxes < 0 ? boxes : std::min(fewestBoxes, boxes);
            mostBoxes = std::max(mostBoxes, boxes);
            review.readings.push_back(std::move(reading));
        }
        review.disagreement = itemDisagreement(review.votes, review.readers);
        review.boxCountSpread = fewestBoxes < 0 ? 0 : mostBoxes - fewestBoxes;
        reviews.push_back(std::move(review));
    }
    std::stable_sort(reviews.begin(), reviews.end(),
                     [](const CalibrationItemReview &a, const CalibrationItemReview &b) {
                         if (a.disagreement != b.disagreement)
                             return a.disagreement > b.disagreement;
                         return a.boxCountSpread > b.boxCountSpread;
                     });
    return reviews;
}

CalibrationSummary summarizeCalibration(const Project &project, const ItemList &items,
                                        const AnnotationStore &store, const CalibrationPlan &plan)
{
    ItemList planItems;
    for (const QString &itemId : plan.itemIds) {
        if (const Item *item = items.find(itemId))
            planItems.add(*item);
    }
    ProjectRatingSelection selection;
    selection.annotatorIds = plan.participantIds;
    selection.planId = plan.id;
    const ProjectRatings ratings = buildProjectRatings(project, planItems, store, selection);

    CalibrationSummary summary;
    summary.items = planItems.size();
    summary.ratedItems = ratings.ratedItems;
    summary.participants = int(plan.participantIds.size());
    summary.pooledLabels = ratings.mode == ClassificationMode::MultiLabel;
    if (ratings.tables.empty())
        return summary;
    const RatingTable table = pooledRatingTable(ratings.tables);
    summary.percentAgreement = percentAgreement(table);
    summary.fleissKappa = fleissKappa(table).overall;
    return summary;
}

} // namespace concord
