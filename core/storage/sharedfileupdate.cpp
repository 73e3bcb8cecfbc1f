// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/sharedfileupdate.h"

#include "core/storage/atomicfile.h"
#include "core/storage/projectfile.h"
#include "core/storage/projectlock.h"

namespace concord {

Expected<LockedRead<ProjectDocument>> lockAndReadProjectDocument(const ProjectFolder &folder)
{
    return readUnderProjectLock<ProjectDocument>(
        folder, [&] { return readProjectDocument(folder.projectFile()); });
}

Expected<Project> updateProjectFile(const ProjectFolder &folder,
                                    const std::function<MaybeError(Project &)> &change)
{
    Expected<LockedRead<ProjectDocument>> locked = lockAndReadProjectDocument(folder);
    if (!locked)
        return locked.error();
    ProjectDocument &document = locked->contents;
    if (MaybeError refused = change(document.project))
        return *refused;
    const QByteArray bytes = projectFileBytes(document.project, document.bytes);
    if (bytes != document.bytes) {
        if (MaybeError error = writeFileAtomically(folder.projectFile(), bytes))
            return *error;
    }
    return std::move(document.project);
}

Expected<ItemListReadResult> updateItemListFile(const ProjectFolder &folder,
                                                const std::function<MaybeError(ItemList &)> &change)
{
    Expected<LockedRead<ItemListReadResult>> locked = readUnderProjectLock<ItemListReadResult>(
        folder, [&] { return readItemListFileToRewrite(folder.itemsFile()); });
    if (!locked)
        return locked.error();
    ItemListReadResult &read = locked->contents;
    if (MaybeError refused = change(read.items))
        return *refused;
    QByteArray asRead;
    for (const ItemListLine &line : read.lines)
        asRead += line.text + '\n';
    const QByteArray bytes = itemListFileBytes(read.items, read.lines);
    if (bytes != asRead) {
        if (MaybeError error = writeFileAtomically(folder.itemsFile(), bytes))
            return *error;
    }
    return std::move(read);
}

} // namespace concord
