// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/project/visibility.h"

namespace concord {

bool maySeeWork(const QString &viewerId, std::optional<Role> viewerRole, const QString &authorId,
                ItemStatus viewerStatusOnItem)
{
    if (!viewerId.isEmpty() && viewerId == authorId)
        return true;
    if (!viewerRole)
        return false;
    switch (*viewerRole) {
    case Role::Reviewer:
    case Role::Adjudicator:
    case Role::Lead: return true;
    case Role::Annotator: return viewerStatusOnItem == ItemStatus::Done;
    }
    return false; // an out-of-range role gets the least privilege
}

} // namespace concord
