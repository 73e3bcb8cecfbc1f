// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/calibrationplan.h"
#include "core/project/annotationstore.h"
#include "core/storage/jsonsupport.h"
#include "core/util/error.h"

namespace concord {
class Workspace;
}

namespace concord::cli {

// How `calibration` and `gold` show a plan (a calibration session or a gold test): its facts
// and each reader's progress, items submitted in the plan's own sessions (calibrationcommand.cpp).
Json calibrationPlanToJson(const CalibrationPlan &plan, const AnnotationStore &store);
void printPlan(const CalibrationPlan &plan, const AnnotationStore &store);

// Items named on the command line by id or by file path, as ids; an error names the first that
// is neither.
Expected<QStringList> itemIds(const Workspace &workspace, const QStringList &given);

} // namespace concord::cli
