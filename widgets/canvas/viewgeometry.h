// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointF>
#include <QSizeF>
#include <QTransform>

namespace concord {

// Where the image lies on the canvas: turned and mirrored (orientation), then scaled and
// shifted: view = oriented(image) * scale + offset. Pure arithmetic, kept apart from the widget
// (CanvasView) so it can be checked on its own; turns and mirrors change only the view, never
// the pixels or the annotations.
class ViewGeometry
{
public:
    static constexpr double MinimumScale = 1.0 / 64.0;
    static constexpr double MaximumScale = 32.0;

    // A new image opens upright and fitted.
    void setImageSize(QSizeF imageSize);
    QSizeF imageSize() const { return m_imageSize; }
    // The image's size as turned on screen.
    QSizeF orientedSize() const;

    double scale() const { return m_scale; }
    QPointF offset() const { return m_offset; }
    int quarterTurns() const { return m_quarterTurns; } // clockwise, 0-3
    bool isMirrored() const { return m_mirrored; }      // left-right, applied after turning
    // True until the reader zooms or pans: the view then keeps fitting the window on resize.
    bool isFitted() const { return m_fitted; }
    const QTransform &imageToView() const { return m_imageToView; }
    const QTransform &viewToImage() const { return m_viewToImage; }

    // Each keeps the point at the centre of `viewSize` where it was (then refits when fitted).
    void rotate(int quarterTurnsClockwise, QSizeF viewSize);
    void flip(Qt::Orientation axis, QSizeF viewSize);
    void resetOrientation(QSizeF viewSize);
    // The whole image, centred; false (and nothing changes) without an image or a view.
    bool fit(QSizeF viewSize);
    // Takes `leader`'s orientation and zoom and shows the same part of this image: the point
    // at the centre of the leader's view, as a fraction of its image, comes to the centre of
    // this view, and the scale is matched relative to the image width. Two views of one image
    // (another reader's work) then match exactly; a prior of another size lines up by relative
    // position. Fitted follows fitted. Used by the side-by-side comparison.
    void follow(const ViewGeometry &leader, QSizeF leaderViewSize, QSizeF viewSize);
    // The point under `viewPos` stays there.
    void zoomAt(QPointF viewPos, double factor);
    void panBy(QPointF viewDelta);

private:
    void updateTransforms();
    // After changing the orientation: moves the view so `anchor` (image) is at `centre` (view).
    void keepAt(QPointF anchor, QPointF centre, QSizeF viewSize);

    QSizeF m_imageSize;
    double m_scale = 1.0;
    QPointF m_offset;
    int m_quarterTurns = 0;
    bool m_mirrored = false;
    bool m_fitted = true;
    QTransform m_imageToView;
    QTransform m_viewToImage;
};

} // namespace concord
