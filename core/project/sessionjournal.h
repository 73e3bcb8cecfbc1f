// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/project.h"
#include "core/model/session.h"
#include "core/project/annotationstore.h"
#include "core/project/edit.h"
#include "core/storage/journalwriter.h"
#include "core/storage/projectfolder.h"
#include "core/util/error.h"

#include <QDateTime>
#include <QObject>

#include <memory>

namespace concord {

// The session being worked in and its journal: the single place through which edits reach
// disk. commit() journals an edit (fsync) and applies it to the open project's store, then
// signals the change, so views never write data themselves. Shares the project state
// (ProjectState) by reference; a Workspace owns both, the state outliving this.
class SessionJournal : public QObject
{
    Q_OBJECT

public:
    SessionJournal(const ProjectFolder &folder, const Project &project, AnnotationStore &store);
    ~SessionJournal() override;

    // The session edits are journaled in. One per annotator sitting.
    // A calibration or gold-test session names the plan it reads (`planId`), recorded in the
    // journal with the mode.
    MaybeError startSession(const QString &annotatorId, SessionMode mode = SessionMode::Labeling,
                            const QString &planId = {});
    MaybeError endSession();
    bool hasSession() const { return m_writer != nullptr; }
    const Session &session() const { return m_session; }
    const Annotator *currentAnnotator() const;

    // Journals `edit` for the current annotator and session, flushed to disk, then applies it.
    // On any error nothing is applied and nothing is written, and the error says why.
    // Mask pixels (edit.pixelRuns) up to InlinePixelRunsLimit bytes go into the journal line;
    // longer ones are written to blobs/ and fsynced first, and the line names the blob.
    // Workspace::commit documents how the GUI reaches it.
    MaybeError commit(const Edit &edit);
    static constexpr qsizetype InlinePixelRunsLimit = 4096;
    const QDateTime &lastSaved() const { return m_lastSaved; }

    // Journals an event about an item that is not the annotator's own work (a reference label),
    // flushed to disk, then applies it. Callers check the role first (requireRole).
    MaybeError appendItemEvent(const QString &itemId, const char *op, const Json &data);

    // The current annotator's work on an item (null when they have none): in a calibration
    // or gold-test session, their reading in it (Session::readingPlanId), which starts blank.
    const ItemWork *myWork(const QString &itemId) const;
    ItemStatus myStatus(const QString &itemId) const;

    // An error unless the current session's annotator has a role `allowed` accepts; `what`
    // names the refused action in the message.
    MaybeError requireRole(bool (*allowed)(Role), const QString &what) const;

Q_SIGNALS:
    // A session started or ended: views that depend on who reads, or in which calibration
    // session or gold test, follow it.
    void sessionChanged();
    void itemChanged(const QString &itemId);
    void saved(const QDateTime &when);

private:
    // An event of the open session, stamped now with its annotator, session and the guideline
    // version in force; `itemId` empty for session events.
    JournalEvent newEvent(const QString &itemId, std::string op, Json data) const;
    MaybeError appendSessionEvent(const char *op, const Json &data);

    const ProjectFolder &m_folder;
    const Project &m_project;
    AnnotationStore &m_store;

    Session m_session;
    std::unique_ptr<JournalWriter> m_writer;
    QDateTime m_lastSaved;
};

} // namespace concord
