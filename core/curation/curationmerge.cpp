// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/curation/curationmerge.h"

#include "core/curation/itemkeys.h"
#include "core/curation/splitrecords.h"
#include "core/project/prelabelsetjson.h"
#include "core/storage/atomicfile.h"
#include "core/storage/safepath.h"
#include "core/util/translation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace concord {

namespace {

// A link in either copy would make the merge read, or replace, a file outside it.
MaybeError refuseLinkedFile(const ProjectFolder &folder, const QString &path)
{
    if (!QFileInfo::exists(path) && !QFileInfo(path).isSymLink())
        return std::nullopt;
    if (MaybeError link = SafePath::refuseLinksBelow(folder.root(), path))
        return FileError{link->path, concord::tr("%1 Nothing was merged.").arg(link->message)};
    return std::nullopt;
}

FileError refusedBecause(const FileError &error)
{
    return FileError{error.path, concord::tr("%1. Nothing was merged.").arg(error.message),
                     error.line};
}

MaybeError mergeItemKeys(const ProjectFolder &target, const ProjectFolder &source,
                         MergeReport &report, StagedCommit &staged)
{
    for (const ProjectFolder *folder : {&target, &source}) {
        if (MaybeError link = refuseLinkedFile(*folder, itemKeysFile(*folder)))
            return link;
    }
    Expected<ItemKeyMap> theirs = readItemKeys(source);
    if (!theirs)
        return refusedBecause(theirs.error());
    Expected<ItemKeyMap> ours = readItemKeys(target);
    if (!ours)
        return refusedBecause(ours.error());
    ItemKeyMap merged = *ours;
    int added = 0;
    for (const auto &[itemId, keys] : *theirs) {
        for (const auto &[name, value] : keys) {
            auto &values = merged[itemId];
            const auto known = values.find(name);
            if (known == values.end()) {
                values.emplace(name, value);
                ++added;
            } else if (known->second != value) {
                report.conflicts.push_back(
                    {itemKeysFile(source),
                     concord::tr("item \"%1\", key \"%2\": \"%3\" here, \"%4\" in the other copy; "
                                 "kept \"%3\"")
                         .arg(itemId, name, known->second, value)});
            }
        }
    }
    if (added == 0)
        return std::nullopt;
    if (MaybeError error = staged.stage(QDir(target.root()).relativeFilePath(itemKeysFile(target)),
                                        itemKeysFileBytes(merged)))
        return error;
    report.itemKeysAdded += added;
    return std::nullopt;
}

// "version 3 (by ann, 2026-12-07T04:01:00Z)", to name a split version in a conflict.
QString describeVersion(const Json &version)
{
    return concord::tr("version %1 (by %2, %3)")
        .arg(optionalInteger(version, "version"))
        .arg(optionalString(version, "created_by"), optionalString(version, "created"));
}

MaybeError mergeSplits(const ProjectFolder &target, const ProjectFolder &source,
                       MergeReport &report, StagedCommit &staged)
{
    for (const ProjectFolder *folder : {&target, &source}) {
        if (MaybeError link = refuseLinkedFile(*folder, splitsFile(*folder)))
            return link;
    }
    Expected<std::vector<Json>> theirs = readSplitVersionObjects(source);
    if (!theirs)
        return refusedBecause(theirs.error());
    Expected<std::vector<Json>> ours = readSplitVersionObjects(target);
    if (!ours)
        return refusedBecause(ours.error());
    // Versions are a history: compare them from the first, as recorded.
    size_t common = 0;
    while (common < ours->size() && common < theirs->size() && (*ours)[common] == (*theirs)[common])
        ++common;
    if (common == theirs->size())
        return std::nullopt; // the copy has nothing this project lacks
    if (common < ours->size()) {
        report.conflicts.push_back(
            {splitsFile(source),
             concord::tr("the copies recorded different splits: %1 here, %2 in the other copy; "
                         "kept this project's splits and added none of the other copy's")
                 .arg(describeVersion((*ours)[common]), describeVersion((*theirs)[common]))});
        return std::nullopt;
    }
    // The copy's history extends ours: its file as it is (fields this Concord does not know
    // included) is what this project's would be had the splits been made here.
    Expected<QByteArray> bytes = readWholeFile(splitsFile(source));
    if (!bytes)
        return refusedBecause(bytes.error());
    if (MaybeError error =
            staged.stage(QDir(target.root()).relativeFilePath(splitsFile(target)), *bytes))
        return error;
    report.splitVersionsAdded += int(theirs->size() - common);
    return std::nullopt;
}

// Sets are written once and never edited (docs/prelabels.md), so merging is a union of files.
// Readers' decisions name a set by id: a set the copies hold in two versions is a conflict the
// report names, since decisions made in the other copy now name this project's version.
MaybeError mergePrelabelSets(const ProjectFolder &target, const ProjectFolder &source,
                             MergeReport &report, StagedCommit &staged)
{
    const QString theirFolder = prelabelFolder(source.root());
    for (const auto &[folder, path] :
         {std::pair{&source, theirFolder}, std::pair{&target, prelabelFolder(target.root())}}) {
        if (MaybeError link = refuseLinkedFile(*folder, path))
            return link;
    }
    if (!QFileInfo(theirFolder).isDir())
        return std::nullopt;
    const QStringList files =
        QDir(theirFolder)
            .entryList({QStringLiteral("*.json")}, QDir::Files | QDir::System, QDir::Name);
    for (const QString &name : files) {
        const QString theirs = QDir(theirFolder).filePath(name);
        const QString setId = QFileInfo(name).completeBaseName();
        const QString ours = prelabelSetPath(target.root(), setId);
        for (const auto &[folder, path] : {std::pair{&source, theirs}, std::pair{&target, ours}}) {
            if (MaybeError link = refuseLinkedFile(*folder, path))
                return link;
        }
        if (!isValidPrelabelSetId(setId))
            return refusedBecause(
                {theirs, concord::tr("\"%1\" is not a pre-label set's name").arg(name)});
        Expected<QByteArray> bytes = readWholeFile(theirs);
        if (!bytes)
            return refusedBecause(bytes.error());
        Expected<PrelabelSet> set = prelabelSetFromJsonBytes(*bytes, theirs);
        if (!set)
            return refusedBecause(set.error());
        if (set->id != setId)
            return refusedBecause({theirs, concord::tr("the set's id \"%1\" is not its file's "
                                                       "name")
                                               .arg(set->id)});
        if (QFileInfo::exists(ours)) {
            Expected<QByteArray> ourBytes = readWholeFile(ours);
            if (!ourBytes)
                return refusedBecause(ourBytes.error());
            if (*ourBytes != *bytes)
                report.conflicts.push_back(
                    {theirs, concord::tr("pre-label set \"%1\" differs between the copies; kept "
                                         "this project's, which decisions made in the other copy "
                                         "now name")
                                 .arg(setId)});
            continue;
        }
        if (MaybeError error = staged.stage(QDir(target.root()).relativeFilePath(ours), *bytes))
            return error;
        ++report.prelabelSetsAdded;
    }
    return std::nullopt;
}

// Labeling rules are one document with a revision: added when this project has none, kept
// when the copies differ (docs/curation.md, "Merging copies").
MaybeError mergeLabelingRules(const ProjectFolder &target, const ProjectFolder &source,
                              MergeReport &report, StagedCommit &staged)
{
    for (const ProjectFolder *folder : {&target, &source}) {
        if (MaybeError link = refuseLinkedFile(*folder, folder->labelingRulesFile()))
            return link;
    }
    if (!QFileInfo::exists(source.labelingRulesFile()))
        return std::nullopt;
    Expected<QByteArray> theirs = readWholeFile(source.labelingRulesFile());
    if (!theirs)
        return refusedBecause(theirs.error());
    if (QFileInfo::exists(target.labelingRulesFile())) {
        Expected<QByteArray> ours = readWholeFile(target.labelingRulesFile());
        if (!ours)
            return refusedBecause(ours.error());
        if (*ours != *theirs)
            report.conflicts.push_back(
                {source.labelingRulesFile(),
                 concord::tr("the copies hold different labeling rules; kept this project's")});
        return std::nullopt;
    }
    if (MaybeError error =
            staged.stage(QDir(target.root()).relativeFilePath(target.labelingRulesFile()), *theirs))
        return error;
    report.labelingRulesAdded = true;
    return std::nullopt;
}

} // namespace

MaybeError mergeCurationFiles(const ProjectFolder &target, const ProjectFolder &source,
                              MergeReport &report, StagedCommit &staged)
{
    if (MaybeError error = mergeItemKeys(target, source, report, staged))
        return error;
    if (MaybeError error = mergeSplits(target, source, report, staged))
        return error;
    if (MaybeError error = mergePrelabelSets(target, source, report, staged))
        return error;
    return mergeLabelingRules(target, source, report, staged);
}

} // namespace concord
