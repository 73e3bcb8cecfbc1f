// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace concord::cli {

// Replaces this process with concord-cli-full, the program that has every command, passing
// `argv` (the whole command line, program name included) through unchanged. It is looked for
// beside this executable (the build tree) and then where `cmake --install` puts it
// (CONCORD_FULL_CLI_INSTALL_DIR, relative to this executable's folder). Returns only when it
// cannot be started, after saying why on stderr, with the exit code to end with.
int execFullCli(char *argv[]);

} // namespace concord::cli
