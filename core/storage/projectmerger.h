// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/blobreferences.h"
#include "core/storage/projectfolder.h"
#include "core/storage/stagedcommit.h"
#include "core/util/error.h"

#include <QByteArray>

#include <functional>
#include <vector>

namespace concord {

struct MergeReport
{
    int journalsAdded = 0;    // session files new to this project
    int journalsExtended = 0; // session files the other copy holds a longer version of
    int journalsUnchanged = 0;
    int itemsAdded = 0;
    int annotatorsAdded = 0;
    int guidelineVersionsAdded = 0;
    int blobsAdded = 0;               // mask payloads in blobs/ that the incoming journals refer to
    int itemKeysAdded = 0;            // item keys (item-keys.json) this project lacked
    int splitVersionsAdded = 0;       // split versions (splits.json) this project lacked
    int prelabelSetsAdded = 0;        // pre-label sets (prelabels/) this project lacked
    bool labelingRulesAdded = false;  // labeling-rules.json, which this project lacked
    std::vector<FileError> conflicts; // session files that differ in a way merging cannot settle
    // Lines of this project's items.jsonl that do not load: kept verbatim by the rewrite, and
    // reported.
    std::vector<FileError> linesKept;

    bool changedAnything() const
    {
        return journalsAdded + journalsExtended + itemsAdded + annotatorsAdded +
                   guidelineVersionsAdded + blobsAdded + itemKeysAdded + splitVersionsAdded +
                   prelabelSetsAdded + int(labelingRulesAdded) >
               0;
    }
};

// Brings another copy's work into this project. Merging is set union: journal files this copy
// lacks are copied in, a session file the other copy holds a longer version of replaces ours
// (ours is a prefix of it), items and annotators unknown here are added, and so are the blobs
// the other copy's journals refer to (mask pixels), each checked against its name and written
// before any journal that names it. Running it twice changes nothing. A copy of a different
// project (another project id), or one missing or holding a damaged blob its journals need, is
// refused before anything is written. The whole merge is one StagedCommit under the project
// lock: it happens completely or not at all, and concurrent writers lose nothing.
//
// Files that layers above storage keep in the project folder (item-keys.json and splits.json,
// docs/curation.md, "Merging copies") are merged by `mergeMoreFiles`, called with the lock held
// after items.jsonl is staged: it stages what it changes in the same commit and counts it in
// the report; an error it returns refuses the whole merge, nothing written.
using MergeMoreFiles =
    std::function<MaybeError(const ProjectFolder &target, const ProjectFolder &source,
                             MergeReport &report, StagedCommit &staged)>;
Expected<MergeReport> mergeProjectCopy(const QString &targetDirectory,
                                       const QString &sourceDirectory,
                                       const MergeMoreFiles &mergeMoreFiles = {});

// Brings one incoming session journal (`fileName`, e.g. "<session>.jsonl", with `incoming` as
// its contents) into `target`'s journal/<annotatorId>/ folder by the rules above: a new file is
// staged in `staged`, so is a longer version whose prefix is ours, an identical or shorter
// prefix changes nothing, anything else is added to report.conflicts naming `origin`.
// Shared by merging project copies and importing session archives, so both settle journals
// the same way.
MaybeError mergeJournalFile(const ProjectFolder &target, const QString &annotatorId,
                            const QString &fileName, const QByteArray &incoming,
                            const QString &origin, MergeReport &report, StagedCommit &staged);

// Stages `blobs` for `target`'s blobs/ folder, each checked against its name, skipping those
// it holds, and counts the new ones in report.blobsAdded. `origin` names where they came from.
MaybeError adoptBlobs(const ProjectFolder &target, const std::vector<NamedBlob> &blobs,
                      const QString &origin, MergeReport &report, StagedCommit &staged);

} // namespace concord
