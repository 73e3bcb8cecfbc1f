// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/quality/answeradoption.h"

namespace concord {

std::vector<ReversibleEdit> editsToAdopt(const QString &itemId, const ItemWork *mine,
                                         const ItemWork &answer)
{
    std::vector<ReversibleEdit> out;
    if (mine) {
        for (const BoxAnnotation &box : mine->boxes)
            out.push_back(edits::removeBox(itemId, box));
        for (const PolygonAnnotation &polygon : mine->polygons)
            out.push_back(edits::removePolygon(itemId, polygon));
        for (const MaskAnnotation &mask : mine->masks)
            out.push_back(edits::removeMask(itemId, mask));
    }
    const ClassLabels before = mine ? mine->classLabels : ClassLabels();
    if (before.labelIds != answer.classLabels.labelIds)
        out.push_back(edits::changeClassLabels(itemId, before, answer.classLabels.labelIds));
    for (BoxAnnotation box : answer.boxes) {
        box.id = newAnnotationId();
        out.push_back(edits::addBox(itemId, box));
    }
    for (PolygonAnnotation polygon : answer.polygons) {
        polygon.id = newAnnotationId();
        out.push_back(edits::addPolygon(itemId, polygon));
    }
    for (MaskAnnotation mask : answer.masks) {
        mask.id = newAnnotationId();
        out.push_back(edits::addMask(itemId, mask));
    }
    return out;
}

} // namespace concord
