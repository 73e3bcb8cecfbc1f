// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/project/referencelabelbook.h"

#include "core/project/projectstate.h"
#include "core/project/referencelabels.h"
#include "core/project/sessionjournal.h"
#include "core/project/visibilitypolicy.h"
#include "core/util/translation.h"

namespace concord {

ReferenceLabelBook::ReferenceLabelBook(const ProjectState &state, SessionJournal &journal,
                                       const VisibilityPolicy &visibility)
    : m_state(state)
    , m_journal(journal)
    , m_visibility(visibility)
{}

MaybeError ReferenceLabelBook::recordReferenceLabel(const QString &itemId,
                                                    const std::vector<int> &labelIds,
                                                    const QString &note)
{
    if (MaybeError refused = m_journal.requireRole(mayRecordReferenceLabels,
                                                   concord::tr("record a reference label")))
        return refused;
    if (!m_state.items().find(itemId))
        return FileError{m_state.folder().itemsFile(),
                         concord::tr("unknown item \"%1\"").arg(itemId)};
    for (int labelId : labelIds) {
        if (!m_state.project().taxonomy.find(labelId)) {
            return FileError{m_state.folder().projectFile(),
                             concord::tr("label %1 is not in the taxonomy").arg(labelId)};
        }
    }
    Json labels = Json::array();
    for (int labelId : labelIds)
        labels.push_back(labelId);
    return m_journal.appendItemEvent(itemId, ops::ReferenceSet,
                                     Json{{"labels", labels}, {"note", toStd(note)}});
}

std::optional<ReferenceLabel> ReferenceLabelBook::referenceLabel(const QString &itemId) const
{
    if (m_visibility.goldTestHides(itemId))
        return std::nullopt;
    // With hidden gold in the queue (docs/quality.md, "Gold items"), an item with a reference label
    // may be a gold item: a reader who has not finished it must not see its answer, or the
    // gold would score nothing. Reviewers, adjudicators and leads are not scored on gold.
    const Annotator *viewer = m_journal.currentAnnotator();
    if (viewer && viewer->role == Role::Annotator &&
        m_state.project().currentQualityPolicy().goldRate > 0 &&
        m_journal.myStatus(itemId) != ItemStatus::Done)
        return std::nullopt;
    return latestReferenceLabel(m_state.project(), m_state.store(), itemId);
}

} // namespace concord
