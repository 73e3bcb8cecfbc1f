// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/project.h"
#include "core/util/error.h"

namespace concord {

// Reads and writes project.json. Writing is atomic; reading rejects a newer schema than this
// build understands rather than silently dropping fields it does not know.
Expected<Project> readProjectFile(const QString &path);
MaybeError writeProjectFile(const QString &path, const Project &project);

} // namespace concord
