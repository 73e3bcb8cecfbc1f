// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/calibrationplan.h"
#include "core/project/annotationstore.h"
#include "core/storage/jsonsupport.h"
#include "core/util/error.h"

#include <functional>
#include <optional>
#include <vector>

namespace concord {
class Workspace;
}

namespace concord::cli {

class CommandLine;

// How `calibration` and `gold` show a plan (a calibration session or a gold test): its facts
// and each reader's progress, items submitted in the plan's own sessions (calibrationcommand.cpp).
Json calibrationPlanToJson(const CalibrationPlan &plan, const AnnotationStore &store);
void printPlan(const CalibrationPlan &plan, const AnnotationStore &store);

// `calibration list` and `gold list`: every plan, as one JSON object holding them under
// `jsonKey` or as text, `none` when there is none yet.
int listPlans(const std::vector<CalibrationPlan> &plans, const AnnotationStore &store, bool json,
              const char *jsonKey, const QString &none);

// The plan with this id or name, or null.
const CalibrationPlan *findPlan(const std::vector<CalibrationPlan> &plans, const QString &wanted);

// What `calibration create` and `gold create` print once a plan is stored: `created(plan)`, the
// sentence that names it, then its readers. The error when it was not stored.
int printCreatedPlan(const Expected<CalibrationPlan> &stored,
                     const std::function<QString(const CalibrationPlan &plan)> &created);

// --seed N of `calibration create` and `gold create`, or a random seed when it is not given.
// Nothing, after saying why on stderr, when N is not a number.
std::optional<quint64> planSeed(const CommandLine &line);

// Items named on the command line by id or by file path, as ids; an error names the first that
// is neither.
Expected<QStringList> itemIds(const Workspace &workspace, const QStringList &given);

} // namespace concord::cli
