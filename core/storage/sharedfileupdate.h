// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/project.h"
#include "core/storage/itemlistfile.h"
#include "core/storage/projectfile.h"
#include "core/storage/projectfolder.h"
#include "core/storage/projectlock.h"
#include "core/util/error.h"

#include <functional>

namespace concord {

// The one way shared files of a project change (docs/storage.md, "Shared state and the project
// lock"): take the ProjectLock, read the file again from disk inside it, apply `change`, write
// the result atomically (keeping what this version does not know), release the lock. A caller
// then adopts the returned state, which holds every other writer's changes too, instead of
// writing its own possibly stale copy. `change` may return an error to abort: nothing is
// written then. A change that leaves the file's bytes as they were writes nothing.

// A shared file read again inside the project lock, with the lock, held while this lives: what
// every writer of the shared files starts from, so that it builds on the other writers' changes.
template <typename Contents> struct LockedRead
{
    ProjectLock lock;
    Contents contents;
};

// Takes the project lock, then `read()` (an Expected<Contents>) inside it.
template <typename Contents, typename Read>
Expected<LockedRead<Contents>> readUnderProjectLock(const ProjectFolder &folder, const Read &read)
{
    Expected<ProjectLock> lock = ProjectLock::acquire(folder.root());
    if (!lock)
        return lock.error();
    Expected<Contents> contents = read();
    if (!contents)
        return contents.error();
    return LockedRead<Contents>{std::move(*lock), std::move(*contents)};
}

// project.json, read under the project lock.
Expected<LockedRead<ProjectDocument>> lockAndReadProjectDocument(const ProjectFolder &folder);

// project.json; returns the project as it now is on disk.
Expected<Project> updateProjectFile(const ProjectFolder &folder,
                                    const std::function<MaybeError(Project &)> &change);

// items.jsonl; lines that did not load stay, verbatim and in place, and are reported in the
// result's problems. Returns the items as they now are on disk.
Expected<ItemListReadResult>
updateItemListFile(const ProjectFolder &folder,
                   const std::function<MaybeError(ItemList &)> &change);

} // namespace concord
