// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/team/goldtestactions.h"

#include "core/project/workspace.h"
#include "widgets/editing/actionsupport.h"
#include "widgets/labelingworkbench.h"
#include "widgets/team/goldtestresultsdialog.h"
#include "widgets/team/goldtestsetupdialog.h"
#include "widgets/team/planreading.h"

#include <QAction>
#include <QMessageBox>
#include <QTimer>

namespace concord {

GoldTestActions::GoldTestActions(LabelingWorkbench *workbench, QWidget *window, QObject *parent)
    : QObject(parent)
    , m_workbench(workbench)
    , m_window(window)
    , m_start(new QAction(tr("Start &gold test…"), this))
    , m_take(new QAction(tr("&Take gold test…"), this))
    , m_showResults(new QAction(tr("Gold test res&ults…"), this))
{
    m_start->setToolTip(
        tr("Have readers label items with a reference label blind, and score them against it"));
    m_take->setToolTip(tr(
        "Label the items of a gold test blind; your score shows when you have submitted them all"));
    connect(m_start, &QAction::triggered, this, &GoldTestActions::newGoldTest);
    connect(m_take, &QAction::triggered, this, [this] {
        const Workspace *workspace = m_workbench->workspace();
        const QString planId = choosePlan(
            m_window, workspace->project().goldTests, tr("Gold test"),
            [&](const CalibrationPlan &plan) { return workspace->plans().isTakingGoldTest(plan); });
        QString error;
        if (!planId.isEmpty() && !takeGoldTest(planId, &error))
            QMessageBox::warning(m_window, tr("Cannot take this gold test"), error);
    });
    connect(m_showResults, &QAction::triggered, this, [this] { openResults(); });
    Workspace *workspace = m_workbench->workspace();
    connect(workspace, &Workspace::projectChanged, this, &GoldTestActions::updateEnabled);
    connect(workspace, &Workspace::itemChanged, this, &GoldTestActions::checkFinished);
    updateEnabled();
}

QList<QAction *> GoldTestActions::actions() const
{
    return {m_start, m_take, m_showResults};
}

void GoldTestActions::updateEnabled()
{
    const Workspace *workspace = m_workbench->workspace();
    const Annotator *me = workspace->currentAnnotator();
    const std::vector<CalibrationPlan> &tests = workspace->project().goldTests;
    setActionAvailable(m_start, me && mayLeadCalibration(me->role),
                       tr("Test readers on items whose reference label is known"),
                       tr("only a lead may start a gold test"));
    const bool taking =
        me && std::any_of(tests.begin(), tests.end(), [&](const CalibrationPlan &plan) {
            return workspace->plans().isTakingGoldTest(plan);
        });
    setActionAvailable(m_take, taking, tr("Read the items of your gold test afresh and blind"),
                       tr("you have no gold test to take"));
    // A reader has a score to see once they have finished a test; the others see everyone's.
    const bool finishedOne =
        me && std::any_of(tests.begin(), tests.end(), [&](const CalibrationPlan &plan) {
            return plan.participantIds.contains(me->id) &&
                   !workspace->plans().isTakingGoldTest(plan);
        });
    setActionAvailable(m_showResults,
                       me && !tests.empty() && (me->role != Role::Annotator || finishedOne),
                       tr("Readers' scores against the reference labels"),
                       tests.empty() ? tr("no gold test has been started yet")
                                     : tr("your score shows once you have finished your test"));
}

void GoldTestActions::newGoldTest()
{
    Workspace *workspace = m_workbench->workspace();
    GoldTestSetupDialog dialog(*workspace, m_window);
    dialog.execAndStore(
        [workspace](const CalibrationPlan &plan) { return workspace->addGoldTest(plan); },
        tr("Gold test not created"), tr("Gold test created"),
        tr("\"%1\": %2 items. Each reader opens the project (on this machine: Team ▸ "
           "Switch reader) and chooses Team ▸ Take gold test. They see neither the "
           "reference nor other readers' labels until they have submitted every item; "
           "then their score opens. Team ▸ Gold test results shows every reader's."));
}

bool GoldTestActions::takeGoldTest(const QString &planId, QString *error)
{
    const CalibrationPlan *plan = m_workbench->workspace()->project().findGoldTest(planId);
    if (!readPlanItems(m_workbench, SessionMode::GoldTest, plan,
                       tr("There is no gold test \"%1\".").arg(planId), error))
        return false;
    updateEnabled();
    Q_EMIT statusMessage(
        tr("Gold test \"%1\": %2 items, blind; your score shows when you have submitted them all")
            .arg(plan->name)
            .arg(plan->itemIds.size()),
        10000);
    return true;
}

GoldTestResultsDialog *GoldTestActions::openResults(const QString &planId, const QString &readerId)
{
    delete m_results;
    m_results = new GoldTestResultsDialog(*m_workbench->workspace(), m_window);
    m_results->setObjectName(QStringLiteral("goldTestResults"));
    m_results->setAttribute(Qt::WA_DeleteOnClose);
    if (!planId.isEmpty())
        m_results->selectResult(planId, readerId);
    m_results->show();
    return m_results;
}

GoldTestResultsDialog *GoldTestActions::results() const
{
    return m_results;
}

void GoldTestActions::checkFinished(const QString &itemId)
{
    const Workspace *workspace = m_workbench->workspace();
    const Session &session = workspace->session();
    if (!workspace->hasSession() || session.mode != SessionMode::GoldTest ||
        m_announced.contains(session.planId))
        return;
    const CalibrationPlan *plan = workspace->project().findGoldTest(session.planId);
    if (!plan || !plan->itemIds.contains(itemId) || workspace->plans().isTakingGoldTest(*plan))
        return;
    m_announced.insert(plan->id);
    updateEnabled();
    // After the submit that finished the test has moved on to the next item.
    QTimer::singleShot(0, this, [this, planId = plan->id, readerId = session.annotatorId] {
        openResults(planId, readerId);
        Q_EMIT statusMessage(tr("Gold test finished: your score is shown"), 8000);
    });
}

} // namespace concord
