// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/project/sessionjournal.h"

#include "core/project/editrules.h"
#include "core/project/suggestiondecisions.h"
#include "core/storage/blobstore.h"
#include "core/storage/journalhead.h"
#include "core/storage/safepath.h"

namespace concord {

SessionJournal::SessionJournal(const ProjectFolder &folder, const Project &project,
                               AnnotationStore &store)
    : m_folder(folder)
    , m_project(project)
    , m_store(store)
{}

SessionJournal::~SessionJournal()
{
    // Best effort, and never an exception out of a destructor: a session left without its
    // session.end is reported as unfinished and loses nothing (docs/storage.md).
    try {
        if (m_writer)
            endSession();
    } catch (...) {
    }
}

MaybeError SessionJournal::startSession(const QString &annotatorId, SessionMode mode,
                                        const QString &planId)
{
    if (m_writer)
        endSession();
    if (!m_project.findAnnotator(annotatorId))
        return FileError{m_folder.projectFile(), tr("unknown annotator \"%1\"").arg(annotatorId)};
    Session session;
    session.start = QDateTime::currentDateTimeUtc();
    session.id = Session::makeId(session.start);
    session.annotatorId = annotatorId;
    session.mode = mode;
    session.guidelineVersion = m_project.currentGuidelineVersion;
    session.planId = planId;
    if (!session.readingPlanId().isEmpty()) {
        const CalibrationPlan *plan = mode == SessionMode::GoldTest
                                          ? m_project.findGoldTest(planId)
                                          : m_project.findCalibration(planId);
        if (!plan)
            return FileError{m_folder.projectFile(), tr("there is no plan \"%1\"").arg(planId)};
        if (!plan->participantIds.contains(annotatorId))
            return FileError{m_folder.projectFile(),
                             tr("%1 is not a reader of \"%2\"").arg(annotatorId, plan->name)};
    }
    Json start{{"mode", toStd(sessionModeKey(mode))}};
    // The role the session ran with, for the record: roles are chosen on trust (no accounts),
    // so the journal is where a lead's sessions show as a lead's.
    start["role"] = toStd(roleKey(m_project.findAnnotator(annotatorId)->role));
    if (!planId.isEmpty())
        start["plan"] = toStd(planId);
    const QString journal = m_folder.sessionJournalFile(annotatorId, session.id);
    if (!isValidAnnotatorId(annotatorId))
        return FileError{m_folder.projectFile(),
                         tr("\"%1\" is not a valid annotator id").arg(annotatorId)};
    if (MaybeError link = SafePath::refuseLinksBelow(m_folder.root(), journal))
        return link;
    // Before the new file exists, so it does not record itself.
    recordEarlierSessions(m_folder, annotatorId, start);
    Expected<std::unique_ptr<JournalWriter>> writer = JournalWriter::create(journal);
    if (!writer)
        return writer.error();
    m_writer = std::move(*writer);
    m_session = session;
    MaybeError error = appendSessionEvent(ops::SessionStart, start);
    Q_EMIT sessionChanged();
    return error;
}

MaybeError SessionJournal::endSession()
{
    if (!m_writer)
        return std::nullopt;
    MaybeError error = appendSessionEvent(ops::SessionEnd, Json::object());
    // HEAD seals the session that closed last, which no later session has recorded yet.
    if (!error) {
        const JournalHead head{m_session.id, m_writer->lastSequence(), m_writer->lastLineHash()};
        error = writeHeadManifest(m_folder, m_session.annotatorId, head);
    }
    m_writer.reset();
    Q_EMIT sessionChanged();
    return error;
}

const Annotator *SessionJournal::currentAnnotator() const
{
    return m_writer ? m_project.findAnnotator(m_session.annotatorId) : nullptr;
}

JournalEvent SessionJournal::newEvent(const QString &itemId, std::string op, Json data) const
{
    JournalEvent event;
    event.timeMs = QDateTime::currentMSecsSinceEpoch();
    event.annotatorId = m_session.annotatorId;
    event.sessionId = m_session.id;
    event.itemId = itemId;
    event.guidelineVersion = m_project.currentGuidelineVersion;
    event.op = std::move(op);
    event.data = std::move(data);
    return event;
}

MaybeError SessionJournal::appendSessionEvent(const char *op, const Json &data)
{
    JournalEvent event = newEvent({}, op, data);
    if (MaybeError error = m_writer->append(event))
        return error;
    m_store.apply(event);
    return std::nullopt;
}

MaybeError SessionJournal::commit(const Edit &edit)
{
    if (!m_writer)
        return FileError{m_folder.root(), tr("no labeling session is open")};
    JournalEvent event = newEvent(edit.itemId, edit.op, edit.data);
    if (!edit.pixelRuns.isEmpty())
        event.data["rle"] = edit.pixelRuns.toStdString();

    // Apply first on the in-memory state to validate the edit, keeping the item's previous state
    // so that a failed write can be rolled back: the journal and the screen must never disagree.
    AnnotatorWork &work = m_store.workFor(m_session.annotatorId);
    const QString planId = m_session.readingPlanId();
    const ItemWork *existing = work.item(edit.itemId, planId);
    const std::optional<ItemWork> previous =
        existing ? std::optional<ItemWork>(*existing) : std::nullopt;
    const size_t decisionsBefore = work.decisions().size();
    auto rollBack = [&] {
        work.restoreItem(edit.itemId, previous, planId);
        work.truncateDecisions(decisionsBefore);
    };
    QString problem = work.apply(event);
    if (problem.isEmpty())
        problem = editRuleProblem(m_project.taxonomy, previous, work.item(edit.itemId, planId));
    if (problem.isEmpty())
        problem = prelabelReferenceProblem(m_folder.root(), event);
    if (!problem.isEmpty()) {
        rollBack();
        return FileError{m_writer->path(), problem};
    }
    if (edit.pixelRuns.size() > InlinePixelRunsLimit) {
        // The blob is durable before the line that names it, so no line ever names a lost blob.
        Expected<QString> blob =
            BlobStore(m_folder.blobsDir()).store(edit.pixelRuns, QStringLiteral("rle"));
        if (!blob) {
            rollBack();
            return blob.error();
        }
        event.data.erase("rle");
        event.data["blob"] = toStd(*blob);
    }
    if (MaybeError error = m_writer->append(event)) {
        rollBack();
        return error;
    }
    m_lastSaved = QDateTime::fromMSecsSinceEpoch(event.timeMs);
    Q_EMIT itemChanged(edit.itemId);
    Q_EMIT saved(m_lastSaved);
    return std::nullopt;
}

const ItemWork *SessionJournal::myWork(const QString &itemId) const
{
    return m_writer ? m_store.itemWork(m_session.annotatorId, itemId, m_session.readingPlanId())
                    : nullptr;
}

ItemStatus SessionJournal::myStatus(const QString &itemId) const
{
    const ItemWork *work = myWork(itemId);
    return work ? work->status() : ItemStatus::New;
}

MaybeError SessionJournal::requireRole(bool (*allowed)(Role), const QString &what) const
{
    const Annotator *annotator = currentAnnotator();
    if (!annotator)
        return FileError{m_folder.root(), tr("%1 needs an open session").arg(what)};
    if (!allowed(annotator->role)) {
        return FileError{m_folder.projectFile(),
                         tr("%1 (%2) may not do this: %3")
                             .arg(annotator->displayName, roleDisplayName(annotator->role), what)};
    }
    return std::nullopt;
}

MaybeError SessionJournal::appendItemEvent(const QString &itemId, const char *op, const Json &data)
{
    if (!m_writer)
        return FileError{m_folder.root(), tr("no labeling session is open")};
    JournalEvent event = newEvent(itemId, op, data);
    if (MaybeError error = m_writer->append(event))
        return error;
    m_store.apply(event);
    m_lastSaved = QDateTime::fromMSecsSinceEpoch(event.timeMs);
    Q_EMIT itemChanged(itemId);
    Q_EMIT saved(m_lastSaved);
    return std::nullopt;
}

} // namespace concord
