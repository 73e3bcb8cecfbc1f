// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/qualitydecision.h"
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
// - a review rejection and a QC error need a category from defaultErrorCategories().
MaybeError recordQualityDecision(Workspace &workspace, DecisionKind kind, const QString &itemId,
                                 const QString &category = {}, const QString &note = {});

} // namespace concord
