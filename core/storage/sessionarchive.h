// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/projectmerger.h"
#include "core/util/error.h"

#include <QString>

namespace concord {

// What exporting a session archive wrote.
struct SessionArchiveSummary
{
    int files = 0;
    qint64 journalBytes = 0;
    int blobs = 0; // mask payloads from blobs/ that the journals refer to
    qint64 blobBytes = 0;
};

// Writes one file holding everything an annotator's field work needs to travel: their session
// journals (journal/<annotatorId>/*.jsonl), the blobs those journals refer to (mask pixels,
// each checked against its name before it is packed), the project id, their annotator record
// from project.json, and a manifest with each file's size and SHA-256. The format is described in
// core/storage/sessionarchive.md. The archive is written atomically.
Expected<SessionArchiveSummary> exportSessionArchive(const QString &projectDirectory,
                                                     const QString &annotatorId,
                                                     const QString &archiveFile);

// Brings a session archive into a project. Everything is checked before anything is written:
// the magic line, the format version, the archive checksum, each file's size and checksum, each
// blob's bytes against its name, that every blob the journals refer to is carried or already
// here, and that the archive belongs to this project (same project id). A damaged, truncated,
// incomplete or foreign archive is refused and the project is left untouched. Blobs the project
// lacks are written first; journals are then merged with the same rules as mergeProjectCopy
// (mergeJournalFile), and the annotator is added to project.json when unknown. Importing the
// same archive twice changes nothing.
Expected<MergeReport> importSessionArchive(const QString &projectDirectory,
                                           const QString &archiveFile);

} // namespace concord
