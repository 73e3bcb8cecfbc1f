// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/annotator.h"
#include "core/util/error.h"

namespace concord {

class Workspace;

// Changes the role of an annotator already in the project (project.json, under the project
// lock), as the current session's annotator, who must be a lead: roles decide who sees whose
// work, so handing them out is the lead's, like guideline versions and calibration sessions.
// The project's last lead may not give the role up, or nobody could publish again. The session
// journals record the role each session ran with (session.start), so a reader's sessions
// before and after the change show it. Built on Workspace's calls; no state of its own.
MaybeError changeAnnotatorRole(Workspace &workspace, const QString &annotatorId, Role role);

} // namespace concord
