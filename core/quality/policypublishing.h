// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/qualitypolicy.h"
#include "core/storage/projectfolder.h"
#include "core/util/error.h"

namespace concord {

// Publishes `policy` as the project's next quality policy version, written by `authorId`, who
// must be a lead of the project. The policy is checked first (policyProblem against the
// project); nothing is written when it is refused. Fills in the version (the highest so far
// plus one), the author and the time, writes project.json atomically and returns the stored
// policy. Routing follows the new version from then on; decisions already made keep the
// version they were made under (docs/quality.md).
Expected<QualityPolicy> publishQualityPolicy(const ProjectFolder &folder, QualityPolicy policy,
                                             const QString &authorId);

} // namespace concord
