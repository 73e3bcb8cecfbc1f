// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/item.h"
#include "core/model/project.h"
#include "core/project/itemwork.h"

#include <vector>

namespace concord {

// A computed consensus of several readers' work on one item: where an adjudicator starts, and
// the truth of an item accepted automatically (docs/quality.md, "Consensus"):
// - image labels by majority vote: single-label, the label more than half the readers gave
//   (none when no label has a majority); multi-label, every label more than half gave;
// - boxes clustered across readers (each reader's boxes matched one-to-one to the clusters at
//   IoU >= the threshold with the same label, readers taken in order); a cluster that more
//   than half the readers joined becomes the median box of its members (the median of each
//   edge), the others are dropped;
// - masks and polygons per label by pixel majority vote (core/geometry/consensusmask.h), one
//   mask instance per label.
// The result has no provenance; ids are fresh. `boxSupport` counts for each box how many readers
// joined its cluster, in the order of `work.boxes`.
struct Consensus
{
    ItemWork work;
    std::vector<int> boxSupport;
};

Consensus computeConsensus(const Item &item, const std::vector<const ItemWork *> &readers,
                           ClassificationMode mode, double boxIoUThreshold = 0.5);

} // namespace concord
