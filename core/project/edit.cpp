// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/project/edit.h"

#include "core/project/annotatorwork.h"
#include "core/storage/journalevent.h"

namespace concord::edits {

static Json boxAddData(const BoxAnnotation &box)
{
    Json data = boxToJson(box);
    // Re-adding a box on undo of its removal keeps its original creation time.
    if (box.provenance.createdMs > 0)
        data["created"] = box.provenance.createdMs;
    return data;
}

ReversibleEdit addBox(const QString &itemId, const BoxAnnotation &box)
{
    return {{itemId, ops::BoxAdd, boxAddData(box)}, {itemId, ops::BoxRemove, Json{{"id", box.id}}}};
}

ReversibleEdit changeBox(const QString &itemId, const BoxAnnotation &before,
                         const BoxAnnotation &after)
{
    return {{itemId, ops::BoxChange, boxToJson(after)}, {itemId, ops::BoxChange, boxToJson(before)}};
}

ReversibleEdit removeBox(const QString &itemId, const BoxAnnotation &box)
{
    return {{itemId, ops::BoxRemove, Json{{"id", box.id}}}, {itemId, ops::BoxAdd, boxAddData(box)}};
}

ReversibleEdit setClassLabels(const QString &itemId, const std::vector<int> &before,
                              const std::vector<int> &after)
{
    return {{itemId, ops::LabelsSet, Json{{"labels", after}}},
            {itemId, ops::LabelsSet, Json{{"labels", before}}}};
}

ReversibleEdit setItemStatus(const QString &itemId, ItemStatus before, ItemStatus after)
{
    // In progress is derived from content, so "undo submit" returns to the plain state.
    auto key = [](ItemStatus s) {
        return toStd(itemStatusKey(s == ItemStatus::InProgress ? ItemStatus::New : s));
    };
    return {{itemId, ops::ItemStatusSet, Json{{"status", key(after)}}},
            {itemId, ops::ItemStatusSet, Json{{"status", key(before)}}}};
}

} // namespace concord::edits
