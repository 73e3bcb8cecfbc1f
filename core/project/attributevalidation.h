// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/taxonomy.h"
#include "core/project/itemwork.h"

#include <optional>

namespace concord {

// Why an edit that turned `before` into `after` (one annotator's work on one item) records an
// attribute value its annotation's label does not declare, or an empty string. Only values the
// edit brings in count (new, changed, or on an annotation whose label changed): values recorded
// before the taxonomy changed stay, and the rest of that annotation stays editable, as with
// leaf-only labels. Workspace::commit refuses such edits.
QString undeclaredAttributeProblem(const Taxonomy &taxonomy, const std::optional<ItemWork> &before,
                                   const ItemWork *after);

} // namespace concord
