// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/binarymask.h"

#include <QColor>
#include <QImage>

class QPainter;

namespace concord {

class CanvasView;

// The coloured picture of one mask instance, the size of its bounds: set pixels in the label's
// colour, the rest transparent. Kept between paints so a frame only scales and blends it, and
// updated in the rectangle a brush dab changed, so a dab costs its own size, not the mask's.
// Opacity is applied when painting, so changing it costs nothing here. GUI thread only.
class MaskOverlayImage
{
public:
    // Recolours everything (a new mask or colour).
    void rebuild(const BinaryMask &mask, const QColor &color);
    // Recolours the image pixels in `changed` after the mask was edited there; the mask's
    // bounds may have grown since (the old picture is kept and moved).
    void update(const BinaryMask &mask, const cv::Rect &changed);
    // Draws it over the image, through the canvas's image-to-view transform.
    void paint(QPainter &painter, const CanvasView &canvas, double opacity) const;

    const QImage &image() const { return m_image; }
    const cv::Rect &bounds() const { return m_bounds; }
    QColor color() const { return m_color; }
    bool isNull() const { return m_image.isNull(); }

private:
    void recolor(const BinaryMask &mask, const cv::Rect &area);

    QImage m_image; // ARGB32_Premultiplied, one pixel per image pixel of m_bounds
    cv::Rect m_bounds;
    QColor m_color;
};

} // namespace concord
