// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/error.h"

namespace concord {

// Loads a library of ours, a module, the first time a program needs what it does, so that
// starting the program does not load what the module links: OpenCV's image codecs (GDAL and
// over a hundred more libraries) and QtGui cost concord-cli most of its start-up
// (app/cli/README.md). A module exports one extern "C" function, `entryPoint`, that returns a
// table of function pointers whose first member is the table's version, an int.
//
// The module is looked for in fixed places only, never through an environment variable, the
// library search path or the working directory, so neither where a program is run nor its
// environment can make it load other code:
//   - the build tree's module folder, only when the running program itself lies in the build
//     tree (the tests, or a program run from build/);
//   - ../lib/concord (the install rules' folder) relative to the running program's folder.
// A module is never unloaded: its table points into it. Returns the table, or a FileError
// naming the module and every path looked at with why each failed, when none loads or its
// version is not `version` (a module of another build).
//
// Loading is not cached here; a caller keeps the result in a function-local static, which also
// makes loading once safe from any thread.
Expected<const void *> loadRuntimeModule(const char *fileName, const char *entryPoint, int version);

// The typed form, for a table struct with an `int version` first and a CurrentVersion.
template <typename Table>
Expected<const Table *> loadRuntimeModuleTable(const char *fileName, const char *entryPoint)
{
    Expected<const void *> table = loadRuntimeModule(fileName, entryPoint, Table::CurrentVersion);
    if (!table)
        return table.error();
    return static_cast<const Table *>(*table);
}

} // namespace concord
