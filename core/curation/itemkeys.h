// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/item.h"
#include "core/storage/projectfolder.h"
#include "core/util/error.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <map>

namespace concord {

// Keys given to items beyond what items.jsonl records (patient, site, scanner, date, ... from a
// metadata CSV), by item id, then key name. Kept in item-keys.json beside items.jsonl
// (docs/curation.md, "Grouping keys").
using ItemKeyMap = std::map<QString, std::map<QString, QString>>;

QString itemKeysFile(const ProjectFolder &folder);

// item-keys.json; a project without one has no such keys. A damaged file is an error naming it.
Expected<ItemKeyMap> readItemKeys(const ProjectFolder &folder);

// Adds `keys` to item-keys.json under the project lock, reading it again inside the lock so
// other writers' keys stay (core/storage/sharedfileupdate.h). A key an item already has takes
// the new value. Returns the keys as they now are on disk.
Expected<ItemKeyMap> recordItemKeys(const ProjectFolder &folder, const ItemKeyMap &keys);

// item-keys.json's bytes for `keys`, as recordItemKeys writes them.
QByteArray itemKeysFileBytes(const ItemKeyMap &keys);

// The value of `key` for `item`: a recorded key first, then what the item itself carries:
// "patient", "study", "series" (DICOM) and "group" (the DICOM series path, or the folder a
// raster came from). Empty when the item has no such key.
QString itemKeyValue(const Item &item, const ItemKeyMap &keys, const QString &key);

// The key names known for `items`: the built-in ones any item has a value for, then every
// recorded one, sorted.
QStringList knownItemKeys(const std::vector<Item> &items, const ItemKeyMap &keys);

} // namespace concord
