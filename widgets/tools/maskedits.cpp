// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/tools/maskedits.h"

#include "core/project/edit.h"
#include "widgets/editing/labelingcontext.h"

namespace concord {

bool addPixelsToMask(LabelingContext &context, const BinaryMask &pixels, const QString &description)
{
    if (pixels.isEmpty())
        return false;
    if (const MaskAnnotation *selected = context.selectedMask())
        return replaceMaskPixels(context, *selected, maskUnion(selected->mask, pixels),
                                 description);
    if (context.activeLabelId() <= 0)
        return false;
    MaskAnnotation created;
    created.id = newAnnotationId();
    created.labelId = context.activeLabelId();
    created.mask = cropToContent(pixels);
    if (!context.pushEdit(edits::addMask(context.currentItemId(), created), description))
        return false;
    context.setSelectedBoxId(created.id);
    return true;
}

bool replaceMaskPixels(LabelingContext &context, const MaskAnnotation &before,
                       const BinaryMask &after, const QString &description)
{
    const MaskAnnotation kept = before; // `before` may live in the model, which the push changes
    const cv::Rect changed = kept.mask.bounds.area() > 0 && after.bounds.area() > 0
                                 ? (kept.mask.bounds | after.bounds)
                                 : (kept.mask.bounds.area() > 0 ? kept.mask.bounds : after.bounds);
    const auto edit = edits::strokeMask(context.currentItemId(), kept, after, changed);
    return edit && context.pushEdit(*edit, description);
}

} // namespace concord
