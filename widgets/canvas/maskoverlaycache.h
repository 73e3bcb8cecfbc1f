// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/maskannotation.h"
#include "widgets/canvas/maskoverlayimage.h"

#include <QPolygonF>

#include <unordered_map>
#include <vector>

namespace concord {

// The coloured pictures and outlines of the mask instances on screen, by annotation id, so a
// frame (a pan, a zoom, a brush dab elsewhere) only blends cached images. Entries are rebuilt
// lazily after invalidate(): an edit changes one item, and recolouring its instances costs far
// less than one frame. Outlines are traced only when asked for (outline mode, the selection).
// GUI thread only.
class MaskOverlayCache
{
public:
    const MaskOverlayImage &image(const MaskAnnotation &mask, const QColor &color);
    // Closed outlines in image coordinates, holes included.
    const std::vector<QPolygonF> &outline(const MaskAnnotation &mask);
    // The same, uncached: for masks that are not the reader's own (ids are only unique per reader).
    static std::vector<QPolygonF> traceOutline(const BinaryMask &mask);
    // Forget every entry's content (an edit or another item); memory is reused where it can be.
    void invalidate();
    // Drop the entries of instances that no longer exist.
    void retainOnly(const std::vector<MaskAnnotation> &masks);

private:
    struct Entry
    {
        MaskOverlayImage image;
        std::vector<QPolygonF> outline;
        bool imageValid = false;
        bool outlineValid = false;
    };
    std::unordered_map<quint64, Entry> m_entries;
};

} // namespace concord
