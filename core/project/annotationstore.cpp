// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/project/annotationstore.h"

namespace concord {

const AnnotatorWork *AnnotationStore::work(const QString &annotatorId) const
{
    const auto it = m_work.find(annotatorId);
    return it == m_work.end() ? nullptr : &it->second;
}

const ItemWork *AnnotationStore::itemWork(const QString &annotatorId, const QString &itemId) const
{
    const AnnotatorWork *annotatorWork = work(annotatorId);
    return annotatorWork ? annotatorWork->item(itemId) : nullptr;
}

ItemStatus AnnotationStore::status(const QString &annotatorId, const QString &itemId) const
{
    const ItemWork *item = itemWork(annotatorId, itemId);
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
    std::set<int> used;
    for (const auto &[annotatorId, work] : m_work) {
        for (const ItemWork &item : work.items()) {
            used.insert(item.classLabels.labelIds.begin(), item.classLabels.labelIds.end());
            for (const BoxAnnotation &box : item.boxes)
                used.insert(box.labelId);
        }
        for (const ReferenceLabel &reference : work.references())
            used.insert(reference.labelIds.begin(), reference.labelIds.end());
    }
    return used;
}

} // namespace concord
