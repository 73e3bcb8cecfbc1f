// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/item.h"
#include "core/model/project.h"
#include "core/project/itemwork.h"

#include <optional>
#include <vector>

namespace concord {

// How far the readers of one item agree, the number routing cuts into tiers (docs/quality.md):
// - image labels: the share of reader pairs that agree; single-label: pairs that gave the same
//   label (or both none); multi-label: the mean over the labels any reader gave of the share
//   of pairs agreeing on that label's presence;
// - boxes: the mean over reader pairs of F1 of boxes matched one-to-one at IoU >= the policy's
//   threshold with the same label; two readers without boxes agree (1.0);
// - masks (mask instances and polygons, joined per label): the mean over labels any reader drew
//   and reader pairs of Dice (or IoU, by the policy) of the two readers' pixels of that label;
//   a pair where neither drew the label agrees (1.0).
// A kind counts only when some reader used it; the item takes the lowest kind. Readers who all
// left the item empty agree that there is nothing (1.0). Fewer than two readers: no agreement.
struct ItemAgreement
{
    std::optional<double> value; // the lowest of the kinds below; empty below two readers
    std::optional<double> labels;
    std::optional<double> boxes;
    std::optional<double> masks;
    int readers = 0;
};

ItemAgreement itemAgreement(const Item &item, const std::vector<const ItemWork *> &readers,
                            ClassificationMode mode, const QualityPolicy &policy);

} // namespace concord
