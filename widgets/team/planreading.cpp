// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/team/planreading.h"

#include "core/project/workspace.h"
#include "widgets/labelingcontext.h"
#include "widgets/labelingworkbench.h"
#include "widgets/panels/itembrowser.h"

#include <QCoreApplication>
#include <QInputDialog>

namespace concord {

static QString tr(const char *text)
{
    return QCoreApplication::translate("PlanReading", text);
}

bool readPlanItems(LabelingWorkbench *workbench, SessionMode mode, const CalibrationPlan &plan,
                   QString *error)
{
    Workspace *workspace = workbench->workspace();
    const QString me = workspace->session().annotatorId;
    if (!plan.participantIds.contains(me) || plan.itemIds.isEmpty()) {
        if (error)
            *error = tr("You are not a reader of \"%1\".").arg(plan.name);
        return false;
    }
    if (workspace->session().mode != mode || workspace->session().planId != plan.id) {
        // Undo history belongs to the session it was made in.
        workbench->context()->undoStack()->clear();
        if (MaybeError failed = workspace->startSession(me, mode, plan.id)) {
            if (error)
                *error = failed->toString();
            return false;
        }
    }
    workbench->itemBrowser()->restrictToItems(plan.itemIds);
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

QString choosePlan(QWidget *parent, const std::vector<CalibrationPlan> &plans, const QString &title,
                   const std::function<bool(const CalibrationPlan &)> &offered)
{
    QStringList names;
    QStringList ids;
    for (auto it = plans.rbegin(); it != plans.rend(); ++it) {
        if (!offered(*it))
            continue;
        names.append(QCoreApplication::translate("PlanReading", "%1 (%n item(s))", nullptr,
                                                 int(it->itemIds.size()))
                         .arg(it->name));
        ids.append(it->id);
    }
    if (ids.size() <= 1)
        return ids.value(0);
    bool ok = false;
    const QString chosen =
        QInputDialog::getItem(parent, title, tr("Session:"), names, 0, false, &ok);
    return ok ? ids.value(names.indexOf(chosen)) : QString();
}

} // namespace concord
