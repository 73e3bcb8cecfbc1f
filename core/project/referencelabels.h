// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/annotation.h"
#include "core/model/project.h"
#include "core/project/annotationstore.h"

#include <optional>
#include <vector>

namespace concord {

// The latest reference label recorded for an item by someone whose role allows it (a journal
// edited by hand cannot promote an annotator's opinion to the reference). Pure and unfiltered:
// who may see it is Workspace::referenceLabel's decision.
std::optional<ReferenceLabel>
latestReferenceLabel(const Project &project, const AnnotationStore &store, const QString &itemId);

// The same in two steps, for callers that look up every item of a project: the work of those
// whose role allows reference labels, found once, then the latest of their labels per item.
std::vector<const AnnotatorWork *> referenceAuthors(const Project &project,
                                                    const AnnotationStore &store);
std::optional<ReferenceLabel>
latestReferenceLabel(const std::vector<const AnnotatorWork *> &authors, const QString &itemId);

} // namespace concord
