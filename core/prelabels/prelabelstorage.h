// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Pre-label sets on disk (docs/prelabels.md): one JSON file per set in <project>/prelabels/,
// written once, atomically, never edited. Reading treats every file as hostile: a damaged,
// oversized or symlinked file is refused with a message that names it.
#include "core/model/prelabelset.h"
#include "core/project/prelabelsetjson.h"
#include "core/util/error.h"

#include <QString>

#include <vector>

namespace concord {

// prelabelFolder, prelabelSetPath and isValidPrelabelSetId: core/project/prelabelsetjson.h.

// Every set in <projectRoot>/prelabels/, sorted by id; an error names the damaged file.
// A project without the folder has no sets (an empty list, not an error).
Expected<std::vector<PrelabelSet>> readPrelabelSets(const QString &projectRoot);

// One set by id; an error when it does not exist or is damaged.
Expected<PrelabelSet> readPrelabelSet(const QString &projectRoot, const QString &setId);

// Writes a new set atomically as <projectRoot>/prelabels/<set.id>.json (masks as run-length
// strings inside); refuses an id that is taken or not a safe file stem. Never replaces a file,
// even one another process creates at the same moment (docs/storage.md, "Files written once").
Expected<void> writePrelabelSet(const QString &projectRoot, const PrelabelSet &set);

// Writes a new set under a fresh id made from set.source.modelName (set.id is set to it). Two
// processes writing sets of one model at once each get their own id: none replaces the other.
Expected<void> writePrelabelSetUnderNewId(const QString &projectRoot, PrelabelSet &set);

// Writes predictions read from `file` as a new set with `source`, under a fresh id made from
// the model's name (set.id is set to it). A set without suggestions is refused, naming `file`:
// an import that finds nothing to propose writes nothing.
Expected<void> writeImportedPrelabelSet(const QString &projectRoot, PrelabelSet &set,
                                        PrelabelSource source, const QString &file);

// The first free, safe set id for a model name, e.g. "chest-detector-2026-12-07-1". Free when
// asked: a writer that may race others uses writePrelabelSetUnderNewId.
QString newPrelabelSetId(const QString &projectRoot, const QString &modelName);

// The set as the JSON document written to disk, and back (the reader validates everything and
// names `fileName` in its errors). Exposed for tests and for sets carried inside other files.
QByteArray prelabelSetToJson(const PrelabelSet &set);
Expected<PrelabelSet> prelabelSetFromJson(const QByteArray &json, const QString &fileName);

} // namespace concord
