// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/taxonomy.h"
#include "core/project/annotatorwork.h"

#include <optional>

namespace concord {

struct JournalEvent;

// Why an edit that turned `before` into `after` (one annotator's work on one item) breaks a rule
// of the project, or an empty string: it brings in a category where the taxonomy allows leaf
// labels only, an attribute value its label does not declare, or a ruler whose label the
// taxonomy does not have. Only what the edit brings in counts: work done before the taxonomy
// changed stays editable.
QString editRuleProblem(const Taxonomy &taxonomy, const std::optional<ItemWork> &before,
                        const ItemWork *after);

// Applies an edit's event to `work` as Workspace::commit does, checking it against the rules
// above; on a problem `work` is left as it was and the problem is returned. Lets a command
// check a whole batch of edits on a copy of the work before writing any of them.
QString applyCheckedEdit(const Taxonomy &taxonomy, AnnotatorWork &work, const JournalEvent &event);

} // namespace concord
