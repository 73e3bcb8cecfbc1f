// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/canvas/maskoverlaycache.h"

#include "core/geometry/polygonraster.h"

#include <unordered_set>

namespace concord {

const MaskOverlayImage &MaskOverlayCache::image(const MaskAnnotation &mask, const QColor &color)
{
    Entry &entry = m_entries[mask.id];
    if (!entry.imageValid || entry.image.color() != color) {
        entry.image.rebuild(mask.mask, color);
        entry.imageValid = true;
    }
    return entry.image;
}

const std::vector<QPolygonF> &MaskOverlayCache::outline(const MaskAnnotation &mask)
{
    Entry &entry = m_entries[mask.id];
    if (!entry.outlineValid) {
        entry.outline = traceOutline(mask.mask);
        entry.outlineValid = true;
    }
    return entry.outline;
}

std::vector<QPolygonF> MaskOverlayCache::traceOutline(const BinaryMask &mask)
{
    std::vector<QPolygonF> rings;
    for (const Polygon &ring : maskToPolygons(mask, 0.0, true)) {
        QPolygonF polygon;
        polygon.reserve(qsizetype(ring.size()) + 1);
        for (const cv::Point2d &p : ring)
            polygon << QPointF(p.x, p.y);
        if (!polygon.isEmpty())
            polygon << polygon.front();
        rings.push_back(std::move(polygon));
    }
    return rings;
}

void MaskOverlayCache::invalidate()
{
    for (auto &[id, entry] : m_entries) {
        entry.imageValid = false;
        entry.outlineValid = false;
    }
}

void MaskOverlayCache::retainOnly(const std::vector<MaskAnnotation> &masks)
{
    std::unordered_set<quint64> ids;
    for (const MaskAnnotation &mask : masks)
        ids.insert(mask.id);
    std::erase_if(m_entries, [&](const auto &entry) { return !ids.contains(entry.first); });
}

} // namespace concord
