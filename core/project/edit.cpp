// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/project/edit.h"

#include "core/geometry/maskdelta.h"
#include "core/project/annotatorwork.h"
#include "core/project/attributepayload.h"
#include "core/project/shapepayload.h"
#include "core/storage/journalevent.h"

#include <algorithm>

namespace concord {

qsizetype undoMemoryBytes(const ReversibleEdit &edit)
{
    auto jsonBytes = [](const Json &data) { return qsizetype(data.dump().size()); };
    qsizetype bytes = jsonBytes(edit.forward.data) + jsonBytes(edit.backward.data) +
                      edit.forward.pixelRuns.size();
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

// An add carries the annotation's attribute values, so undoing a removal brings them back.
static Json withAttributes(Json data, const AnnotationAttributes &attributes)
{
    if (!attributes.isEmpty())
        data["attributes"] = attributesToJson(attributes);
    return data;
}

// A change states the values explicitly when either side has any: relabeling drops those the
// new label lacks (attributesKeptOnRelabel), and undo must put them back. Attribute-free
// changes keep the shorter form older journals hold.
static std::pair<Json, Json> changePayloads(Json after, Json before,
                                            const AnnotationAttributes &afterAttributes,
                                            const AnnotationAttributes &beforeAttributes)
{
    if (!afterAttributes.isEmpty() || !beforeAttributes.isEmpty()) {
        after["attributes"] = attributesToJson(afterAttributes);
        before["attributes"] = attributesToJson(beforeAttributes);
    }
    return {std::move(after), std::move(before)};
}

static Json boxAddData(const BoxAnnotation &box)
{
    return withAttributes(withCreationTime(boxToJson(box), box.provenance), box.attributes);
}

ReversibleEdit addBox(const QString &itemId, const BoxAnnotation &box)
{
    return {{itemId, ops::BoxAdd, boxAddData(box)}, {itemId, ops::BoxRemove, Json{{"id", box.id}}}};
}

ReversibleEdit changeBox(const QString &itemId, const BoxAnnotation &before,
                         const BoxAnnotation &after)
{
    auto [forward, backward] =
        changePayloads(boxToJson(after), boxToJson(before), after.attributes, before.attributes);
    return {{itemId, ops::BoxChange, std::move(forward)},
            {itemId, ops::BoxChange, std::move(backward)}};
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

ReversibleEdit changeClassLabels(const QString &itemId, const ClassLabels &before,
                                 const std::vector<int> &after)
{
    ReversibleEdit edit = setClassLabels(itemId, before.labelIds, after);
    if (!before.attributes.isEmpty())
        edit.backward.data["attributes"] = imageLabelAttributesToJson(before.attributes);
    return edit;
}

static Edit attributeEdit(const QString &itemId, Json target, const QString &name,
                          const QString &value)
{
    target["name"] = toStd(name);
    target["value"] = value.isEmpty() ? Json(nullptr) : Json(toStd(value));
    return {itemId, ops::AttributeSet, std::move(target)};
}

ReversibleEdit setAnnotationAttribute(const QString &itemId, quint64 annotationId,
                                      const QString &name, const QString &before,
                                      const QString &after)
{
    const Json target{{"id", annotationId}};
    return {attributeEdit(itemId, target, name, after),
            attributeEdit(itemId, target, name, before)};
}

ReversibleEdit setImageLabelAttribute(const QString &itemId, int labelId, const QString &name,
                                      const QString &before, const QString &after)
{
    const Json target{{"label", labelId}};
    return {attributeEdit(itemId, target, name, after),
            attributeEdit(itemId, target, name, before)};
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
    return {{itemId, ops::PolygonAdd,
             withAttributes(withCreationTime(polygonToJson(polygon), polygon.provenance),
                            polygon.attributes)},
            {itemId, ops::PolygonRemove, Json{{"id", polygon.id}}}};
}

ReversibleEdit changePolygon(const QString &itemId, const PolygonAnnotation &before,
                             const PolygonAnnotation &after)
{
    auto [forward, backward] = changePayloads(polygonToJson(after), polygonToJson(before),
                                              after.attributes, before.attributes);
    return {{itemId, ops::PolygonChange, std::move(forward)},
            {itemId, ops::PolygonChange, std::move(backward)}};
}

ReversibleEdit removePolygon(const QString &itemId, const PolygonAnnotation &polygon)
{
    const ReversibleEdit add = addPolygon(itemId, polygon);
    return {add.backward, add.forward};
}

ReversibleEdit addRuler(const QString &itemId, const RulerAnnotation &ruler)
{
    return {{itemId, ops::RulerAdd, withCreationTime(rulerToJson(ruler), ruler.provenance)},
            {itemId, ops::RulerRemove, Json{{"id", ruler.id}}}};
}

ReversibleEdit changeRuler(const QString &itemId, const RulerAnnotation &before,
                           const RulerAnnotation &after)
{
    return {{itemId, ops::RulerChange, rulerToJson(after)},
            {itemId, ops::RulerChange, rulerToJson(before)}};
}

ReversibleEdit removeRuler(const QString &itemId, const RulerAnnotation &ruler)
{
    const ReversibleEdit add = addRuler(itemId, ruler);
    return {add.backward, add.forward};
}

ReversibleEdit addMask(const QString &itemId, const MaskAnnotation &mask)
{
    const BinaryMask cropped = cropToContent(mask.mask);
    Json data =
        withAttributes(withCreationTime(maskRegionJson(mask.id, cropped.bounds), mask.provenance),
                       mask.attributes);
    data["label"] = mask.labelId;
    return {{itemId, ops::MaskAdd, std::move(data), encodeRegionRuns(cropped, cropped.bounds)},
            {itemId, ops::MaskRemove, Json{{"id", mask.id}}}};
}

ReversibleEdit removeMask(const QString &itemId, const MaskAnnotation &mask)
{
    const ReversibleEdit add = addMask(itemId, mask);
    return {add.backward, add.forward};
}

ReversibleEdit relabelMask(const QString &itemId, const MaskAnnotation &mask, int labelId,
                           const AnnotationAttributes &keptAttributes)
{
    auto [forward, backward] = changePayloads(Json{{"id", mask.id}, {"label", labelId}},
                                              Json{{"id", mask.id}, {"label", mask.labelId}},
                                              keptAttributes, mask.attributes);
    return {{itemId, ops::MaskLabel, std::move(forward)},
            {itemId, ops::MaskLabel, std::move(backward)}};
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

static Json prelabelReference(const PrelabelSet &set, const Suggestion &suggestion)
{
    return Json{{"set", toStd(set.id)}, {"suggestion", toStd(suggestion.id)}};
}

ReversibleEdit acceptSuggestion(const PrelabelSet &set, const Suggestion &suggestion,
                                quint64 annotationId, const ClassLabels &currentImageLabels)
{
    const QString &itemId = suggestion.itemId;
    ReversibleEdit edit;
    switch (suggestion.kind) {
    case SuggestionKind::Box:
        edit = addBox(itemId,
                      BoxAnnotation{annotationId, suggestion.labelId, suggestion.rect, {}, {}});
        break;
    case SuggestionKind::Polygon:
        edit = addPolygon(
            itemId,
            PolygonAnnotation{annotationId, suggestion.labelId, suggestion.vertices, {}, {}});
        break;
    case SuggestionKind::Mask:
        edit = addMask(itemId,
                       MaskAnnotation{annotationId, suggestion.labelId, suggestion.mask, {}, {}});
        break;
    case SuggestionKind::ImageLabel: {
        std::vector<int> after = currentImageLabels.labelIds;
        if (!std::binary_search(after.begin(), after.end(), suggestion.labelId)) {
            after.insert(std::lower_bound(after.begin(), after.end(), suggestion.labelId),
                         suggestion.labelId);
        }
        edit = changeClassLabels(itemId, currentImageLabels, after);
        Json reference = prelabelReference(set, suggestion);
        edit.backward.data["unprelabel"] = reference;
        reference["label"] = suggestion.labelId;
        edit.forward.data["prelabel"] = std::move(reference);
        return edit;
    }
    }
    edit.forward.data["prelabel"] = prelabelReference(set, suggestion);
    return edit;
}

ReversibleEdit rejectSuggestion(const PrelabelSet &set, const Suggestion &suggestion,
                                const QString &reason)
{
    Json forward = prelabelReference(set, suggestion);
    const Json backward = forward;
    forward["reason"] = toStd(reason);
    return {{suggestion.itemId, ops::PrelabelReject, std::move(forward)},
            {suggestion.itemId, ops::PrelabelUnreject, backward}};
}

} // namespace concord::edits
