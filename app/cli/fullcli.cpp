// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/fullcli.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <system_error>

#include <unistd.h>

namespace concord::cli {

namespace {

// This executable's folder. /proc/self/exe names the file even when concord-cli was found
// through PATH or a symbolic link; argv[0] is the fallback where /proc is not mounted.
std::filesystem::path ownFolder(const char *argv0)
{
    std::error_code error;
    const std::filesystem::path self = std::filesystem::read_symlink("/proc/self/exe", error);
    if (!error)
        return self.parent_path();
    return std::filesystem::absolute(argv0, error).parent_path();
}

} // namespace

int execFullCli(char *argv[])
{
    const std::filesystem::path folder = ownFolder(argv[0]);
    const std::filesystem::path candidates[] = {
        folder / CONCORD_FULL_CLI_NAME,
        folder / CONCORD_FULL_CLI_INSTALL_DIR / CONCORD_FULL_CLI_NAME,
    };
    int firstError = 0;
    for (const std::filesystem::path &candidate : candidates) {
        ::execv(candidate.c_str(), argv);
        if (firstError == 0 || firstError == ENOENT)
            firstError = errno; // report why the likeliest one failed, not a later "not found"
    }
    // No QCoreApplication exists here to translate; this only happens to a broken install.
    std::fprintf(stderr, "concord-cli: cannot start %s (%s): %s\n", CONCORD_FULL_CLI_NAME,
                 candidates[0].parent_path().c_str(), std::strerror(firstError));
    return 1;
}

} // namespace concord::cli
