// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/itemlist.h"
#include "core/model/project.h"
#include "core/project/annotationstore.h"

#include <QStringList>

#include <vector>

namespace concord {

// Whose labels an item's label set is taken from.
enum class LabelSetSource {
    Truth,   // the accepted answers of the quality workflow (the project has a quality policy)
    AllWork, // every reader's ordinary work together (no policy: there is no accepted answer)
};

struct ItemLabelSets
{
    LabelSetSource source = LabelSetSource::AllWork;
    std::vector<QStringList>
        labelsOfItem; // per item of the list, label names, sorted; may be empty
};

// The labels each item has, as a split stratifies them (docs/curation.md, "Labels"): the same
// answers `concord-cli export` writes by default. Every label an answer uses counts: image
// labels and the labels of boxes, polygons and masks. `everyone` is the unfiltered store.
ItemLabelSets itemLabelSets(const Project &project, const ItemList &items,
                            const AnnotationStore &everyone);

} // namespace concord
