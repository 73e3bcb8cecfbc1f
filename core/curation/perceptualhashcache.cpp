// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/curation/perceptualhashcache.h"

#include "core/curation/perceptualhash.h"
#include "core/storage/atomicfile.h"
#include "core/storage/jsonsupport.h"
#include "core/storage/safepath.h"
#include "core/util/translation.h"

#include <QDir>
#include <QFileInfo>

namespace concord {

namespace {

// Names the hash as well as the file: hashes of another algorithm are never mixed in.
constexpr const char *CacheFormat = "concord-perceptual-hashes/dct32-8x8-median";

} // namespace

QString perceptualHashCacheFile(const ProjectFolder &folder)
{
    return folder.cacheDir() + QStringLiteral("/perceptual-hashes.json");
}

PerceptualHashes readPerceptualHashCache(const ProjectFolder &folder)
{
    const QString path = perceptualHashCacheFile(folder);
    if (!QFileInfo::exists(path))
        return {};
    Expected<PerceptualHashes> read =
        readJsonFile<PerceptualHashes>(path, [](const Json &document, const QByteArray &) {
            PerceptualHashes hashes;
            if (!document.is_object() ||
                optionalString(document, "format") != QLatin1String(CacheFormat))
                return hashes;
            for (const auto &[sha256, hex] : optionalObject(document, "hashes").items()) {
                bool ok = false;
                const quint64 hash =
                    hex.is_string()
                        ? QString::fromStdString(hex.get<std::string>()).toULongLong(&ok, 16)
                        : 0;
                if (ok)
                    hashes[fromStd(sha256)] = hash;
            }
            return hashes;
        });
    return read ? *read : PerceptualHashes{};
}

MaybeError writePerceptualHashCache(const ProjectFolder &folder, const PerceptualHashes &hashes)
{
    const QString path = perceptualHashCacheFile(folder);
    if (MaybeError linked = SafePath::refuseLinksBelow(folder.root(), path))
        return linked;
    if (!QDir().mkpath(folder.cacheDir()))
        return FileError{folder.cacheDir(), concord::tr("cannot create folder")};
    Json entries = Json::object();
    for (const auto &[sha256, hash] : hashes)
        entries[toStd(sha256)] = toStd(QStringLiteral("%1").arg(hash, 16, 16, QLatin1Char('0')));
    const Json document{{"format", CacheFormat}, {"hashes", std::move(entries)}};
    return writeFileAtomically(path, QByteArray::fromStdString(document.dump(1) + '\n'));
}

ItemHashes hashItems(const ProjectFolder &folder, const std::vector<Item> &items)
{
    ItemHashes result;
    PerceptualHashes cache = readPerceptualHashCache(folder);
    for (int index = 0; index < int(items.size()); ++index) {
        const Item &item = items[size_t(index)];
        if (const auto cached = cache.find(item.sha256);
            !item.sha256.isEmpty() && cached != cache.end()) {
            result.hashOfItem.emplace_back(cached->second);
            continue;
        }
        ++result.decoded;
        Expected<quint64> hash = perceptualHashOfFile(folder.absoluteItemPath(item.path));
        if (!hash) {
            result.hashOfItem.emplace_back();
            result.unhashed.emplace_back(index, hash.error());
            continue;
        }
        result.hashOfItem.emplace_back(*hash);
        if (!item.sha256.isEmpty())
            cache[item.sha256] = *hash;
    }
    if (result.decoded > 0)
        result.cacheProblem = writePerceptualHashCache(folder, cache);
    return result;
}

} // namespace concord
