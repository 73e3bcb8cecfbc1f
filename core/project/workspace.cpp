// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/project/workspace.h"

#include "core/project/guidelinepublisher.h"
#include "core/project/projectstate.h"
#include "core/project/projectwatcher.h"
#include "core/project/referencelabelbook.h"

namespace concord {

Workspace::Workspace(std::unique_ptr<ProjectState> state)
    : m_state(std::move(state))
    , m_journal(
          std::make_unique<SessionJournal>(m_state->folder(), m_state->project(), m_state->store()))
    , m_visibility(std::make_unique<VisibilityPolicy>(*m_state, *m_journal))
    , m_guidelines(std::make_unique<GuidelinePublisher>(*m_state, *m_journal))
    , m_plans(std::make_unique<CalibrationPlans>(*m_state, *m_journal))
    , m_references(std::make_unique<ReferenceLabelBook>(*m_state, *m_journal, *m_visibility))
{
    connect(m_state.get(), &ProjectState::projectChanged, this, &Workspace::projectChanged);
    connect(m_state.get(), &ProjectState::itemsAdded, this, &Workspace::itemsAdded);
    connect(m_journal.get(), &SessionJournal::sessionChanged, this, &Workspace::sessionChanged);
    connect(m_journal.get(), &SessionJournal::itemChanged, this, &Workspace::itemChanged);
    connect(m_journal.get(), &SessionJournal::saved, this, &Workspace::saved);
}

Workspace::~Workspace() = default;

Expected<std::unique_ptr<Workspace>> Workspace::open(const QString &directory)
{
    Expected<std::unique_ptr<ProjectState>> state = ProjectState::open(directory);
    if (!state)
        return state.error();
    return std::unique_ptr<Workspace>(new Workspace(std::move(*state)));
}

Expected<std::unique_ptr<Workspace>> Workspace::create(const QString &directory,
                                                       const Project &project)
{
    if (MaybeError error = ProjectState::create(directory, project))
        return *error;
    return open(directory);
}

const ProjectFolder &Workspace::folder() const
{
    return m_state->folder();
}
const Project &Workspace::project() const
{
    return m_state->project();
}
const ItemList &Workspace::items() const
{
    return m_state->items();
}
const std::vector<FileError> &Workspace::openProblems() const
{
    return m_state->openProblems();
}
const std::vector<FileError> &Workspace::unfinishedSessions() const
{
    return m_state->unfinishedSessions();
}
qint64 Workspace::replayedEvents() const
{
    return m_state->replayedEvents();
}

void Workspace::followChangesByOthers()
{
    if (m_watcher)
        return;
    m_watcher = std::make_unique<ProjectWatcher>(m_state->folder());
    connect(m_watcher.get(), &ProjectWatcher::changed, this, &Workspace::takeChangesByOthers);
}

void Workspace::takeChangesByOthers(bool sharedFiles, const QStringList &annotatorIds)
{
    if (sharedFiles)
        m_state->reloadSharedFiles();
    for (const QString &annotatorId : annotatorIds) {
        if (m_journal->hasSession() && annotatorId == m_journal->session().annotatorId)
            continue; // this session's own work is in memory already, as journaled
        for (const QString &itemId : m_state->reloadAnnotatorWork(annotatorId))
            Q_EMIT itemChanged(itemId);
    }
}

MaybeError Workspace::addAnnotator(const Annotator &annotator)
{
    return m_state->addAnnotator(annotator);
}

MaybeError Workspace::saveWindowPreset(const WindowPreset &preset)
{
    return m_state->saveWindowPreset(preset);
}

Expected<int> Workspace::addItems(const std::vector<Item> &items)
{
    return m_state->addItems(items);
}

Expected<int> Workspace::recordPixelSpacing(const std::vector<Item> &items)
{
    return m_state->recordPixelSpacing(items);
}

MaybeError Workspace::startSession(const QString &annotatorId, SessionMode mode,
                                   const QString &planId)
{
    return m_journal->startSession(annotatorId, mode, planId);
}

const CalibrationPlan *Workspace::readingPlan() const
{
    if (!hasSession() || session().readingPlanId().isEmpty())
        return nullptr;
    return session().mode == SessionMode::GoldTest ? project().findGoldTest(session().planId)
                                                   : project().findCalibration(session().planId);
}

MaybeError Workspace::endSession()
{
    return m_journal->endSession();
}

MaybeError Workspace::commit(const Edit &edit)
{
    return m_journal->commit(edit);
}

const ItemWork *Workspace::visibleWork(const QString &authorId, const QString &itemId) const
{
    return m_visibility->visibleWork(authorId, itemId);
}

QStringList Workspace::visibleAuthors(const QString &itemId) const
{
    return m_visibility->visibleAuthors(itemId);
}

AnnotationStore Workspace::visibleStore() const
{
    return m_visibility->visibleStore();
}

Expected<int> Workspace::publishGuidelineVersion(const QString &summary, const QString &text,
                                                 const std::optional<Taxonomy> &taxonomy)
{
    return m_guidelines->publishGuidelineVersion(summary, text, taxonomy);
}

Expected<CalibrationPlan> Workspace::addCalibrationPlan(CalibrationPlan plan)
{
    return m_plans->addCalibrationPlan(std::move(plan));
}

Expected<CalibrationPlan> Workspace::addGoldTest(CalibrationPlan plan)
{
    return m_plans->addGoldTest(std::move(plan));
}

Expected<GoldTestScore> Workspace::goldTestScore(const QString &planId) const
{
    return m_plans->goldTestScore(planId);
}

MaybeError Workspace::recordReferenceLabel(const QString &itemId, const std::vector<int> &labelIds,
                                           const QString &note)
{
    return m_references->recordReferenceLabel(itemId, labelIds, note);
}

std::optional<ReferenceLabel> Workspace::referenceLabel(const QString &itemId) const
{
    return m_references->referenceLabel(itemId);
}

} // namespace concord
