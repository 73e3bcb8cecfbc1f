// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/sharedfileupdate.h"

#include "core/storage/atomicfile.h"
#include "core/storage/projectfile.h"
#include "core/storage/projectlock.h"

namespace concord {

Expected<Project> updateProjectFile(const ProjectFolder &folder,
                                    const std::function<MaybeError(Project &)> &change)
{
    Expected<ProjectLock> lock = ProjectLock::acquire(folder.root());
    if (!lock)
        return lock.error();
    Expected<ProjectDocument> document = readProjectDocument(folder.projectFile());
    if (!document)
        return document.error();
    if (MaybeError refused = change(document->project))
        return *refused;
    const QByteArray bytes = projectFileBytes(document->project, document->bytes);
    if (bytes != document->bytes) {
        if (MaybeError error = writeFileAtomically(folder.projectFile(), bytes))
            return *error;
    }
    return std::move(document->project);
}

Expected<ItemListReadResult> updateItemListFile(const ProjectFolder &folder,
                                                const std::function<MaybeError(ItemList &)> &change)
{
    Expected<ProjectLock> lock = ProjectLock::acquire(folder.root());
    if (!lock)
        return lock.error();
    ItemListReadResult read = readItemListFile(folder.itemsFile());
    // An unreadable file (not a bad line: the whole file) must not be replaced by our items.
    for (const FileError &problem : read.problems) {
        if (problem.line < 0)
            return problem;
    }
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
    return read;
}

} // namespace concord
