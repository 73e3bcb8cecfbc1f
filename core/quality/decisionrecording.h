// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/qualitydecision.h"
#include "core/project/itemwork.h"
#include "core/util/error.h"

#include <QStringList>

namespace concord {

class Workspace;

// The error categories a QC reviewer or a reviewer picks from when they find an error.
QStringList defaultErrorCategories(); // "missed-finding", "false-finding", ...

// Records a quality decision (docs/quality.md) as an event of the current session's
// annotator, with the policy version in force. Checked in core, so no view can bypass it:
// - review verdicts and QC verdicts need a reviewer, adjudicator or lead; adjudications an
//   adjudicator or lead;
// - nobody decides on an item they read themselves (their read would turn into their answer);
// - a review rejection and a QC error need a category from defaultErrorCategories();
// - findings go with review decisions only; each names a reader who submitted the item (not
//   the reviewer), a category from defaultErrorCategories() and, when not the whole answer,
//   "labels" or one of that reader's shapes ("box:<id>", "polygon:<id>", "mask:<id>").
MaybeError recordQualityDecision(Workspace &workspace, DecisionKind kind, const QString &itemId,
                                 const QString &category = {}, const QString &note = {},
                                 const std::vector<ReviewFinding> &findings = {});

// Whether `target` names something in `work` ("labels", "box:<id>", ...; empty: the whole).
bool findingTargetExists(const ItemWork &work, const QString &target);

} // namespace concord
