// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/project/referencelabels.h"

namespace concord {

std::vector<const AnnotatorWork *> referenceAuthors(const Project &project,
                                                    const AnnotationStore &store)
{
    std::vector<const AnnotatorWork *> authors;
    for (const auto &[annotatorId, work] : store.allWork()) {
        const Annotator *author = project.findAnnotator(annotatorId);
        if (author && mayRecordReferenceLabels(author->role))
            authors.push_back(&work);
    }
    return authors;
}

std::optional<ReferenceLabel>
latestReferenceLabel(const std::vector<const AnnotatorWork *> &authors, const QString &itemId)
{
    std::optional<ReferenceLabel> latest;
    for (const AnnotatorWork *work : authors) {
        const auto found = work->references().constFind(itemId);
        if (found != work->references().constEnd() &&
            (!latest || found->provenance.modifiedMs > latest->provenance.modifiedMs))
            latest = *found;
    }
    return latest;
}

std::optional<ReferenceLabel>
latestReferenceLabel(const Project &project, const AnnotationStore &store, const QString &itemId)
{
    return latestReferenceLabel(referenceAuthors(project, store), itemId);
}

} // namespace concord
