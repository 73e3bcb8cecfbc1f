// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/project/itemwork.h"

#include <algorithm>

namespace concord {

ItemStatus ItemWork::status() const
{
    if (isFinished(explicitStatus))
        return explicitStatus;
    return isEmpty() && rulers.empty() ? ItemStatus::New : ItemStatus::InProgress;
}

// One lookup for every annotation kind, const or not.
template <typename Annotations> static auto *findById(Annotations &annotations, quint64 id)
{
    const auto it = std::find_if(annotations.begin(), annotations.end(),
                                 [id](const auto &a) { return a.id == id; });
    return it == annotations.end() ? nullptr : &*it;
}

const BoxAnnotation *ItemWork::findBox(quint64 id) const
{
    return findById(boxes, id);
}

BoxAnnotation *ItemWork::findBox(quint64 id)
{
    return findById(boxes, id);
}

const PolygonAnnotation *ItemWork::findPolygon(quint64 id) const
{
    return findById(polygons, id);
}

PolygonAnnotation *ItemWork::findPolygon(quint64 id)
{
    return findById(polygons, id);
}

const MaskAnnotation *ItemWork::findMask(quint64 id) const
{
    return findById(masks, id);
}

MaskAnnotation *ItemWork::findMask(quint64 id)
{
    return findById(masks, id);
}

const RulerAnnotation *ItemWork::findRuler(quint64 id) const
{
    return findById(rulers, id);
}

RulerAnnotation *ItemWork::findRuler(quint64 id)
{
    return findById(rulers, id);
}

void appendLabelIdsUsed(const ItemWork &work, std::vector<int> &labels)
{
    labels.insert(labels.end(), work.classLabels.labelIds.begin(), work.classLabels.labelIds.end());
    for (const BoxAnnotation &box : work.boxes)
        labels.push_back(box.labelId);
    for (const PolygonAnnotation &polygon : work.polygons)
        labels.push_back(polygon.labelId);
    for (const MaskAnnotation &mask : work.masks)
        labels.push_back(mask.labelId);
}

std::vector<int> labelIdsUsed(const ItemWork &work)
{
    std::vector<int> labels;
    appendLabelIdsUsed(work, labels);
    std::sort(labels.begin(), labels.end());
    labels.erase(std::unique(labels.begin(), labels.end()), labels.end());
    return labels;
}

} // namespace concord
