// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/clicommand.h"

#include <vector>

namespace concord::cli {

// Every sub-command of concord-cli, in the order `--help` lists them. Each lives in its own
// <name>command.cpp file.
const std::vector<CliCommand> &allCommands();

} // namespace concord::cli
