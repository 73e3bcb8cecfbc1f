// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/project/visibilitypolicy.h"

#include "core/project/goldtest.h"
#include "core/project/projectstate.h"
#include "core/project/sessionjournal.h"
#include "core/project/visibility.h"

namespace concord {

VisibilityPolicy::VisibilityPolicy(const ProjectState &state, const SessionJournal &journal)
    : m_state(state)
    , m_journal(journal)
{}

const ItemWork *VisibilityPolicy::visibleWork(const QString &authorId, const QString &itemId) const
{
    if (!m_journal.hasSession())
        return nullptr;
    const QString &viewerId = m_journal.session().annotatorId;
    const QString readingPlanId = m_journal.session().readingPlanId();
    if (!readingPlanId.isEmpty()) {
        // A calibration or gold-test read is blind for every role, leads included: the reader
        // sees their own reading in it, and other participants' readings in it (never their
        // ordinary work) only once they have submitted the item themselves.
        const AnnotationStore &store = m_state.store();
        if (authorId == viewerId)
            return store.itemWork(viewerId, itemId, readingPlanId);
        if (goldTestHides(itemId) ||
            store.status(viewerId, itemId, readingPlanId) != ItemStatus::Done)
            return nullptr;
        return store.itemWork(authorId, itemId, readingPlanId);
    }
    const ItemWork *work = m_state.store().itemWork(authorId, itemId);
    if (!work)
        return nullptr;
    if (authorId != viewerId && goldTestHides(itemId))
        return nullptr;
    const Annotator *viewer = m_state.project().findAnnotator(viewerId);
    const std::optional<Role> role = viewer ? std::optional<Role>(viewer->role) : std::nullopt;
    return maySeeWork(viewerId, role, authorId, m_journal.myStatus(itemId)) ? work : nullptr;
}

QStringList VisibilityPolicy::visibleAuthors(const QString &itemId) const
{
    QStringList authors;
    for (const QString &authorId : m_state.store().annotatorIds()) {
        if (visibleWork(authorId, itemId))
            authors.append(authorId);
    }
    authors.sort();
    return authors;
}

AnnotationStore VisibilityPolicy::visibleStore() const
{
    AnnotationStore visible;
    const QString readingPlanId = m_journal.session().readingPlanId();
    if (m_journal.hasSession() && !readingPlanId.isEmpty()) {
        // In a calibration or gold-test read, the readings in it that visibleWork allows.
        for (const auto &[authorId, work] : m_state.store().allWork()) {
            AnnotatorWork shown;
            const QHash<QString, ItemWork> &reading = work.planItems(readingPlanId);
            for (auto it = reading.cbegin(); it != reading.cend(); ++it) {
                if (visibleWork(authorId, it.key()))
                    shown.restoreItem(it.key(), it.value());
            }
            if (!shown.items().isEmpty())
                visible.setWork(authorId, std::move(shown));
        }
        return visible;
    }
    for (const auto &[authorId, work] : m_state.store().allWork()) {
        AnnotatorWork shown = work;
        for (auto it = work.items().cbegin(); it != work.items().cend(); ++it) {
            if (!visibleWork(authorId, it.key()))
                shown.restoreItem(it.key(), std::nullopt);
        }
        visible.setWork(authorId, std::move(shown));
    }
    return visible;
}

bool VisibilityPolicy::goldTestHides(const QString &itemId) const
{
    return m_journal.hasSession() && goldTestHidesItem(m_state.project(), m_state.store(),
                                                       m_journal.session().annotatorId, itemId);
}

std::vector<ReaderSessions> VisibilityPolicy::visibleSessions() const
{
    std::vector<ReaderSessions> shown;
    const Annotator *me = m_journal.currentAnnotator();
    if (!me)
        return shown;
    const bool seesEveryone = me->role != Role::Annotator;
    for (const auto &[annotatorId, work] : m_state.store().allWork()) {
        if (!seesEveryone && annotatorId != me->id)
            continue;
        shown.push_back({annotatorId, work.sessions(),
                         measureAnnotatorActivity(m_state.folder(), annotatorId)});
    }
    return shown;
}

std::set<int> VisibilityPolicy::usedLabelIds() const
{
    return m_state.store().usedLabelIds();
}

} // namespace concord
