// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/project/labelpixels.h"

#include "core/project/polygonmask.h"

#include <limits>

namespace concord {

cv::Size polygonRasterSize(const Item &item)
{
    if (item.width > 0 && item.height > 0)
        return {item.width, item.height};
    return {std::numeric_limits<int>::max(), std::numeric_limits<int>::max()};
}

std::map<int, BinaryMask> pixelsByLabel(const ItemWork &work, const Item &item,
                                        const AnnotationFilter &include,
                                        const std::function<int(int labelId)> &fileUnder)
{
    std::map<int, BinaryMask> pixels;
    auto add = [&](int labelId, const BinaryMask &mask) {
        if (mask.isEmpty())
            return;
        const int label = fileUnder ? fileUnder(labelId) : labelId;
        auto [it, added] = pixels.try_emplace(label, mask);
        if (!added)
            it->second = maskUnion(it->second, mask);
    };
    for (const MaskAnnotation &mask : work.masks) {
        if (!include || include(mask.labelId, mask.provenance))
            add(mask.labelId, mask.mask);
    }
    const cv::Size size = polygonRasterSize(item);
    for (const PolygonAnnotation &polygon : work.polygons) {
        if (!include || include(polygon.labelId, polygon.provenance))
            add(polygon.labelId, polygonMask(polygon, size));
    }
    return pixels;
}

} // namespace concord
