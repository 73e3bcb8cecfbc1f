// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/itemlist.h"
#include "core/model/project.h"
#include "core/project/annotationstore.h"

#include <vector>

namespace concord {

// Where an item's accepted image label came from (docs/active-learning.md, "Accepted labels").
enum class AcceptedLabelSource {
    None,      // no accepted label: a candidate for the queue
    Reference, // the item's reference (gold) label
    Truth,     // the quality workflow's accepted answer (the project has a quality policy)
    Majority,  // more than half of the readers who finished the item gave this label
};

QString acceptedLabelSourceKey(AcceptedLabelSource source); // "reference", "truth", ...

// Each item's accepted single image label, the class the learner is trained on. In order:
// 1. the reference label, when it names exactly one label;
// 2. with a quality policy, the accepted answer (core/quality/itemtruth.h) when its image
//    labels are exactly one label; an item the workflow has not accepted has none, whatever
//    its readers said;
// 3. without a policy, the label more than half of the readers who marked the item done gave
//    as their only image label (a reader with no or several image labels counts against it).
// Items with several labels or none are left out: the learner is a single-label classifier.
// `everyone` is the unfiltered store.
struct AcceptedLabels
{
    std::vector<int> labelIdOfItem; // per item of the list; -1: none
    std::vector<AcceptedLabelSource> sourceOfItem;
    int count() const;
};
AcceptedLabels acceptedImageLabels(const Project &project, const ItemList &items,
                                   const AnnotationStore &everyone);

} // namespace concord
