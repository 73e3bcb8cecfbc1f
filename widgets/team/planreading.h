// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/calibrationplan.h"
#include "core/model/session.h"

#include <QString>

#include <functional>
#include <vector>

class QWidget;

namespace concord {

class LabelingWorkbench;

// Reading the items of a plan (a calibration session or a gold test) in the labeling window:
// restarts the session in `mode` for the plan unless it already is one, and shows the first
// item not yet submitted in it. The read starts blank and is the plan's own
// (Session::readingPlanId); the item browser lists only the plan's items and the plan-reading
// bar marks the read. False (and why, in `error`) when there is no such plan (`plan` is null:
// `missing` says so), the reader is not a participant or the session cannot start.
bool readPlanItems(LabelingWorkbench *workbench, SessionMode mode, const CalibrationPlan *plan,
                   const QString &missing, QString *error);

// Ends a plan read by starting an ordinary labeling session for the same reader; true at once
// when no plan is being read.
bool finishPlanReading(LabelingWorkbench *workbench, QString *error);

// Asks which of `plans` (those `offered` accepts, newest first) to use; the only one without
// asking. An empty id when there is none or the user cancels.
QString choosePlan(QWidget *parent, const std::vector<CalibrationPlan> &plans, const QString &title,
                   const std::function<bool(const CalibrationPlan &)> &offered);

} // namespace concord
