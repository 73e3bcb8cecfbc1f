// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/learning/imagefeatures.h"
#include "core/model/item.h"
#include "core/storage/projectfolder.h"
#include "core/util/error.h"

#include <map>
#include <optional>
#include <vector>

namespace concord {

// Features by image content (SHA-256), kept in cache/learning-features.json so that retraining
// decodes only images it has not seen (docs/active-learning.md, "The feature cache"). One
// source's features at a time: the file names the source and its dimension, and a file of
// another source, or a missing, damaged or older-format one, reads as empty. Derivable data.
using CachedFeatures = std::map<QString, FeatureVector>;

QString featureCacheFile(const ProjectFolder &folder);
CachedFeatures readFeatureCache(const ProjectFolder &folder, const FeatureSource &source);
// Written atomically, never through a link planted in the project.
MaybeError writeFeatureCache(const ProjectFolder &folder, const FeatureSource &source,
                             const CachedFeatures &features);

// The features of `items`, by index: from the cache where it has the item's content, otherwise
// computed by `source`, and then cached. An item whose image cannot be read has none (an empty
// vector); its error goes to `undescribed`. A cache that cannot be written is only a warning.
struct ItemFeatures
{
    std::vector<FeatureVector> featuresOfItem;          // empty: none
    std::vector<std::pair<int, FileError>> undescribed; // item index, why
    int computed = 0; // images decoded for want of cached features
    std::optional<FileError> cacheProblem;
};
ItemFeatures describeItems(const ProjectFolder &folder, const std::vector<Item> &items,
                           const FeatureSource &source);

} // namespace concord
