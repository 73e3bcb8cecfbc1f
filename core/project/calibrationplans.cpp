// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/project/calibrationplans.h"

#include "core/project/projectstate.h"
#include "core/project/referencelabels.h"
#include "core/project/sessionjournal.h"

#include <algorithm>

namespace concord {

CalibrationPlans::CalibrationPlans(ProjectState &state, const SessionJournal &journal)
    : m_state(state)
    , m_folder(state.folder())
    , m_project(state.project())
    , m_items(state.items())
    , m_store(state.store())
    , m_journal(journal)
    , m_session(journal.session())
{}

MaybeError CalibrationPlans::requireRole(bool (*allowed)(Role), const QString &what) const
{
    return m_journal.requireRole(allowed, what);
}

const Annotator *CalibrationPlans::currentAnnotator() const
{
    return m_journal.currentAnnotator();
}

bool CalibrationPlans::currentAnnotatorLeads() const
{
    const Annotator *me = currentAnnotator();
    return me && mayLeadCalibration(me->role);
}

Expected<CalibrationPlan> CalibrationPlans::addPlan(CalibrationPlan plan,
                                                    std::vector<CalibrationPlan> Project::*list,
                                                    const QString &idPrefix,
                                                    const QString &defaultName)
{
    if (plan.itemIds.isEmpty() || plan.participantIds.isEmpty())
        return FileError{m_folder.projectFile(), tr("a session needs items and readers")};
    for (const QString &participant : plan.participantIds) {
        if (!m_project.findAnnotator(participant))
            return FileError{m_folder.projectFile(),
                             tr("unknown participant \"%1\"").arg(participant)};
    }
    for (const QString &itemId : plan.itemIds) {
        if (!m_items.find(itemId))
            return FileError{m_folder.itemsFile(), tr("unknown item \"%1\"").arg(itemId)};
    }
    if (!m_project.findGuideline(plan.guidelineVersion)) {
        return FileError{m_folder.projectFile(),
                         tr("there is no guideline version %1").arg(plan.guidelineVersion)};
    }
    // Whole seconds: project.json stores ISO dates without milliseconds.
    plan.created = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
    plan.leadId = m_session.annotatorId;
    const QString base = idPrefix + plan.created.toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    const bool unnamed = plan.name.trimmed().isEmpty();
    // The id and default name are chosen inside the update, against every writer's plans.
    MaybeError error = m_state.updateProject([&](Project &project) -> MaybeError {
        std::vector<CalibrationPlan> &plans = project.*list;
        auto taken = [&](const QString &id) {
            return std::any_of(plans.begin(), plans.end(),
                               [&](const CalibrationPlan &existing) { return existing.id == id; });
        };
        // A lead who runs `calibration create` again after a crash, or two leads on one folder,
        // would otherwise get two sessions by one name that the review cannot tell apart.
        const bool nameTaken =
            !unnamed && std::any_of(plans.begin(), plans.end(), [&](const CalibrationPlan &other) {
                return other.name.trimmed() == plan.name.trimmed();
            });
        if (nameTaken)
            return FileError{m_folder.projectFile(),
                             tr("a session named \"%1\" already exists").arg(plan.name.trimmed())};
        plan.id = base;
        for (int n = 2; taken(plan.id); ++n)
            plan.id = base + QLatin1Char('-') + QString::number(n);
        if (unnamed)
            plan.name = defaultName.arg(plans.size() + 1);
        plans.push_back(plan);
        return std::nullopt;
    });
    if (error)
        return *error;
    return plan;
}

Expected<CalibrationPlan> CalibrationPlans::addCalibrationPlan(CalibrationPlan plan)
{
    if (MaybeError refused = requireRole(mayLeadCalibration, tr("set up a calibration session")))
        return *refused;
    return addPlan(std::move(plan), &Project::calibrations, QStringLiteral("cal-"),
                   tr("Calibration %1"));
}

Expected<CalibrationPlan> CalibrationPlans::addGoldTest(CalibrationPlan plan)
{
    if (MaybeError refused = requireRole(mayLeadCalibration, tr("set up a gold test")))
        return *refused;
    for (const QString &itemId : plan.itemIds) {
        if (!latestReferenceLabel(m_project, m_store, itemId)) {
            return FileError{m_folder.projectFile(),
                             tr("item \"%1\" has no reference label").arg(itemId)};
        }
    }
    return addPlan(std::move(plan), &Project::goldTests, QStringLiteral("gold-"),
                   tr("Gold test %1"));
}

Expected<GoldTestScore> CalibrationPlans::goldTestScore(const QString &planId) const
{
    const CalibrationPlan *plan = m_project.findGoldTest(planId);
    if (!plan)
        return FileError{m_folder.projectFile(), tr("there is no gold test \"%1\"").arg(planId)};
    const Annotator *me = currentAnnotator();
    if (!me)
        return FileError{m_folder.root(), tr("gold test results need an open session")};
    if (isGoldTestRunning(*plan, m_store, me->id))
        return FileError{m_folder.projectFile(),
                         tr("submit every item of the gold test to see its result")};
    GoldTestScore score = scoreGoldTest(m_project, m_store, *plan);
    if (me->role != Role::Annotator)
        return score;
    const qsizetype mine = plan->participantIds.indexOf(me->id);
    if (mine < 0)
        return FileError{m_folder.projectFile(),
                         tr("%1 did not take this gold test").arg(me->displayName)};
    // A reader sees their own score, not the other readers'.
    score.comparison.readers = {score.comparison.readers[size_t(mine)]};
    score.submitted = {score.submitted[size_t(mine)]};
    return score;
}

Expected<CalibrationReviewReport> CalibrationPlans::calibrationReview(const QString &planId) const
{
    if (MaybeError refused = requireRole(mayReviewCalibration, tr("review a calibration session")))
        return *refused;
    const CalibrationPlan *plan = m_project.findCalibration(planId);
    if (!plan) {
        return FileError{m_folder.projectFile(),
                         tr("there is no calibration session \"%1\"").arg(planId)};
    }
    CalibrationReviewReport report;
    report.items = reviewCalibration(*plan, m_store);
    report.summary = summarizeCalibration(m_project, m_items, m_store, *plan);
    return report;
}

bool CalibrationPlans::isTakingGoldTest(const CalibrationPlan &plan) const
{
    return m_journal.hasSession() && isGoldTestRunning(plan, m_store, m_session.annotatorId);
}

QStringList CalibrationPlans::goldTestCandidates(const QStringList &readerIds) const
{
    if (!currentAnnotatorLeads())
        return {};
    return concord::goldTestCandidates(m_project, m_items, m_store, readerIds);
}

QStringList CalibrationPlans::pickItems(const ItemList &items,
                                        const CalibrationSampleRequest &request) const
{
    if (!currentAnnotatorLeads())
        return {};
    return pickCalibrationItems(items, m_store, request);
}

} // namespace concord
