// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/itemlist.h"
#include "core/model/project.h"
#include "core/model/session.h"
#include "core/project/annotationstore.h"
#include "core/project/edit.h"
#include "core/project/goldtest.h"
#include "core/project/projectwatcher.h"
#include "core/storage/journalwriter.h"
#include "core/storage/projectfolder.h"
#include "core/util/error.h"

#include <QDateTime>
#include <QObject>

#include <memory>
#include <vector>

namespace concord {

// An open project: its facts, items and replayed annotations, plus the journal of the session
// being worked in. The single place through which edits reach disk: commit() journals an edit
// (fsync) and applies it, then signals the change, so views never write data themselves.
// Lives on the GUI thread in the app, or the main thread of concord-cli.
class Workspace : public QObject
{
    Q_OBJECT

public:
    // Opens an existing project folder: reads project.json and items.jsonl and replays every
    // journal. Problems that do not prevent opening (a torn last journal line, a bad item line)
    // are collected in openProblems(); a missing or corrupt project.json is an error.
    static Expected<std::unique_ptr<Workspace>> open(const QString &directory);
    // Creates a project folder (which must be empty or absent) and opens it.
    static Expected<std::unique_ptr<Workspace>> create(const QString &directory, Project project);
    ~Workspace() override;

    const ProjectFolder &folder() const { return m_folder; }
    const Project &project() const { return m_project; }
    const ItemList &items() const { return m_items; }
    const AnnotationStore &store() const { return m_store; }
    const std::vector<FileError> &openProblems() const { return m_openProblems; }
    qint64 replayedEvents() const { return m_replayedEvents; }

    // From now on takes in what other writers change in the folder (project.json, items.jsonl,
    // other annotators' journals; core/project/projectwatcher.h) when control returns to the
    // event loop, and signals it like its own changes. The current session's work, and its
    // journal, are never touched. The window calls this; a command-line run has no need.
    void followChangesByOthers();

    // Project facts; each change rewrites project.json atomically.
    MaybeError addAnnotator(const Annotator &annotator);
    // Saves a window for everyone on this project; a preset of the same name is replaced.
    MaybeError saveWindowPreset(const WindowPreset &preset);
    // Adds items not yet present (by id) and rewrites items.jsonl; returns how many were new.
    Expected<int> addItems(const std::vector<Item> &items);
    // Gives items present without pixel spacing the spacing these copies carry (the same files
    // imported again, after items began to record it), rewriting items.jsonl once; returns how
    // many items changed.
    Expected<int> recordPixelSpacing(const std::vector<Item> &items);

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
    // The GUI does not call this directly: it pushes a ReversibleEdit from core/project/edit.h
    // through LabelingContext::pushEdit, whose undo command commits forward or backward.
    // A mask stroke, for example:
    //     const MaskAnnotation *before = workspace->myWork(itemId)->findMask(maskId);
    //     ... paint dabs into a clone of before->mask, tracking the dirty rectangle ...
    //     if (auto edit = edits::strokeMask(itemId, *before, painted, dirty))
    //         context->pushEdit(*edit, tr("Brush stroke"));
    // A new instance is edits::addMask with an id from newAnnotationId().
    MaybeError commit(const Edit &edit);
    static constexpr qsizetype InlinePixelRunsLimit = 4096;
    const QDateTime &lastSaved() const { return m_lastSaved; }

    // The current annotator's work on an item (null when they have none).
    const ItemWork *myWork(const QString &itemId) const;
    ItemStatus myStatus(const QString &itemId) const;

    // Blind reading (core/project/visibility.h): `authorId`'s work on an item, or null when
    // they have none or the current session's annotator may not see it (also with no session).
    // While that annotator takes a gold test holding the item, only their own work is visible,
    // whatever their role (core/project/goldtest.h).
    // Views show other readers' work only through these.
    const ItemWork *visibleWork(const QString &authorId, const QString &itemId) const;
    // Everyone with work on the item whom the current session's annotator may see, sorted.
    QStringList visibleAuthors(const QString &itemId) const;
    // The annotations the current session's annotator may see, as a store: what views that
    // compare readers (the agreement panel) read, so they cannot leak blind work either.
    AnnotationStore visibleStore() const;

    // Publishes guideline version N+1 (N the highest so far) written by the current session's
    // annotator, who must be a lead; makes it current and writes project.json atomically. Every
    // event journaled afterwards records it; earlier events keep the version they were made
    // under. The taxonomy only changes this way: a new `taxonomy` becomes the project's, and
    // every version records the taxonomy it was published with. Returns the new version number.
    Expected<int> publishGuidelineVersion(const QString &summary, const QString &text,
                                          const std::optional<Taxonomy> &taxonomy = std::nullopt);

    // Sets up a calibration session (core/model/calibrationplan.h); only a lead may. Fills in
    // the id, the lead and the date, checks that participants and items exist, and returns the
    // stored plan.
    Expected<CalibrationPlan> addCalibrationPlan(CalibrationPlan plan);
    // Sets up a gold test the same way (Project::goldTests); every item must have a reference
    // label. Only a lead may.
    Expected<CalibrationPlan> addGoldTest(CalibrationPlan plan);
    // The scores of a gold test (core/project/goldtest.h), for whoever may see them: a reviewer,
    // adjudicator or lead sees every reader's (unless taking the test themselves); a reader who
    // has finished the test sees their own. Refused while the current annotator is taking it.
    Expected<GoldTestScore> goldTestScore(const QString &planId) const;

    // Records the reference label of an item, journaled like any edit. Only leads and
    // adjudicators may (mayRecordReferenceLabels); every label must exist in the taxonomy.
    MaybeError recordReferenceLabel(const QString &itemId, std::vector<int> labelIds,
                                    const QString &note = {});
    // The latest reference label recorded for an item (core/project/referencelabels.h). Hidden
    // (empty) while the current session's annotator takes a gold test holding the item. With no
    // session open (the command line) nothing is hidden: there is no reader to hide it from.
    std::optional<ReferenceLabel> referenceLabel(const QString &itemId) const;

Q_SIGNALS:
    void itemChanged(const QString &itemId);
    void itemsAdded();
    void projectChanged();
    void saved(const QDateTime &when);

private:
    explicit Workspace(const QString &directory);
    MaybeError appendSessionEvent(const char *op, const Json &data);
    // An error unless the current session's annotator has a role `allowed` accepts.
    MaybeError requireRole(bool (*allowed)(Role), const QString &what) const;
    // Checks a new plan (participants, items, guideline version), fills in its id (`idPrefix`
    // and the date), lead, date and, when it has none, a name (`defaultName` with its number),
    // and stores it in `list` of project.json.
    Expected<CalibrationPlan> addPlan(CalibrationPlan plan, std::vector<CalibrationPlan> Project::*list,
                                      const QString &idPrefix, const QString &defaultName);
    bool goldTestHides(const QString &itemId) const;
    void takeChangesByOthers(bool sharedFiles, const QStringList &annotatorIds);

    ProjectFolder m_folder;
    Project m_project;
    ItemList m_items;
    AnnotationStore m_store;
    std::vector<FileError> m_openProblems;
    qint64 m_replayedEvents = 0;

    Session m_session;
    std::unique_ptr<JournalWriter> m_writer;
    QDateTime m_lastSaved;
    std::unique_ptr<ProjectWatcher> m_watcher;
};

} // namespace concord
