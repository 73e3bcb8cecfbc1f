// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/project/edit.h"
#include "core/project/itemwork.h"

#include <vector>

namespace concord {

// The edits that make the current person's work on an item equal to `answer`: a reader's
// answer an adjudicator takes with one key, or a computed consensus they start from
// (docs/quality.md, "Adjudication"). Their own boxes, polygons and masks are removed, the
// image labels set, and the answer's shapes added under fresh ids with their attribute values.
// Pushed as one undo step, so taking an answer is undone in one go; the result is the
// adjudicator's own work, with their provenance.
std::vector<ReversibleEdit> editsToAdopt(const QString &itemId, const ItemWork *mine,
                                         const ItemWork &answer);

} // namespace concord
