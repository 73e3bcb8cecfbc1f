// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/itemlist.h"
#include "core/model/project.h"
#include "core/model/session.h"
#include "core/project/annotationstore.h"
#include "core/project/calibrationplans.h"
#include "core/project/edit.h"
#include "core/project/goldtest.h"
#include "core/project/sessionjournal.h"
#include "core/project/visibilitypolicy.h"
#include "core/storage/projectfolder.h"
#include "core/util/error.h"

#include <QDateTime>
#include <QObject>

#include <memory>
#include <vector>

namespace concord {

class GuidelinePublisher;
class ProjectState;
class ProjectWatcher;
class ReferenceLabelBook;

// An open project, as views and commands hold it: owns the parts that each do one job and
// forwards their change signals, so a view connects to one object. It implements nothing:
// - ProjectState: the folder, facts, items, replayed annotations and the shared-file writers;
// - SessionJournal: the session and its journal; commit() is how every edit reaches disk;
// - VisibilityPolicy: blind reading, the only way views see other readers' work;
// - GuidelinePublisher: guideline versions (and taxonomy changes);
// - CalibrationPlans: calibration sessions and gold tests, with their role checks;
// - ReferenceLabelBook: reference labels.
// There is no public raw store: every reader's unfiltered work is reachable only through
// core/project/workspaceinternals.h, for core and the command line, never widgets/ (the
// layering check, cmake/CheckLayering.cmake, fails the build otherwise).
// The calls below predate the split and stay as one-line delegations for their many callers.
// A new capability comes as a new part with an accessor (like visibility() and plans()), or as
// a class above this one built on its signals, not as more methods here (docs/architecture.md).
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
    static Expected<std::unique_ptr<Workspace>> create(const QString &directory,
                                                       const Project &project);
    ~Workspace() override;

    // The parts views may reach; see each class.
    const VisibilityPolicy &visibility() const { return *m_visibility; }
    CalibrationPlans &plans() { return *m_plans; }
    const CalibrationPlans &plans() const { return *m_plans; }

    // ProjectState (core/project/projectstate.h).
    const ProjectFolder &folder() const;
    const Project &project() const;
    const ItemList &items() const;
    const std::vector<FileError> &openProblems() const;
    // Sessions with no session.end that no later session recorded: open elsewhere or killed.
    const std::vector<FileError> &unfinishedSessions() const;
    qint64 replayedEvents() const;
    // From now on takes in what other writers change in the folder (project.json, items.jsonl,
    // other annotators' journals; core/project/projectwatcher.h) when control returns to the
    // event loop, and signals it like its own changes. The current session's work, and its
    // journal, are never touched. The window calls this; a command-line run has no need.
    void followChangesByOthers();
    MaybeError addAnnotator(const Annotator &annotator);
    MaybeError saveWindowPreset(const WindowPreset &preset);
    Expected<int> addItems(const std::vector<Item> &items);
    Expected<int> recordPixelSpacing(const std::vector<Item> &items);

    // SessionJournal (core/project/sessionjournal.h).
    MaybeError startSession(const QString &annotatorId, SessionMode mode = SessionMode::Labeling,
                            const QString &planId = {});
    MaybeError endSession();
    bool hasSession() const { return m_journal->hasSession(); }
    const Session &session() const { return m_journal->session(); }
    // The calibration session or gold test the open session reads afresh, or null for
    // ordinary labeling (Session::readingPlanId).
    const CalibrationPlan *readingPlan() const;
    const Annotator *currentAnnotator() const { return m_journal->currentAnnotator(); }
    // The GUI does not call this directly: it pushes a ReversibleEdit from core/project/edit.h
    // through LabelingContext::pushEdit, whose undo command commits forward or backward.
    // A mask stroke, for example:
    //     const MaskAnnotation *before = workspace->myWork(itemId)->findMask(maskId);
    //     ... paint dabs into a clone of before->mask, tracking the dirty rectangle ...
    //     if (auto edit = edits::strokeMask(itemId, *before, painted, dirty))
    //         context->pushEdit(*edit, tr("Brush stroke"));
    // A new instance is edits::addMask with an id from newAnnotationId().
    MaybeError commit(const Edit &edit);
    static constexpr qsizetype InlinePixelRunsLimit = SessionJournal::InlinePixelRunsLimit;
    const QDateTime &lastSaved() const { return m_journal->lastSaved(); }
    const ItemWork *myWork(const QString &itemId) const { return m_journal->myWork(itemId); }
    ItemStatus myStatus(const QString &itemId) const { return m_journal->myStatus(itemId); }

    // VisibilityPolicy (core/project/visibilitypolicy.h): views show other readers' work only
    // through these.
    const ItemWork *visibleWork(const QString &authorId, const QString &itemId) const;
    QStringList visibleAuthors(const QString &itemId) const;
    AnnotationStore visibleStore() const;

    // GuidelinePublisher (core/project/guidelinepublisher.h).
    Expected<int> publishGuidelineVersion(const QString &summary, const QString &text,
                                          const std::optional<Taxonomy> &taxonomy = std::nullopt);

    // CalibrationPlans (core/project/calibrationplans.h).
    Expected<CalibrationPlan> addCalibrationPlan(CalibrationPlan plan);
    Expected<CalibrationPlan> addGoldTest(CalibrationPlan plan);
    Expected<GoldTestScore> goldTestScore(const QString &planId) const;

    // ReferenceLabelBook (core/project/referencelabelbook.h).
    MaybeError recordReferenceLabel(const QString &itemId, const std::vector<int> &labelIds,
                                    const QString &note = {});
    std::optional<ReferenceLabel> referenceLabel(const QString &itemId) const;

Q_SIGNALS:
    void sessionChanged(); // SessionJournal::sessionChanged
    void itemChanged(const QString &itemId);
    void itemsAdded();
    void projectChanged();
    void saved(const QDateTime &when);

private:
    explicit Workspace(std::unique_ptr<ProjectState> state);
    friend class WorkspaceInternals;
    void takeChangesByOthers(bool sharedFiles, const QStringList &annotatorIds);

    // Declared in the order they depend on each other, so each is destroyed before what it
    // refers to (the journal ends its session into the state's store).
    std::unique_ptr<ProjectState> m_state;
    std::unique_ptr<SessionJournal> m_journal;
    std::unique_ptr<VisibilityPolicy> m_visibility;
    std::unique_ptr<GuidelinePublisher> m_guidelines;
    std::unique_ptr<CalibrationPlans> m_plans;
    std::unique_ptr<ReferenceLabelBook> m_references;
    std::unique_ptr<ProjectWatcher> m_watcher;
};

} // namespace concord
