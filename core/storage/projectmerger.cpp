// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/projectmerger.h"

#include "core/storage/atomicfile.h"
#include "core/storage/itemlistfile.h"
#include "core/storage/projectfile.h"
#include "core/storage/projectfolder.h"
#include "core/storage/safepath.h"
#include "core/storage/sha256.h"
#include "core/storage/sharedfileupdate.h"
#include "core/util/translation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace concord {

MaybeError mergeJournalFile(const ProjectFolder &target, const QString &annotatorId,
                            const QString &fileName, const QByteArray &incoming,
                            const QString &origin, MergeReport &report, StagedCommit &staged)
{
    if (!isValidAnnotatorId(annotatorId))
        return FileError{origin,
                         concord::tr("\"%1\" is not a valid annotator id").arg(annotatorId)};
    if (const QString problem = SafePath::idProblem(fileName); !problem.isEmpty())
        return FileError{origin, problem};
    const QString relative = QStringLiteral("journal/") + annotatorId + QLatin1Char('/') + fileName;
    const QString targetFile = target.root() + QLatin1Char('/') + relative;
    // A link planted at journal/<annotator> would carry this write outside the project.
    if (MaybeError link = SafePath::refuseLinksBelow(target.root(), targetFile))
        return link;
    if (!QFileInfo::exists(targetFile)) {
        if (MaybeError error = staged.stage(relative, incoming))
            return error;
        ++report.journalsAdded;
        return std::nullopt;
    }
    Expected<QByteArray> existing = readWholeFile(targetFile);
    if (!existing)
        return existing.error();
    if (*existing == incoming || existing->startsWith(incoming)) {
        ++report.journalsUnchanged;
    } else if (incoming.startsWith(*existing)) {
        // Journals only grow: the other copy saw more of this session than we did.
        if (MaybeError error = staged.stage(relative, incoming))
            return error;
        ++report.journalsExtended;
    } else {
        report.conflicts.push_back(
            {origin, concord::tr("differs from %1 in a way that is not an extension; kept "
                                 "this project's version")
                         .arg(targetFile)});
    }
    return std::nullopt;
}

MaybeError adoptBlobs(const ProjectFolder &target, const std::vector<NamedBlob> &blobs,
                      const QString &origin, MergeReport &report, StagedCommit &staged)
{
    const BlobStore store(target.blobsDir());
    for (const NamedBlob &blob : blobs) {
        if (!BlobStore::matchesName(blob.name, blob.contents))
            return FileError{origin,
                             concord::tr("blob %1 is damaged: its contents do not match its name")
                                 .arg(blob.name)};
        if (store.contains(blob.name))
            continue;
        if (MaybeError error = staged.stage(QStringLiteral("blobs/") + blob.name, blob.contents))
            return error;
        ++report.blobsAdded;
    }
    return std::nullopt;
}

// Whether an item whose path climbs out of the project names, from `target`, an existing file
// with the item's recorded SHA-256: the image a copy brought from beside its own folder.
static bool sameImageBesideProject(const ProjectFolder &target, const Item &item)
{
    if (item.sha256.isEmpty() || QDir::isAbsolutePath(item.path) ||
        item.path.contains(QLatin1Char('\\')) || item.path.size() > SafePath::MaxRelativePathLength)
        return false;
    const QString path = QDir(target.root()).absoluteFilePath(item.path);
    return QFileInfo(path).isFile() && fileHasSha256(path, item.sha256);
}

// Calls `visit(annotatorId, path, contents)` for each session journal of `source`, one at a
// time, so memory holds one journal however many there are.
template <typename Visit>
static MaybeError forEachJournal(const ProjectFolder &source, const Visit &visit)
{
    for (const QString &annotatorId : source.annotatorIdsWithJournals()) {
        for (const QString &sourceFile : source.sessionJournalFiles(annotatorId)) {
            // A linked journal (or folder) would copy whatever file it points to in here.
            if (MaybeError link = SafePath::refuseLinksBelow(source.root(), sourceFile))
                return FileError{link->path,
                                 concord::tr("%1 Nothing was merged.").arg(link->message)};
            Expected<QByteArray> contents = readWholeFile(sourceFile);
            if (!contents)
                return contents.error();
            if (MaybeError error = visit(annotatorId, sourceFile, *contents))
                return error;
        }
    }
    return std::nullopt;
}

Expected<MergeReport> mergeProjectCopy(const QString &targetDirectory,
                                       const QString &sourceDirectory,
                                       const MergeMoreFiles &mergeMoreFiles)
{
    const ProjectFolder target(targetDirectory);
    const ProjectFolder source(sourceDirectory);
    if (QFileInfo(target.root()).canonicalFilePath() ==
        QFileInfo(source.root()).canonicalFilePath())
        return FileError{source.root(), concord::tr("cannot merge a project with itself")};
    if (!source.exists())
        return notAProjectError(source);
    Expected<Project> targetProject = readProjectFile(target.projectFile());
    if (!targetProject)
        return targetProject.error();
    Expected<Project> sourceProject = readProjectFile(source.projectFile());
    if (!sourceProject)
        return sourceProject.error();
    if (sourceProject->projectId != targetProject->projectId) {
        return FileError{
            source.projectFile(),
            concord::tr("belongs to a different project (\"%1\", id %2); this project is "
                        "\"%3\", id %4. Nothing was merged.")
                .arg(sourceProject->name, sourceProject->projectId, targetProject->name,
                     targetProject->projectId)};
    }

    // Read everything that can fail on bad input before writing anything.
    ItemListReadResult sourceItems = readItemListFile(source.itemsFile());
    BlobReferences referenced;
    if (MaybeError error = forEachJournal(
            source,
            [&](const QString &annotatorId, const QString &path,
                const QByteArray &contents) -> MaybeError {
                referenced.addJournal(contents, path);
                // Where it will go must hold no link either, or the merge would stop half-way.
                const QString destination = target.annotatorJournalDir(annotatorId) +
                                            QLatin1Char('/') + QFileInfo(path).fileName();
                if (MaybeError link = SafePath::refuseLinksBelow(target.root(), destination))
                    return FileError{link->path,
                                     concord::tr("%1 Nothing was merged.").arg(link->message)};
                return std::nullopt;
            }))
        return *error;
    const BlobStore targetBlobs(target.blobsDir());
    Expected<std::vector<NamedBlob>> blobs =
        referenced.loadMissingFrom(BlobStore(source.blobsDir()), &targetBlobs);
    if (!blobs)
        return FileError{blobs.error().path,
                         concord::tr("%1. Nothing was merged.").arg(blobs.error().message)};

    // A copy may bring only items whose images lie inside it (core/storage/safepath.md): an
    // item path such as ../../etc/passwd would make this project read any file. Items this
    // project has already are not taken from the copy, so their paths do not matter. One
    // exception: import keeps images where they are, so a copy names images beside it as
    // ../images/x.png; such an item is taken when that file is there for this project too,
    // with the content the item records, so no other file can be named this way.
    const ItemList knownItems = readItemListFile(target.itemsFile()).items;
    for (const Item &item : sourceItems.items.items()) {
        if (knownItems.find(item.id))
            continue;
        if (const QString problem = SafePath::relativePathProblem(item.path);
            !problem.isEmpty() && !sameImageBesideProject(target, item)) {
            return FileError{source.itemsFile(),
                             concord::tr("item \"%1\": %2; a copy may only bring images inside its "
                                         "project folder. Nothing was merged.")
                                 .arg(item.id, problem)};
        }
    }
    for (const Annotator &annotator : sourceProject->annotators) {
        if (!isValidAnnotatorId(annotator.id)) {
            return FileError{source.projectFile(),
                             concord::tr("\"%1\" is not a valid annotator id. Nothing was merged.")
                                 .arg(annotator.id)};
        }
    }

    // From here on the project lock is held, and the shared files are read again inside it, so
    // a writer that changed them meanwhile loses nothing. Every new file is staged first and
    // moved into place all at once: on any problem the project stays as it was.
    Expected<LockedRead<ProjectDocument>> locked = lockAndReadProjectDocument(target);
    if (!locked)
        return locked.error();
    Expected<ItemListReadResult> targetItems = readItemListFileToRewrite(target.itemsFile());
    if (!targetItems)
        return targetItems.error();
    Expected<StagedCommit> staged = StagedCommit::begin(target.root());
    if (!staged)
        return staged.error();

    MergeReport report;
    report.linesKept = targetItems->problems;
    // Lines the copy's items.jsonl could not give (damaged, or an unsafe id) are not merged;
    // they are reported, never dropped in silence.
    for (const FileError &problem : sourceItems.problems)
        report.conflicts.push_back(
            {problem.path, concord::tr("not merged: %1").arg(problem.message), problem.line});
    // Blobs first: no journal line here ever names a blob that is not yet on disk.
    if (MaybeError error = adoptBlobs(target, *blobs, source.blobsDir(), report, *staged))
        return *error;
    for (const Item &item : sourceItems.items.items()) {
        // Paths are relative to the project folder, so they stay valid across copies.
        if (targetItems->items.add(item))
            ++report.itemsAdded;
    }
    if (report.itemsAdded > 0) {
        if (MaybeError error =
                staged->stage(QStringLiteral("items.jsonl"),
                              itemListFileBytes(targetItems->items, targetItems->lines)))
            return *error;
    }

    if (mergeMoreFiles) {
        if (MaybeError error = mergeMoreFiles(target, source, report, *staged))
            return *error;
    }

    Project merged = locked->contents.project;
    for (const Annotator &annotator : sourceProject->annotators) {
        if (!merged.findAnnotator(annotator.id)) {
            merged.annotators.push_back(annotator);
            ++report.annotatorsAdded;
        }
    }
    for (const GuidelineVersion &version : sourceProject->guidelines) {
        const bool known =
            std::any_of(merged.guidelines.begin(), merged.guidelines.end(),
                        [&](const GuidelineVersion &v) { return v.version == version.version; });
        if (!known) {
            merged.guidelines.push_back(version);
            ++report.guidelineVersionsAdded;
        }
    }
    if (report.annotatorsAdded + report.guidelineVersionsAdded > 0) {
        std::sort(merged.guidelines.begin(), merged.guidelines.end(),
                  [](const auto &a, const auto &b) { return a.version < b.version; });
        merged.currentGuidelineVersion =
            std::max(merged.currentGuidelineVersion, sourceProject->currentGuidelineVersion);
        if (MaybeError error = staged->stage(QStringLiteral("project.json"),
                                             projectFileBytes(merged, locked->contents.bytes)))
            return *error;
    }

    if (MaybeError error =
            forEachJournal(source, [&](const QString &annotatorId, const QString &path,
                                       const QByteArray &contents) {
                return mergeJournalFile(target, annotatorId, QFileInfo(path).fileName(), contents,
                                        path, report, *staged);
            }))
        return *error;
    if (MaybeError error = staged->commit())
        return *error;
    return report;
}

} // namespace concord
