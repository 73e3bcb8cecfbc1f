// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/project/edit.h"

#include "core/geometry/maskdelta.h"
#include "core/project/annotatorwork.h"
#include "core/project/shapepayload.h"
#include "core/storage/journalevent.h"

namespace concord {

qsizetype undoMemoryBytes(const ReversibleEdit &edit)
{
    auto jsonBytes = [](const Json &data) { return qsizetype(data.dump().size()); };
    qsizetype bytes = jsonBytes(edit.forward.data) + jsonBytes(edit.backward.data)
        + edit.forward.pixelRuns.size();
    // Forward and backward of a stroke share one buffer (QByteArray is implicitly shared).
    if (edit.backward.pixelRuns.constData() != edit.forward.pixelRuns.constData())
        bytes += edit.backward.pixelRuns.size();
    return bytes;
}

} // namespace concord

namespace concord::edits {

// Re-adding an annotation on undo of its removal keeps its original creation time.
static Json withCreationTime(Json data, const Provenance &provenance)
{
    if (provenance.createdMs > 0)
        data["created"] = provenance.createdMs;
    return data;
}

static Json boxAddData(const BoxAnnotation &box)
{
    return withCreationTime(boxToJson(box), box.provenance);
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

ReversibleEdit addPolygon(const QString &itemId, const PolygonAnnotation &polygon)
{
    return {{itemId, ops::PolygonAdd, withCreationTime(polygonToJson(polygon), polygon.provenance)},
            {itemId, ops::PolygonRemove, Json{{"id", polygon.id}}}};
}

ReversibleEdit changePolygon(const QString &itemId, const PolygonAnnotation &before,
                             const PolygonAnnotation &after)
{
    return {{itemId, ops::PolygonChange, polygonToJson(after)},
            {itemId, ops::PolygonChange, polygonToJson(before)}};
}

ReversibleEdit removePolygon(const QString &itemId, const PolygonAnnotation &polygon)
{
    const ReversibleEdit add = addPolygon(itemId, polygon);
    return {add.backward, add.forward};
}

ReversibleEdit addMask(const QString &itemId, const MaskAnnotation &mask)
{
    const BinaryMask cropped = cropToContent(mask.mask);
    Json data = withCreationTime(maskRegionJson(mask.id, cropped.bounds), mask.provenance);
    data["label"] = mask.labelId;
    return {{itemId, ops::MaskAdd, std::move(data), encodeRegionRuns(cropped, cropped.bounds)},
            {itemId, ops::MaskRemove, Json{{"id", mask.id}}}};
}

ReversibleEdit removeMask(const QString &itemId, const MaskAnnotation &mask)
{
    const ReversibleEdit add = addMask(itemId, mask);
    return {add.backward, add.forward};
}

ReversibleEdit relabelMask(const QString &itemId, const MaskAnnotation &mask, int labelId)
{
    return {{itemId, ops::MaskLabel, Json{{"id", mask.id}, {"label", labelId}}},
            {itemId, ops::MaskLabel, Json{{"id", mask.id}, {"label", mask.labelId}}}};
}

std::optional<ReversibleEdit> strokeMask(const QString &itemId, const MaskAnnotation &before,
                                         const BinaryMask &after, cv::Rect dirty)
{
    const BinaryMask flips = maskDifference(before.mask, after, dirty);
    if (flips.bounds.empty())
        return std::nullopt;
    const Edit flip{itemId, ops::MaskStroke, maskRegionJson(before.id, flips.bounds),
                    encodeRegionRuns(flips, flips.bounds)};
    return ReversibleEdit{flip, flip};
}

} // namespace concord::edits
