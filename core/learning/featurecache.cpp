// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/learning/featurecache.h"

#include "core/storage/atomicfile.h"
#include "core/storage/jsonsupport.h"
#include "core/storage/safepath.h"
#include "core/util/translation.h"

#include <QDir>
#include <QFileInfo>
#include <QtEndian>

#include <cmath>

namespace concord {

namespace {

constexpr const char *CacheFormat = "concord-learning-features/1";

// Little-endian float32, base64: a tenth of the size of decimal text, exact.
QByteArray encode(const FeatureVector &features)
{
    QByteArray bytes(qsizetype(features.size() * sizeof(float)), Qt::Uninitialized);
    for (size_t i = 0; i < features.size(); ++i)
        qToLittleEndian(features[i], bytes.data() + i * sizeof(float));
    return bytes.toBase64();
}

std::optional<FeatureVector> decode(const std::string &text, int dimension)
{
    const auto decoded = QByteArray::fromBase64Encoding(QByteArray::fromStdString(text),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != qsizetype(dimension) * qsizetype(sizeof(float)))
        return std::nullopt;
    FeatureVector features(static_cast<size_t>(dimension));
    for (int i = 0; i < dimension; ++i) {
        features[size_t(i)] = qFromLittleEndian<float>(decoded.decoded.constData() +
                                                       qsizetype(i) * qsizetype(sizeof(float)));
        if (!std::isfinite(features[size_t(i)]))
            return std::nullopt;
    }
    return features;
}

} // namespace

QString featureCacheFile(const ProjectFolder &folder)
{
    return folder.cacheDir() + QStringLiteral("/learning-features.json");
}

CachedFeatures readFeatureCache(const ProjectFolder &folder, const FeatureSource &source)
{
    const QString path = featureCacheFile(folder);
    if (!QFileInfo::exists(path))
        return {};
    Expected<CachedFeatures> read =
        readJsonFile<CachedFeatures>(path, [&](const Json &document, const QByteArray &) {
            CachedFeatures cached;
            if (!document.is_object() ||
                optionalString(document, "format") != QLatin1String(CacheFormat) ||
                optionalString(document, "source") != source.name() ||
                optionalInteger(document, "dimension") != source.dimension())
                return cached;
            for (const auto &[sha256, text] : optionalObject(document, "features").items()) {
                if (!text.is_string())
                    continue;
                if (std::optional<FeatureVector> features =
                        decode(text.get<std::string>(), source.dimension()))
                    cached[fromStd(sha256)] = std::move(*features);
            }
            return cached;
        });
    return read ? *read : CachedFeatures{};
}

MaybeError writeFeatureCache(const ProjectFolder &folder, const FeatureSource &source,
                             const CachedFeatures &features)
{
    const QString path = featureCacheFile(folder);
    if (MaybeError linked = SafePath::refuseLinksBelow(folder.root(), path))
        return linked;
    if (!QDir().mkpath(folder.cacheDir()))
        return FileError{folder.cacheDir(), concord::tr("cannot create folder")};
    Json entries = Json::object();
    for (const auto &[sha256, vector] : features)
        entries[toStd(sha256)] = encode(vector).toStdString();
    const Json document{{"format", CacheFormat},
                        {"source", toStd(source.name())},
                        {"dimension", source.dimension()},
                        {"features", std::move(entries)}};
    return writeFileAtomically(path, QByteArray::fromStdString(document.dump(1) + '\n'));
}

ItemFeatures describeItems(const ProjectFolder &folder, const std::vector<Item> &items,
                           const FeatureSource &source)
{
    ItemFeatures result;
    CachedFeatures cache = readFeatureCache(folder, source);
    result.featuresOfItem.reserve(items.size());
    for (int index = 0; index < int(items.size()); ++index) {
        const Item &item = items[size_t(index)];
        if (const auto cached = cache.find(item.sha256);
            !item.sha256.isEmpty() && cached != cache.end()) {
            result.featuresOfItem.push_back(cached->second);
            continue;
        }
        ++result.computed;
        Expected<FeatureVector> features =
            source.featuresOfFile(folder.absoluteItemPath(item.path));
        if (features && int(features->size()) != source.dimension())
            features = FileError{folder.absoluteItemPath(item.path),
                                 concord::tr("gave %1 features, not %2")
                                     .arg(features->size())
                                     .arg(source.dimension())};
        if (!features) {
            result.featuresOfItem.emplace_back();
            result.undescribed.emplace_back(index, features.error());
            continue;
        }
        if (!item.sha256.isEmpty())
            cache[item.sha256] = *features;
        result.featuresOfItem.push_back(std::move(*features));
    }
    if (result.computed > 0)
        result.cacheProblem = writeFeatureCache(folder, source, cache);
    return result;
}

} // namespace concord
