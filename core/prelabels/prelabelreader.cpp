// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/prelabels/prelabelreader.h"

#include <QHash>

#include <algorithm>

namespace concord {

QString prelabelReaderId(const QString &setId)
{
    return QStringLiteral("model:") + setId;
}

AnnotatorWork prelabelSetAsReader(const PrelabelSet &set, double minimumScore,
                                  bool singleImageLabel)
{
    QHash<QString, ItemWork> items;
    // Single-label: the best image label of each item, first in the set's order on a tie.
    QHash<QString, const Suggestion *> bestImageLabel;
    quint64 nextId = 1;
    for (const Suggestion &suggestion : set.suggestions) {
        if (suggestion.score < minimumScore)
            continue;
        ItemWork &work = items[suggestion.itemId];
        work.explicitStatus = ItemStatus::Done;
        switch (suggestion.kind) {
        case SuggestionKind::Box:
            work.boxes.push_back({nextId++, suggestion.labelId, suggestion.rect, {}, {}});
            break;
        case SuggestionKind::Polygon:
            work.polygons.push_back({nextId++, suggestion.labelId, suggestion.vertices, {}, {}});
            break;
        case SuggestionKind::Mask:
            work.masks.push_back({nextId++, suggestion.labelId, suggestion.mask, {}, {}});
            break;
        case SuggestionKind::ImageLabel:
            if (singleImageLabel) {
                const Suggestion *&best = bestImageLabel[suggestion.itemId];
                if (!best || suggestion.score > best->score)
                    best = &suggestion;
            } else {
                work.classLabels.labelIds.push_back(suggestion.labelId);
            }
            break;
        }
    }
    for (auto it = bestImageLabel.constBegin(); it != bestImageLabel.constEnd(); ++it)
        items[it.key()].classLabels.labelIds = {it.value()->labelId};
    AnnotatorWork work;
    for (auto it = items.begin(); it != items.end(); ++it) {
        std::vector<int> &labels = it->classLabels.labelIds;
        std::sort(labels.begin(), labels.end());
        labels.erase(std::unique(labels.begin(), labels.end()), labels.end());
        work.restoreItem(it.key(), *it);
    }
    return work;
}

AnnotationStore withPrelabelReader(AnnotationStore store, const PrelabelSet &set,
                                   double minimumScore, bool singleImageLabel)
{
    store.setWork(prelabelReaderId(set.id),
                  prelabelSetAsReader(set, minimumScore, singleImageLabel));
    return store;
}

} // namespace concord
