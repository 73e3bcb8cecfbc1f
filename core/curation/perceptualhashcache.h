// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/item.h"
#include "core/storage/projectfolder.h"
#include "core/util/error.h"

#include <map>
#include <optional>
#include <vector>

namespace concord {

// Perceptual hashes by image content (SHA-256), kept in cache/perceptual-hashes.json so that a
// second look for near-duplicates decodes only images it has not seen (docs/curation.md,
// "Near-duplicates"). Derivable data: a missing, damaged or older-format file reads as empty.
using PerceptualHashes = std::map<QString, quint64>;

QString perceptualHashCacheFile(const ProjectFolder &folder);
PerceptualHashes readPerceptualHashCache(const ProjectFolder &folder);
// Written atomically, never through a link planted in the project.
MaybeError writePerceptualHashCache(const ProjectFolder &folder, const PerceptualHashes &hashes);

// The hashes of `items`, by index: from the cache where it has the item's content, otherwise
// decoded (perceptualHashOfFile), and then cached. An item that cannot be decoded has none; its
// error goes to `unhashed`. A cache that cannot be written is only a warning in `cacheProblem`.
struct ItemHashes
{
    std::vector<std::optional<quint64>> hashOfItem;
    std::vector<std::pair<int, FileError>> unhashed; // item index, why
    int decoded = 0;                                 // images decoded for want of a cached hash
    std::optional<FileError> cacheProblem;
};
ItemHashes hashItems(const ProjectFolder &folder, const std::vector<Item> &items);

} // namespace concord
