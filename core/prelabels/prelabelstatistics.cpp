// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/prelabels/prelabelstatistics.h"

#include "core/geometry/boxmatching.h"
#include "core/geometry/overlapmetrics.h"
#include "core/model/itemlist.h"
#include "core/project/polygonmask.h"

#include <QSet>

namespace concord {

std::optional<double> SuggestionLabelStatistics::acceptanceRate() const
{
    const int decided = accepted + rejected;
    return decided > 0 ? std::optional<double>(double(accepted) / decided) : std::nullopt;
}

std::optional<double> SuggestionLabelStatistics::meanIoU() const
{
    return shapesCompared > 0 ? std::optional<double>(iouSum / shapesCompared) : std::nullopt;
}

namespace {

// The accepted annotation's label and its IoU with the suggestion; none when the annotation is
// not there (an image label, or work the reader no longer holds).
struct AcceptedShape
{
    int labelId = 0;
    std::optional<double> iou;
};

std::optional<AcceptedShape> acceptedShape(const Suggestion &suggestion,
                                           const SuggestionDecision &decision, const ItemWork &work,
                                           const ItemList &items)
{
    switch (suggestion.kind) {
    case SuggestionKind::Box:
        if (const BoxAnnotation *box = work.findBox(decision.annotationId))
            return AcceptedShape{box->labelId, boxIoU(suggestion.rect, box->rect)};
        return std::nullopt;
    case SuggestionKind::Polygon:
        if (const PolygonAnnotation *polygon = work.findPolygon(decision.annotationId)) {
            const Item *item = items.find(suggestion.itemId);
            if (!item || item->width <= 0 || item->height <= 0)
                return AcceptedShape{polygon->labelId, std::nullopt};
            const cv::Size size(item->width, item->height);
            const PolygonAnnotation proposed{0, suggestion.labelId, suggestion.vertices, {}, {}};
            return AcceptedShape{
                polygon->labelId,
                maskOverlap(polygonMask(proposed, size), polygonMask(*polygon, size)).iou};
        }
        return std::nullopt;
    case SuggestionKind::Mask:
        if (const MaskAnnotation *mask = work.findMask(decision.annotationId))
            return AcceptedShape{mask->labelId, maskOverlap(suggestion.mask, mask->mask).iou};
        return std::nullopt;
    case SuggestionKind::ImageLabel: return AcceptedShape{decision.labelId, std::nullopt};
    }
    return std::nullopt;
}

void addDecision(SuggestionLabelStatistics &statistics, const SuggestionDecision &decision,
                 const std::optional<AcceptedShape> &shape, int suggestedLabel)
{
    if (decision.kind == SuggestionDecision::Kind::Rejected) {
        ++statistics.rejected;
        return;
    }
    ++statistics.accepted;
    if (!shape)
        return;
    if (shape->labelId != suggestedLabel)
        ++statistics.relabeled;
    if (shape->iou) {
        ++statistics.shapesCompared;
        statistics.iouSum += *shape->iou;
    }
}

double meanSeconds(const std::vector<qint64> &milliseconds)
{
    double sum = 0;
    for (const qint64 ms : milliseconds)
        sum += double(ms);
    return sum / double(milliseconds.size()) / 1000.0;
}

SuggestionTimeSaving timeSaving(const PrelabelSet &set, const std::vector<ReaderUse> &readers)
{
    QSet<QString> coveredItems;
    for (const Suggestion &suggestion : set.suggestions)
        coveredItems.insert(suggestion.itemId);
    const QString keyPrefix = set.id + QLatin1Char('/');
    SuggestionTimeSaving result;
    double weightedSum = 0;
    for (const ReaderUse &reader : readers) {
        std::vector<qint64> withAccepts;
        std::vector<qint64> withoutSuggestions;
        for (const auto &[itemId, activeMs] : reader.activeMsPerItem) {
            if (activeMs <= 0)
                continue;
            if (!coveredItems.contains(itemId)) {
                withoutSuggestions.push_back(activeMs);
                continue;
            }
            const auto work = reader.items ? reader.items->constFind(itemId)
                                           : QHash<QString, ItemWork>::const_iterator();
            if (!reader.items || work == reader.items->constEnd())
                continue;
            const SuggestionDecisions &decisions = work->prelabelDecisions;
            for (auto it = decisions.constBegin(); it != decisions.constEnd(); ++it) {
                if (it.key().startsWith(keyPrefix) &&
                    it->kind == SuggestionDecision::Kind::Accepted) {
                    withAccepts.push_back(activeMs);
                    break;
                }
            }
        }
        if (withAccepts.empty() || withoutSuggestions.empty())
            continue;
        ++result.readers;
        result.itemsWithAccepts += int(withAccepts.size());
        result.itemsWithoutSuggestions += int(withoutSuggestions.size());
        weightedSum += double(withAccepts.size()) *
                       (meanSeconds(withoutSuggestions) - meanSeconds(withAccepts));
    }
    if (result.itemsWithAccepts > 0)
        result.secondsSavedPerItem = weightedSum / result.itemsWithAccepts;
    return result;
}

} // namespace

PrelabelSetStatistics prelabelSetStatistics(const PrelabelSet &set,
                                            const std::vector<ReaderUse> &readers,
                                            const ItemList &items)
{
    PrelabelSetStatistics result;
    result.setId = set.id;
    std::map<int, SuggestionLabelStatistics> byLabel;
    for (const Suggestion &suggestion : set.suggestions) {
        SuggestionLabelStatistics &label = byLabel[suggestion.labelId];
        label.labelId = suggestion.labelId;
        ++label.suggestions;
        ++result.total.suggestions;
        const QString key = suggestionKey(set.id, suggestion.id);
        for (const ReaderUse &reader : readers) {
            if (!reader.items)
                continue;
            const auto work = reader.items->constFind(suggestion.itemId);
            if (work == reader.items->constEnd())
                continue;
            const auto decision = work->prelabelDecisions.constFind(key);
            if (decision == work->prelabelDecisions.constEnd())
                continue;
            const std::optional<AcceptedShape> shape =
                decision->kind == SuggestionDecision::Kind::Accepted
                    ? acceptedShape(suggestion, *decision, *work, items)
                    : std::nullopt;
            addDecision(label, *decision, shape, suggestion.labelId);
            addDecision(result.total, *decision, shape, suggestion.labelId);
        }
    }
    for (auto &[labelId, statistics] : byLabel)
        result.labels.push_back(statistics);
    result.time = timeSaving(set, readers);
    return result;
}

} // namespace concord
