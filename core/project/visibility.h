// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/annotation.h"
#include "core/model/annotator.h"

#include <QString>

#include <optional>

namespace concord {

// Blind reading, decided in one place so that no view can leak another reader's labels.
// May `viewerId` see the work `authorId` did on an item?
// - their own work, always;
// - Reviewers, Adjudicators and Leads see everyone's work;
// - an Annotator sees another reader's work on an item only once they have submitted that item
//   themselves (`viewerStatusOnItem` is Done), so their own reading stays independent;
// - a viewer who is not in the project (`viewerRole` empty) sees only their own work.
// Pure: it reads nothing but its arguments.
bool maySeeWork(const QString &viewerId, std::optional<Role> viewerRole, const QString &authorId,
                ItemStatus viewerStatusOnItem);

} // namespace concord
