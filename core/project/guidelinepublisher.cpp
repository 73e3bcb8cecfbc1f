// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/project/guidelinepublisher.h"

#include "core/project/projectstate.h"
#include "core/project/sessionjournal.h"
#include "core/storage/projectfile.h"

#include <algorithm>

namespace concord {

GuidelinePublisher::GuidelinePublisher(ProjectState &state, const SessionJournal &journal)
    : m_folder(state.folder())
    , m_project(state.project())
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
    Project changed = m_project;
    int highest = 0;
    for (const GuidelineVersion &existing : changed.guidelines)
        highest = std::max(highest, existing.version);
    GuidelineVersion version;
    version.version = highest + 1;
    version.author = m_session.annotatorId;
    version.date = QDateTime::currentDateTimeUtc();
    version.summary = summary;
    version.text = text;
    if (taxonomy)
        changed.taxonomy = *taxonomy;
    version.taxonomy = changed.taxonomy;
    changed.guidelines.push_back(version);
    changed.currentGuidelineVersion = version.version;
    if (MaybeError error = writeProjectFile(m_folder.projectFile(), changed))
        return *error;
    m_project = std::move(changed);
    Q_EMIT projectChanged();
    return version.version;
}

} // namespace concord
