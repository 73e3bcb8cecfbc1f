// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/annotation.h"
#include "core/model/maskannotation.h"
#include "core/model/rulerannotation.h"
#include "core/model/suggestiondecision.h"

#include <optional>
#include <vector>

namespace concord {

// Everything one annotator has made on one item: image-level labels, boxes, polygons, mask
// instances, rulers and status.
struct ItemWork
{
    ClassLabels classLabels;
    std::vector<BoxAnnotation> boxes;
    std::vector<PolygonAnnotation> polygons;
    std::vector<MaskAnnotation> masks; // in the order they were added: later ones paint on top
    // Length measurements: saved work (they make an item in progress and travel with the
    // reader's work), but no finding, so agreement, QC and labelIdsUsed() pass them by.
    std::vector<RulerAnnotation> rulers;
    ItemStatus explicitStatus = ItemStatus::New; // from item.status events only
    qint64 statusMs = 0; // when explicitStatus was last set (ms since epoch, UTC): routing
                         // orders an item's readers by when they submitted it
    // What the annotator decided about pre-label suggestions on this item, by suggestionKey
    // (docs/prelabels.md). Not work of its own: an accepted suggestion is its annotation.
    SuggestionDecisions prelabelDecisions;

    // New until something is made (a ruler too), in progress while anything is, done or
    // skipped once the annotator said so.
    ItemStatus status() const;
    // No finding: no image label, box, polygon or mask. Rulers are measurements and do not
    // count, so a reviewer who only measured has made no answer of their own (itemtruth.h).
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
    const RulerAnnotation *findRuler(quint64 id) const;
    RulerAnnotation *findRuler(quint64 id);
};

// Every label the work uses, sorted and unique: its image labels and the labels of its boxes,
// polygons and masks. Not its rulers': a measurement is no finding, and these are the labels
// agreement, routing and QC compare (AnnotationStore::usedLabelIds adds them).
std::vector<int> labelIdsUsed(const ItemWork &work);
// Appends them to `labels` unsorted, with repeats: for callers gathering the labels of several
// works into one vector without a vector per work.
void appendLabelIdsUsed(const ItemWork &work, std::vector<int> &labels);

} // namespace concord
