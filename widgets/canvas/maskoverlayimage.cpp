// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/canvas/maskoverlayimage.h"

#include "widgets/canvas/canvasview.h"

#include <QPainter>

namespace concord {

void MaskOverlayImage::rebuild(const BinaryMask &mask, const QColor &color)
{
    m_color = color;
    m_bounds = mask.bounds;
    if (mask.bounds.area() <= 0) {
        m_image = QImage();
        return;
    }
    m_image = QImage(mask.bounds.width, mask.bounds.height, QImage::Format_ARGB32_Premultiplied);
    recolor(mask, mask.bounds);
}

void MaskOverlayImage::update(const BinaryMask &mask, const cv::Rect &changed)
{
    if (m_image.isNull() || mask.bounds.area() <= 0) {
        rebuild(mask, m_color);
        return;
    }
    if (mask.bounds != m_bounds) {
        // The bounds grew: keep what was drawn, recolour the rest. Growth comes in margins, so
        // this happens a few times per stroke, not per dab.
        QImage grown(mask.bounds.width, mask.bounds.height, QImage::Format_ARGB32_Premultiplied);
        grown.fill(Qt::transparent);
        {
            QPainter painter(&grown);
            painter.setCompositionMode(QPainter::CompositionMode_Source);
            painter.drawImage(QPoint(m_bounds.x - mask.bounds.x, m_bounds.y - mask.bounds.y),
                              m_image);
        }
        m_image = grown;
        m_bounds = mask.bounds;
    }
    recolor(mask, changed & m_bounds);
}

void MaskOverlayImage::recolor(const BinaryMask &mask, const cv::Rect &area)
{
    const QRgb set = qPremultiply(m_color.rgb() | 0xff000000u);
    const cv::Rect inMask = area & mask.bounds;
    for (int y = inMask.y; y < inMask.br().y; ++y) {
        const uchar *src = mask.pixels.ptr<uchar>(y - mask.bounds.y) - mask.bounds.x;
        auto *dst = reinterpret_cast<QRgb *>(m_image.scanLine(y - m_bounds.y)) - m_bounds.x;
        for (int x = inMask.x; x < inMask.br().x; ++x)
            dst[x] = src[x] ? set : 0u;
    }
}

void MaskOverlayImage::paint(QPainter &painter, const CanvasView &canvas, double opacity) const
{
    if (m_image.isNull())
        return;
    painter.save();
    painter.setOpacity(opacity);
    // Mask pixels stay crisp squares when zoomed in, as the image pixels do at 1:1 and above.
    painter.setRenderHint(QPainter::SmoothPixmapTransform, false);
    // Combined with the painter's own transform: the canvas may be drawing into an offset layer.
    painter.setTransform(QTransform::fromTranslate(m_bounds.x, m_bounds.y) * canvas.imageToView(),
                         true);
    painter.drawImage(QPointF(0, 0), m_image);
    painter.restore();
}

} // namespace concord
