// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/calibrationplan.h"
#include "core/model/itemlist.h"
#include "core/model/project.h"
#include "core/model/session.h"
#include "core/project/annotationstore.h"
#include "core/project/calibrationreview.h"
#include "core/project/calibrationsampler.h"
#include "core/project/goldtest.h"
#include "core/storage/projectfolder.h"
#include "core/util/error.h"

#include <QObject>

#include <vector>

namespace concord {

class ProjectState;
class SessionJournal;

// What a calibration review shows (core/project/calibrationreview.h): every participant's
// reading of every item, the most disputed first, and their agreement.
struct CalibrationReviewReport
{
    std::vector<CalibrationItemReview> items;
    CalibrationSummary summary;
};

// Calibration sessions and gold tests (core/model/calibrationplan.h, core/project/goldtest.h):
// setting them up, and the views of them that read several readers' work, each with its role
// check here in core (the window only mirrors them in what it enables). Shares the project
// state by reference; a Workspace owns it.
class CalibrationPlans : public QObject
{
    Q_OBJECT

public:
    CalibrationPlans(ProjectState &state, const SessionJournal &journal);

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

    // The review of a calibration session: every participant's reading, unblinded. Only
    // reviewers, adjudicators and leads may open it (mayReviewCalibration); anyone else, or no
    // session, gets an error saying why.
    Expected<CalibrationReviewReport> calibrationReview(const QString &planId) const;

    // True while the current session's annotator takes part in the gold test and has items of
    // it left to submit; false with no session.
    bool isTakingGoldTest(const CalibrationPlan &plan) const;

    // For the lead setting up a plan; empty for anyone else (they reveal which items readers
    // have worked on, and the majority labels that stratified sampling groups by).
    // Items a gold test for `readerIds` may use (goldTestCandidates, core/project/goldtest.h).
    QStringList goldTestCandidates(const QStringList &readerIds) const;
    // Picks items from `items` (the project's, or a pool of them) as pickCalibrationItems does
    // (core/project/calibrationsampler.h).
    QStringList pickItems(const ItemList &items, const CalibrationSampleRequest &request) const;

private:
    MaybeError requireRole(bool (*allowed)(Role), const QString &what) const;
    const Annotator *currentAnnotator() const;
    bool currentAnnotatorLeads() const;
    // Checks a new plan (participants, items, guideline version), fills in its id (`idPrefix`
    // and the date), lead, date and, when it has none, a name (`defaultName` with its number),
    // and stores it in `list` of project.json.
    Expected<CalibrationPlan> addPlan(CalibrationPlan plan,
                                      std::vector<CalibrationPlan> Project::*list,
                                      const QString &idPrefix, const QString &defaultName);

    ProjectState &m_state;
    const ProjectFolder &m_folder;
    const Project &m_project;
    const ItemList &m_items;
    const AnnotationStore &m_store;
    const SessionJournal &m_journal;
    const Session &m_session;
};

} // namespace concord
