// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/project/annotationstore.h"

namespace concord {

const AnnotatorWork *AnnotationStore::work(const QString &annotatorId) const
{
    const auto it = m_work.find(annotatorId);
    return it == m_work.end() ? nullptr : &it->second;
}

const ItemWork *AnnotationStore::itemWork(const QString &annotatorId, const QString &itemId,
                                          const QString &planId) const
{
    const AnnotatorWork *annotatorWork = work(annotatorId);
    return annotatorWork ? annotatorWork->item(itemId, planId) : nullptr;
}

ItemStatus AnnotationStore::status(const QString &annotatorId, const QString &itemId,
                                   const QString &planId) const
{
    const ItemWork *item = itemWork(annotatorId, itemId, planId);
    return item ? item->status() : ItemStatus::New;
}

QStringList AnnotationStore::annotatorIds() const
{
    QStringList ids;
    for (const auto &[id, work] : m_work)
        ids << id;
    return ids;
}

void AnnotationStore::setWork(const QString &annotatorId, AnnotatorWork work)
{
    m_work[annotatorId] = std::move(work);
}

std::set<int> AnnotationStore::usedLabelIds() const
{
    std::vector<int> labels;
    // Rulers count here though not in appendLabelIdsUsed: removing their label from the
    // taxonomy would leave them nameless too.
    const auto addItem = [&labels](const ItemWork &item) {
        appendLabelIdsUsed(item, labels);
        for (const RulerAnnotation &ruler : item.rulers)
            labels.push_back(ruler.labelId);
    };
    for (const auto &[annotatorId, work] : m_work) {
        for (const ItemWork &item : work.items())
            addItem(item);
        for (const QString &planId : work.readingPlanIds()) {
            for (const ItemWork &item : work.planItems(planId))
                addItem(item);
        }
        for (const ReferenceLabel &reference : work.references())
            labels.insert(labels.end(), reference.labelIds.begin(), reference.labelIds.end());
    }
    return std::set<int>(labels.begin(), labels.end());
}

} // namespace concord
