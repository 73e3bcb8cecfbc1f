// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/annotation.h"
#include "core/model/binarymask.h"
#include "core/model/item.h"
#include "core/project/itemwork.h"

#include <opencv2/core.hpp>

#include <functional>
#include <map>

namespace concord {

// The size an item's polygons are rasterised at: its image, or unbounded when its size is not
// known (width 0 in items.jsonl), so they stay unclipped as masks are.
cv::Size polygonRasterSize(const Item &item);

// One reader's pixels per label on one item: the union of the mask instances and rasterised
// polygons (core/project/polygonmask.h) that `include` accepts (all by default), filed under
// the label `fileUnder` gives (the label itself by default; an ancestor for a coarser level).
// Labels with no pixel are left out. What mask agreement, item agreement and the consensus
// compare.
using AnnotationFilter = std::function<bool(int labelId, const Provenance &provenance)>;
std::map<int, BinaryMask> pixelsByLabel(const ItemWork &work, const Item &item,
                                        const AnnotationFilter &include = {},
                                        const std::function<int(int labelId)> &fileUnder = {});

} // namespace concord
