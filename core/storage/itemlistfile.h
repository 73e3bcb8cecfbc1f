// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/itemlist.h"
#include "core/util/error.h"

#include <QByteArray>

#include <optional>
#include <vector>

namespace concord {

// One non-empty line of items.jsonl as read: its bytes, and the item it holds, or none when it
// did not load (damaged, or a duplicate id). A rewrite keeps such a line verbatim, in place.
struct ItemListLine
{
    QByteArray text;
    std::optional<Item> item;
};

struct ItemListReadResult
{
    ItemList items;
    // Lines that were skipped, or whose item loaded without a malformed optional field (pixel
    // spacing), each with its line number.
    std::vector<FileError> problems;
    std::vector<ItemListLine> lines;
};

// items.jsonl: one JSON object per line. A bad line is reported and skipped; the others load.
// A missing file reads as an empty list (a project with no images yet).
ItemListReadResult readItemListFile(const QString &path);
// The same, to write the list back: a file that cannot be read at all (not a bad line: the
// whole file) is an error here, since writing our items over it would lose its own.
Expected<ItemListReadResult> readItemListFileToRewrite(const QString &path);
MaybeError writeItemListFile(const QString &path, const ItemList &items);

// The contents of items.jsonl for `items`, given the file's lines as read (`previous`): every
// line stays where it was, verbatim unless its item changed, lines that did not load included;
// items not in it follow, in list order. Nothing a rewrite does drops a line.
QByteArray itemListFileBytes(const ItemList &items, const std::vector<ItemListLine> &previous = {});

} // namespace concord
