// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/curation/itemkeys.h"

#include "core/curation/versioneddocument.h"
#include "core/storage/atomicfile.h"
#include "core/storage/jsonsupport.h"
#include "core/storage/safepath.h"
#include "core/storage/sharedfileupdate.h"
#include "core/util/translation.h"

#include <QFileInfo>

#include <set>

namespace concord {

namespace {

constexpr const char *ItemKeysFormat = "concord-item-keys";
constexpr int ItemKeysVersion = 1;

Expected<ItemKeyMap> readItemKeysFile(const QString &path)
{
    if (!QFileInfo::exists(path))
        return ItemKeyMap{};
    return readJsonFile<ItemKeyMap>(path, [&](const Json &document, const QByteArray &) {
        checkVersionedDocument(document, ItemKeysFormat, ItemKeysVersion,
                               concord::tr("not an item keys file (\"format\" is not \"%1\")")
                                   .arg(QLatin1String(ItemKeysFormat)));
        ItemKeyMap keys;
        for (const auto &[id, values] : optionalObject(document, "items").items()) {
            if (!values.is_object())
                throw JsonFieldError{
                    concord::tr("the keys of item \"%1\" are not an object").arg(fromStd(id))};
            std::map<QString, QString> &itemKeys = keys[fromStd(id)];
            for (const auto &[name, value] : values.items()) {
                if (!value.is_string())
                    throw JsonFieldError{concord::tr("key \"%1\" of item \"%2\" is not a string")
                                             .arg(fromStd(name), fromStd(id))};
                itemKeys[fromStd(name)] = fromStd(value.get<std::string>());
            }
        }
        return keys;
    });
}

} // namespace

QByteArray itemKeysFileBytes(const ItemKeyMap &keys)
{
    Json items = Json::object();
    for (const auto &[id, values] : keys) {
        Json object = Json::object();
        for (const auto &[name, value] : values)
            object[toStd(name)] = toStd(value);
        items[toStd(id)] = std::move(object);
    }
    const Json document{
        {"format", ItemKeysFormat}, {"version", ItemKeysVersion}, {"items", std::move(items)}};
    return QByteArray::fromStdString(document.dump(1) + '\n');
}

QString itemKeysFile(const ProjectFolder &folder)
{
    return folder.root() + QStringLiteral("/item-keys.json");
}

Expected<ItemKeyMap> readItemKeys(const ProjectFolder &folder)
{
    return readItemKeysFile(itemKeysFile(folder));
}

Expected<ItemKeyMap> recordItemKeys(const ProjectFolder &folder, const ItemKeyMap &keys)
{
    const QString path = itemKeysFile(folder);
    Expected<LockedRead<ItemKeyMap>> locked =
        readUnderProjectLock<ItemKeyMap>(folder, [&] { return readItemKeysFile(path); });
    if (!locked)
        return locked.error();
    ItemKeyMap merged = std::move(locked->contents);
    const ItemKeyMap before = merged;
    for (const auto &[id, values] : keys) {
        for (const auto &[name, value] : values)
            merged[id][name] = value;
    }
    if (merged != before) {
        if (MaybeError linked = SafePath::refuseLinksBelow(folder.root(), path))
            return *linked;
        if (MaybeError error = writeFileAtomically(path, itemKeysFileBytes(merged)))
            return *error;
    }
    return merged;
}

QString itemKeyValue(const Item &item, const ItemKeyMap &keys, const QString &key)
{
    if (const auto found = keys.find(item.id); found != keys.end()) {
        if (const auto value = found->second.find(key); value != found->second.end())
            return value->second;
    }
    if (key == QLatin1String("patient"))
        return item.patientId;
    if (key == QLatin1String("study"))
        return item.studyInstanceUid;
    if (key == QLatin1String("series"))
        return item.seriesInstanceUid;
    if (key == QLatin1String("group"))
        return item.group;
    return {};
}

QStringList knownItemKeys(const std::vector<Item> &items, const ItemKeyMap &keys)
{
    std::set<QString> names;
    for (const Item &item : items) {
        for (const char *builtIn : {"patient", "study", "series", "group"}) {
            if (!itemKeyValue(item, {}, QLatin1String(builtIn)).isEmpty())
                names.insert(QLatin1String(builtIn));
        }
    }
    for (const auto &[id, values] : keys) {
        for (const auto &[name, value] : values)
            names.insert(name);
    }
    return QStringList(names.begin(), names.end());
}

} // namespace concord
