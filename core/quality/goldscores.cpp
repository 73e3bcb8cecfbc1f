// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/quality/goldscores.h"

#include "core/project/referencelabels.h"

namespace concord {

std::optional<double> goldScoreValue(const GoldReaderResult &result)
{
    return result.kappa.value ? result.kappa.value : result.accuracy;
}

GoldScores scoreReadersOnGold(const Project &project, const ItemList &items,
                              const AnnotationStore &store, const QualityPolicy &policy)
{
    // The scores are gold-test scores over a plan that holds every gold item and every reader
    // who submitted one (but not whoever set its reference).
    CalibrationPlan plan;
    QStringList referenceAuthors;
    for (const Item &item : items.items()) {
        if (const auto reference = latestReferenceLabel(project, store, item.id)) {
            plan.itemIds.append(item.id);
            referenceAuthors.append(reference->provenance.annotatorId);
        }
    }
    for (const auto &[annotatorId, work] : store.allWork()) {
        if (referenceAuthors.contains(annotatorId))
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
    for (const GoldReaderResult &reader : scores.score.comparison.readers) {
        const std::optional<double> value = goldScoreValue(reader);
        if (value && *value < policy.readerScoreThreshold)
            scores.flagged.append(reader.coderName);
    }
    return scores;
}

} // namespace concord
