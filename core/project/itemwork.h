// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/annotation.h"
#include "core/model/maskannotation.h"
#include "core/model/suggestiondecision.h"

#include <optional>
#include <vector>

namespace concord {

// Everything one annotator has made on one item: image-level labels, boxes, polygons, mask
// instances and status.
struct ItemWork
{
    ClassLabels classLabels;
    std::vector<BoxAnnotation> boxes;
    std::vector<PolygonAnnotation> polygons;
    std::vector<MaskAnnotation> masks; // in the order they were added: later ones paint on top
    ItemStatus explicitStatus = ItemStatus::New; // from item.status events only
    qint64 statusMs = 0; // when explicitStatus was last set (ms since epoch, UTC): routing
                         // orders an item's readers by when they submitted it
    // What the annotator decided about pre-label suggestions on this item, by suggestionKey
    // (docs/prelabels.md). Not work of its own: an accepted suggestion is its annotation.
    SuggestionDecisions prelabelDecisions;

    // New until something is made, in progress while anything is, done or skipped once the
    // annotator said so.
    ItemStatus status() const;
    bool isEmpty() const
    {
        return classLabels.labelIds.empty() && boxes.empty() && polygons.empty() && masks.empty();
    }
    const SuggestionDecisions &suggestionDecisions() const { return prelabelDecisions; }
    const BoxAnnotation *findBox(quint64 id) const;
    BoxAnnotation *findBox(quint64 id);
    const PolygonAnnotation *findPolygon(quint64 id) const;
    PolygonAnnotation *findPolygon(quint64 id);
    const MaskAnnotation *findMask(quint64 id) const;
    MaskAnnotation *findMask(quint64 id);
};

// Every label the work uses, sorted and unique: its image labels and the labels of its boxes,
// polygons and masks.
std::vector<int> labelIdsUsed(const ItemWork &work);
// Appends them to `labels` unsorted, with repeats: for callers gathering the labels of several
// works into one vector without a vector per work.
void appendLabelIdsUsed(const ItemWork &work, std::vector<int> &labels);

} // namespace concord
