// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QRect>
#include <QTransform>

#include <functional>

class QFont;
class QPainter;

namespace concord {

// The canvas's annotations (masks, polygons, boxes, other readers' work) drawn once into an
// ARGB32 premultiplied image covering the view plus a margin, so that a pan frame blends one
// image instead of drawing 50 masks and 2000 boxes again (see canvas.md). The layer is drawn
// again when invalidate() was called (an edit, the selection, overlay settings), when the zoom
// or orientation changes, when a pan moves by a fraction of a pixel, when the annotation being
// edited by a tool changes; a pan beyond the margin keeps what is still covered and draws only
// the newly exposed strips. Owned by CanvasView,
// GUI thread only; about 4 bytes per pixel of the view enlarged by the margin (15 MB for a
// 1920 x 1080 view).
class AnnotationLayer
{
public:
    // Draws the annotations of a view area in the painter's coordinates (view pixels).
    using Renderer = std::function<void(QPainter &painter, const QRect &viewArea)>;

    static constexpr int Margin = 256; // view pixels drawn beyond each edge, for the next pans

    void invalidate() { m_valid = false; }
    // Blends the annotations under `area` of a view of `viewSize` whose image-to-view transform
    // is `imageToView`, drawing the layer again first if it is stale for that view.
    void paint(QPainter &painter, const QRect &area, const QSize &viewSize,
               const QTransform &imageToView, quint64 editedId, const QFont &font,
               const Renderer &render);
    // How many times the annotations were drawn into the layer (tests check pans reuse it).
    int renderCount() const { return m_renderCount; }
    // How many times a pan beyond the margin drew only the newly exposed strips.
    int stripRenderCount() const { return m_stripRenderCount; }

private:
    void redraw(const QRect &viewArea, const QTransform &imageToView, quint64 editedId,
                const QFont &font, qreal devicePixelRatio, const Renderer &renderer);
    // The same view panned beyond the margin: keeps what is still covered, draws the rest.
    void recentre(const QRect &viewArea, const QTransform &imageToView, const QFont &font,
                  const Renderer &renderer);

    QImage m_image;
    QImage m_spare;   // the next layer while recentring, kept to spare an allocation per recentre
    QRect m_rendered; // the view area the image covers, in view pixels when it was drawn
    QTransform m_imageToView; // the view transform it was drawn with
    quint64 m_editedId = 0;
    bool m_valid = false;
    int m_renderCount = 0;
    int m_stripRenderCount = 0;
};

} // namespace concord
