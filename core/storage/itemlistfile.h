// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/itemlist.h"
#include "core/util/error.h"

#include <vector>

namespace concord {

struct ItemListReadResult
{
    ItemList items;
    // Lines that were skipped, or whose item loaded without a malformed optional field (pixel
    // spacing), each with its line number.
    std::vector<FileError> problems;
};

// items.jsonl: one JSON object per line. A bad line is reported and skipped; the others load.
// A missing file reads as an empty list (a project with no images yet).
ItemListReadResult readItemListFile(const QString &path);
MaybeError writeItemListFile(const QString &path, const ItemList &items);

} // namespace concord
