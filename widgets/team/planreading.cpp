// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/team/planreading.h"

#include "core/project/workspace.h"
#include "core/util/translation.h"
#include "widgets/editing/labelingcontext.h"
#include "widgets/labelingworkbench.h"

#include <QCoreApplication>
#include <QInputDialog>

namespace concord {

bool readPlanItems(LabelingWorkbench *workbench, SessionMode mode, const CalibrationPlan *found,
                   const QString &missing, QString *error)
{
    if (!found) {
        if (error)
            *error = missing;
        return false;
    }
    const CalibrationPlan &plan = *found;
    Workspace *workspace = workbench->workspace();
    const QString me = workspace->session().annotatorId;
    if (!plan.participantIds.contains(me) || plan.itemIds.isEmpty()) {
        if (error)
            *error = concord::tr("You are not a reader of \"%1\".").arg(plan.name);
        return false;
    }
    // The item browser and the plan-reading bar follow the new session; the context drops the
    // undo history of the old one.
    if (workspace->session().mode != mode || workspace->session().planId != plan.id) {
        if (MaybeError failed = workspace->startSession(me, mode, plan.id)) {
            if (error)
                *error = failed->toString();
            return false;
        }
    }
    QString start = plan.itemIds.front();
    for (const QString &itemId : plan.itemIds) {
        if (workspace->myStatus(itemId) != ItemStatus::Done) {
            start = itemId;
            break;
        }
    }
    workbench->context()->showItem(start);
    return true;
}

bool finishPlanReading(LabelingWorkbench *workbench, QString *error)
{
    Workspace *workspace = workbench->workspace();
    if (!workspace->readingPlan())
        return true;
    if (MaybeError failed = workspace->startSession(workspace->session().annotatorId)) {
        if (error)
            *error = failed->toString();
        return false;
    }
    return true;
}

QString choosePlan(QWidget *parent, const std::vector<CalibrationPlan> &plans, const QString &title,
                   const std::function<bool(const CalibrationPlan &)> &offered)
{
    QStringList names;
    QStringList ids;
    for (auto it = plans.rbegin(); it != plans.rend(); ++it) {
        if (!offered(*it))
            continue;
        names.append(
            concord::tr("%1 (%n item(s))", nullptr, int(it->itemIds.size())).arg(it->name));
        ids.append(it->id);
    }
    if (ids.size() <= 1)
        return ids.value(0);
    bool ok = false;
    const QString chosen =
        QInputDialog::getItem(parent, title, concord::tr("Session:"), names, 0, false, &ok);
    return ok ? ids.value(names.indexOf(chosen)) : QString();
}

} // namespace concord
