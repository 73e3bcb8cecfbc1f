// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/itemlist.h"
#include "core/util/error.h"

#include <vector>

namespace concord {

struct ItemListReadResult
{
    ItemList items;
    std::vector<FileError> problems; // lines that were skipped, each with its line number
};

// items.jsonl: one JSON object per line. A bad line is reported and skipped; the others load.
// A missing file reads as an empty list (a project with no images yet).
ItemListReadResult readItemListFile(const QString &path);
MaybeError writeItemListFile(const QString &path, const ItemList &items);

} // namespace concord
