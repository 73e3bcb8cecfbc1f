// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/canvas/annotationlayer.h"

#include <QPainter>
#include <QRegion>

#include <cmath>

namespace concord {

static bool sameZoomAndOrientation(const QTransform &a, const QTransform &b)
{
    return a.m11() == b.m11() && a.m12() == b.m12() && a.m21() == b.m21() && a.m22() == b.m22();
}

void AnnotationLayer::paint(QPainter &painter, const QRect &area, const QSize &viewSize,
                            const QTransform &imageToView, quint64 editedId, const QFont &font,
                            const Renderer &render)
{
    // A pan by whole pixels moves the layer; anything else (a fractional shift would misplace
    // outlines by half a pixel) draws it again.
    const QPointF shift(imageToView.dx() - m_imageToView.dx(),
                        imageToView.dy() - m_imageToView.dy());
    const QPoint wholeShift = shift.toPoint();
    const qreal ratio = painter.device()->devicePixelRatio();
    const bool movable =
        m_valid && editedId == m_editedId && sameZoomAndOrientation(imageToView, m_imageToView) &&
        std::abs(shift.x() - wholeShift.x()) < 1e-6 &&
        std::abs(shift.y() - wholeShift.y()) < 1e-6 && m_image.devicePixelRatio() == ratio;
    const QRect wanted =
        QRect(QPoint(0, 0), viewSize).adjusted(-Margin, -Margin, Margin, Margin).united(area);
    if (!movable)
        redraw(wanted, imageToView, editedId, font, ratio, render);
    else if (!m_rendered.translated(wholeShift).contains(area))
        recentre(wanted, imageToView, font, render);
    // Where the layer's top-left pixel lands in the view now (no shift right after drawing).
    const QPoint origin = m_rendered.topLeft() + QPointF(imageToView.dx() - m_imageToView.dx(),
                                                         imageToView.dy() - m_imageToView.dy())
                                                     .toPoint();
    const QRectF source(QPointF(area.topLeft() - origin) * ratio, QSizeF(area.size()) * ratio);
    painter.save();
    painter.setOpacity(1.0);
    painter.setCompositionMode(QPainter::CompositionMode_SourceOver);
    painter.drawImage(QRectF(area), m_image, source);
    painter.restore();
}

// Makes `image` a transparent layer for `viewArea` at `ratio` device pixels per view pixel,
// keeping its memory when the size is unchanged (a layer is redrawn on every pan and edit).
static void clearForView(QImage &image, const QRect &viewArea, qreal ratio)
{
    const QSize pixels = (QSizeF(viewArea.size()) * ratio).toSize();
    if (image.size() != pixels)
        image = QImage(pixels, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(ratio);
    image.fill(Qt::transparent);
}

void AnnotationLayer::redraw(const QRect &viewArea, const QTransform &imageToView, quint64 editedId,
                             const QFont &font, qreal devicePixelRatio, const Renderer &renderer)
{
    clearForView(m_image, viewArea, devicePixelRatio);
    {
        QPainter painter(&m_image);
        painter.setFont(font);
        painter.translate(-viewArea.topLeft());
        renderer(painter, viewArea);
    }
    m_rendered = viewArea;
    m_imageToView = imageToView;
    m_editedId = editedId;
    m_valid = true;
    ++m_renderCount;
}

void AnnotationLayer::recentre(const QRect &viewArea, const QTransform &imageToView,
                               const QFont &font, const Renderer &renderer)
{
    // The old layer, in today's view pixels, is copied across; only the strips it does not
    // cover are drawn, each clipped so nothing is blended twice.
    const QPoint shift =
        QPointF(imageToView.dx() - m_imageToView.dx(), imageToView.dy() - m_imageToView.dy())
            .toPoint();
    const QRect kept = m_rendered.translated(shift);
    clearForView(m_spare, viewArea, m_image.devicePixelRatio());
    {
        QPainter painter(&m_spare);
        painter.setFont(font);
        painter.translate(-viewArea.topLeft());
        painter.setCompositionMode(QPainter::CompositionMode_Source);
        painter.drawImage(kept.topLeft(), m_image);
        painter.setCompositionMode(QPainter::CompositionMode_SourceOver);
        for (const QRect &strip : QRegion(viewArea).subtracted(QRegion(kept))) {
            painter.save();
            painter.setClipRect(strip);
            renderer(painter, strip);
            painter.restore();
        }
    }
    std::swap(m_image, m_spare);
    m_rendered = viewArea;
    m_imageToView = imageToView;
    ++m_stripRenderCount;
}

} // namespace concord
