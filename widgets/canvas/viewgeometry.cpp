// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/canvas/viewgeometry.h"

#include <algorithm>

namespace concord {

void ViewGeometry::setImageSize(QSizeF imageSize)
{
    m_imageSize = imageSize;
    m_quarterTurns = 0; // each image opens upright: a turn was for the previous one
    m_mirrored = false;
    updateTransforms();
}

QSizeF ViewGeometry::orientedSize() const
{
    return m_quarterTurns % 2 ? m_imageSize.transposed() : m_imageSize;
}

void ViewGeometry::updateTransforms()
{
    const double w = m_imageSize.width();
    const double h = m_imageSize.height();
    // Turning about the origin, then shifting the turned image back into the positive quadrant.
    QTransform orientation;
    switch (m_quarterTurns) {
    case 1: orientation = QTransform(0, 1, -1, 0, h, 0); break;
    case 2: orientation = QTransform(-1, 0, 0, -1, w, h); break;
    case 3: orientation = QTransform(0, -1, 1, 0, 0, w); break;
    default: break;
    }
    if (m_mirrored)
        orientation *= QTransform(-1, 0, 0, 1, orientedSize().width(), 0);
    m_imageToView = orientation * QTransform(m_scale, 0, 0, m_scale, m_offset.x(), m_offset.y());
    m_viewToImage = m_imageToView.inverted();
}

void ViewGeometry::keepAt(QPointF anchor, QPointF centre, QSizeF viewSize)
{
    updateTransforms();
    m_offset += centre - m_imageToView.map(anchor);
    updateTransforms();
    if (m_fitted)
        fit(viewSize);
}

void ViewGeometry::rotate(int quarterTurnsClockwise, QSizeF viewSize)
{
    const QPointF centre(viewSize.width() / 2.0, viewSize.height() / 2.0);
    const QPointF anchor = m_viewToImage.map(centre);
    // Mirroring reverses the sense of a turn as seen on screen.
    const int turns = m_mirrored ? -quarterTurnsClockwise : quarterTurnsClockwise;
    m_quarterTurns = (((m_quarterTurns + turns) % 4) + 4) % 4;
    keepAt(anchor, centre, viewSize);
}

void ViewGeometry::flip(Qt::Orientation axis, QSizeF viewSize)
{
    // A vertical flip is a horizontal one turned by half a turn.
    if (axis == Qt::Vertical)
        m_quarterTurns = (m_quarterTurns + 2) % 4;
    const QPointF centre(viewSize.width() / 2.0, viewSize.height() / 2.0);
    const QPointF anchor = m_viewToImage.map(centre);
    m_mirrored = !m_mirrored;
    keepAt(anchor, centre, viewSize);
}

void ViewGeometry::follow(const ViewGeometry &leader, QSizeF leaderViewSize, QSizeF viewSize)
{
    if (m_imageSize.isEmpty() || leader.m_imageSize.isEmpty())
        return;
    m_quarterTurns = leader.m_quarterTurns;
    m_mirrored = leader.m_mirrored;
    m_fitted = leader.m_fitted;
    m_scale = std::clamp(leader.m_scale * leader.m_imageSize.width() / m_imageSize.width(),
                         MinimumScale, MaximumScale);
    const QPointF leaderCentre = leader.m_viewToImage.map(
        QPointF(leaderViewSize.width() / 2.0, leaderViewSize.height() / 2.0));
    const QPointF anchor(leaderCentre.x() / leader.m_imageSize.width() * m_imageSize.width(),
                         leaderCentre.y() / leader.m_imageSize.height() * m_imageSize.height());
    keepAt(anchor, QPointF(viewSize.width() / 2.0, viewSize.height() / 2.0), viewSize);
}

void ViewGeometry::resetOrientation(QSizeF viewSize)
{
    m_quarterTurns = 0;
    m_mirrored = false;
    if (!fit(viewSize))
        updateTransforms();
}

bool ViewGeometry::fit(QSizeF viewSize)
{
    if (m_imageSize.isEmpty() || viewSize.width() <= 0 || viewSize.height() <= 0)
        return false;
    const QSizeF oriented = orientedSize();
    m_scale = std::clamp(
        std::min(viewSize.width() / oriented.width(), viewSize.height() / oriented.height()),
        MinimumScale, MaximumScale);
    m_offset = QPointF((viewSize.width() - oriented.width() * m_scale) / 2.0,
                       (viewSize.height() - oriented.height() * m_scale) / 2.0);
    m_fitted = true;
    updateTransforms();
    return true;
}

void ViewGeometry::zoomAt(QPointF viewPos, double factor)
{
    const double scale = std::clamp(m_scale * factor, MinimumScale, MaximumScale);
    // Zoom about the point in oriented coordinates.
    const QPointF anchor = (viewPos - m_offset) / m_scale;
    m_scale = scale;
    m_offset = viewPos - anchor * m_scale;
    m_fitted = false;
    updateTransforms();
}

void ViewGeometry::panBy(QPointF viewDelta)
{
    m_offset += viewDelta;
    m_fitted = false;
    updateTransforms();
}

} // namespace concord
