// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/project/referencelabels.h"

namespace concord {

std::optional<ReferenceLabel>
latestReferenceLabel(const Project &project, const AnnotationStore &store, const QString &itemId)
{
    std::optional<ReferenceLabel> latest;
    for (const auto &[annotatorId, work] : store.allWork()) {
        const Annotator *author = project.findAnnotator(annotatorId);
        if (!author || !mayRecordReferenceLabels(author->role))
            continue;
        const auto found = work.references().constFind(itemId);
        if (found != work.references().constEnd() &&
            (!latest || found->provenance.modifiedMs > latest->provenance.modifiedMs))
            latest = *found;
    }
    return latest;
}

} // namespace concord
