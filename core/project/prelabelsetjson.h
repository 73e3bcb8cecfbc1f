// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The file format of a pre-label set (docs/prelabels.md), here below core/prelabels so that a
// commit can check the set and suggestion an accept or reject names (prelabelreferences.h).
// Storage of sets in a project is core/prelabels/prelabelstorage.h.
#include "core/model/prelabelset.h"
#include "core/util/error.h"

#include <QByteArray>
#include <QString>

namespace concord {

// The "format" member of every set file; files of another format or a newer version are refused.
inline constexpr const char *PrelabelSetFormat = "concord-prelabels";
inline constexpr int PrelabelSetFormatVersion = 1;
// Limits a set file must keep; a file beyond them is refused by name before anything is built.
inline constexpr size_t MaxPrelabelSuggestions = 2'000'000;
inline constexpr size_t MaxPrelabelPolygonVertices = 100'000;
inline constexpr qsizetype MaxPrelabelIdLength = 128;

// The folder of a project's pre-label sets, and a set's file in it (docs/prelabels.md, "In the
// project"). Here, below core/prelabels, so that the check at commit and merging copies name
// the same files as storage.
QString prelabelFolder(const QString &projectRoot);
QString prelabelSetPath(const QString &projectRoot, const QString &setId);

// Whether `setId` may name a set: a safe file stem (letters, digits, '-', '_', '.', not
// starting with '.'), at most 100 characters.
bool isValidPrelabelSetId(const QString &setId);

// Why `id` cannot be a suggestion id (empty, too long, a '/', a control character), or empty.
QString suggestionIdProblem(const QString &id);

QByteArray prelabelSetToJsonBytes(const PrelabelSet &set);
// Reads and checks every field; `fileName` is named in the error.
Expected<PrelabelSet> prelabelSetFromJsonBytes(const QByteArray &json, const QString &fileName);

} // namespace concord
