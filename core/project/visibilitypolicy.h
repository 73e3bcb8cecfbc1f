// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/session.h"
#include "core/project/annotationstore.h"
#include "core/project/sessionstatistics.h"

#include <QStringList>

#include <set>
#include <vector>

namespace concord {

class ProjectState;
class SessionJournal;

// One reader's sessions and how much they worked (core/project/sessionstatistics.h).
struct ReaderSessions
{
    QString annotatorId;
    std::vector<Session> sessions; // in journal order
    AnnotatorActivity activity;
};

// Blind reading applied to an open project: what the current session's annotator (the viewer)
// may see of other people's work. Views read work only through here (and Workspace's calls
// that delegate here), never the raw store, so blind reading holds by construction:
// - maySeeWork (core/project/visibility.h) decides whose work on an item the viewer sees;
// - while the viewer takes a gold test holding an item, only their own work on it is visible,
//   whatever their role, and so is its reference label (core/project/goldtest.h);
// - in a calibration or gold-test session (Session::readingPlanId) the viewer sees their own
//   reading in it, and others' readings in it once they submitted the item, whatever their
//   role; nobody's ordinary work;
// - with no session open there is no viewer, and nothing but the facts is visible.
class VisibilityPolicy
{
public:
    VisibilityPolicy(const ProjectState &state, const SessionJournal &journal);

    // `authorId`'s work on an item, or null when they have none or the viewer may not see it
    // (also with no session).
    const ItemWork *visibleWork(const QString &authorId, const QString &itemId) const;
    // Everyone with work on the item whom the viewer may see, sorted.
    QStringList visibleAuthors(const QString &itemId) const;
    // The annotations the viewer may see, as a store: what views that compare readers (the
    // agreement panel) read, so they cannot leak blind work either.
    AnnotationStore visibleStore() const;

    // True while the viewer takes a gold test holding the item: then neither other readers'
    // work nor the reference label of the item is visible to them. False with no session.
    bool goldTestHides(const QString &itemId) const;

    // The readers whose sessions and activity the viewer may see, by annotator id: everyone's
    // for reviewers, adjudicators and leads, only their own for an annotator, nobody's with no
    // session. Reads the journals to measure activity.
    std::vector<ReaderSessions> visibleSessions() const;

    // Every label id anyone has used, without saying who or where: what the taxonomy editor's
    // "unused label" warnings need, revealing no reader's work.
    std::set<int> usedLabelIds() const;

private:
    const ProjectState &m_state;
    const SessionJournal &m_journal;
};

} // namespace concord
