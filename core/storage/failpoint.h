// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace concord {

// Kills this process with SIGKILL when the environment variable CONCORD_FAILPOINT names
// `name`. Lets the kill tests stop a multi-file write at an exact step (e.g. between two
// renames of a StagedCommit) instead of hoping a random kill lands there. Costs one cached
// comparison when the variable is unset.
void reachFailpoint(const char *name);

} // namespace concord
