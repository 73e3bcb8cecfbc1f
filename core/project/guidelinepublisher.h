// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/project.h"
#include "core/model/session.h"
#include "core/storage/projectfolder.h"
#include "core/util/error.h"

#include <QObject>

#include <optional>

namespace concord {

class ProjectState;
class SessionJournal;

// Publishes guideline versions (and with them taxonomy changes) to project.json. Shares the
// project state by reference (the folder and facts of ProjectState, the session of
// SessionJournal); a Workspace owns all three.
class GuidelinePublisher : public QObject
{
    Q_OBJECT

public:
    GuidelinePublisher(ProjectState &state, const SessionJournal &journal);

    // Publishes guideline version N+1 (N the highest so far) written by the current session's
    // annotator, who must be a lead; makes it current and writes project.json atomically. Every
    // event journaled afterwards records it; earlier events keep the version they were made
    // under. The taxonomy only changes this way: a new `taxonomy` becomes the project's, and
    // every version records the taxonomy it was published with. Returns the new version number.
    Expected<int> publishGuidelineVersion(const QString &summary, const QString &text,
                                          const std::optional<Taxonomy> &taxonomy = std::nullopt);

private:
    MaybeError requireRole(bool (*allowed)(Role), const QString &what) const;

    ProjectState &m_state;
    const SessionJournal &m_journal;
    const Session &m_session;
};

} // namespace concord
