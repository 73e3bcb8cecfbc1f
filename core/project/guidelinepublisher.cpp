// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/project/guidelinepublisher.h"

#include "core/project/projectstate.h"
#include "core/project/sessionjournal.h"

#include <algorithm>

namespace concord {

GuidelinePublisher::GuidelinePublisher(ProjectState &state, const SessionJournal &journal)
    : m_state(state)
    , m_journal(journal)
    , m_session(journal.session())
{}

MaybeError GuidelinePublisher::requireRole(bool (*allowed)(Role), const QString &what) const
{
    return m_journal.requireRole(allowed, what);
}

Expected<int> GuidelinePublisher::publishGuidelineVersion(const QString &summary,
                                                          const QString &text,
                                                          const std::optional<Taxonomy> &taxonomy)
{
    if (MaybeError refused = requireRole(mayLeadCalibration, tr("publish a guideline version")))
        return *refused;
    GuidelineVersion version;
    MaybeError error = m_state.updateProject([&](Project &project) -> MaybeError {
        int highest = 0;
        for (const GuidelineVersion &existing : project.guidelines)
            highest = std::max(highest, existing.version);
        version.version = highest + 1;
        version.author = m_session.annotatorId;
        version.date = QDateTime::currentDateTimeUtc();
        version.summary = summary;
        version.text = text;
        if (taxonomy)
            project.taxonomy = *taxonomy;
        version.taxonomy = project.taxonomy;
        project.guidelines.push_back(version);
        project.currentGuidelineVersion = version.version;
        return std::nullopt;
    });
    if (error)
        return *error;
    return version.version;
}

} // namespace concord
