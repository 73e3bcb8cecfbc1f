// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "widgets/canvas/annotationlayer.h"
#include "widgets/canvas/labeltagimages.h"
#include "widgets/canvas/maskoverlaycache.h"
#include "widgets/canvas/tilerenderer.h"
#include "widgets/tools/canvastool.h"

#include <QPointer>
#include <QTransform>
#include <QWidget>

namespace concord {

class LabelingContext;

// Shows the current image and the current annotator's annotations, and turns mouse input into
// image coordinates once. Navigation is handled here before any tool sees an event:
// wheel zooms at the cursor, middle drag or Space+drag pans, right drag sets window/level
// (horizontal: width, vertical: centre) as on PACS workstations. Left-button input goes to
// the active tool. GUI thread only.
class CanvasView : public QWidget
{
    Q_OBJECT

public:
    explicit CanvasView(LabelingContext *context, QWidget *parent = nullptr);

    // Keys the canvas handles itself while they are held, which no action carries, each with
    // what it does (translated): shortcut checks must know them too.
    static constexpr Qt::Key PanKey = Qt::Key_Space;
    static constexpr Qt::Key HideAnnotationsKey = Qt::Key_H;
    static QList<std::pair<Qt::Key, QString>> heldKeys();

    void setImage(std::shared_ptr<const DisplayImage> image);
    void setMessage(const QString &message); // shown instead of an image (loading, errors)
    const QString &message() const { return m_message; }
    const DisplayImage *image() const { return m_image.get(); }
    // Multi-frame images show one frame at a time; annotations belong to the item, not a frame.
    int frame() const { return m_frame; }
    void setFrame(int frame);
    // The pyramid of the frame on screen (call only with an image).
    const ImagePyramid &pyramid() const { return m_image->pyramidOf(m_frame); }
    void setTool(CanvasTool *tool);
    CanvasTool *tool() const { return m_tool; }

    // View geometry: the image is turned and mirrored (orientation), then scaled and shifted:
    // view = oriented(image) * scale + offset. Tools only ever see image coordinates.
    double scale() const { return m_scale; }
    QPointF toImage(const QPointF &viewPos) const { return m_viewToImage.map(viewPos); }
    QPointF toView(const QPointF &imagePos) const { return m_imageToView.map(imagePos); }
    QRectF toView(const QRectF &imageRect) const { return m_imageToView.mapRect(imageRect); }
    const QTransform &imageToView() const { return m_imageToView; }
    // The image pixels a view rectangle covers (whole pixels, not clipped to the image).
    QRect toImageRect(const QRect &viewRect) const { return m_viewToImage.mapRect(QRectF(viewRect)).toAlignedRect(); }
    // Turns and mirrors change only the view, never the pixels or the annotations.
    void rotate(int quarterTurnsClockwise);
    void flip(Qt::Orientation axis);
    void resetOrientation();
    int quarterTurns() const { return m_quarterTurns; }
    bool isMirrored() const { return m_mirrored; }
    void fitToWindow();
    void zoomToActualPixels();
    void zoomAt(const QPointF &viewPos, double factor);
    void panBy(const QPointF &viewDelta);

    const WindowLevel &windowLevel() const { return m_tiles.window(); }
    void setWindowLevel(const WindowLevel &window);
    void resetWindowLevel();
    void setAnnotationsVisible(bool visible);
    // Annotations are hidden while H is held, to see the pixels under them.
    bool annotationsShown() const { return m_annotationsVisible && !m_hideKeyHeld; }
    // Other readers' boxes (dashed and tagged with the reader), masks and polygons (dashed
    // outlines in the reader's colour), where blind reading allows:
    // an annotator sees them only on items they have submitted; reviewers and leads always.
    void setOtherReadersVisible(bool visible);
    // For review: the session's own annotator is drawn as one more reader (dashed, tagged, in a
    // reader colour) rather than as editable solid boxes, so every reading looks alike.
    void setAllReadersAlike(bool alike);
    bool otherReadersVisible() const { return m_otherReadersVisible; }
    // Draws only these readers' work (still only what blind reading lets this person see);
    // empty: every visible reader. Taxonomy health shows two readers side by side with it.
    void setShownReaders(const QStringList &readers);
    // The readers whose work is drawn on the current item (empty when hidden or not allowed).
    QStringList otherReadersOnScreen() const;
    const TileRenderer &tiles() const { return m_tiles; }
    // The full-resolution frame on screen as displayed (after window/level, 8 bit, grey), for
    // tools that work on what the reader sees. Made on first use per window (tens of ms for a
    // radiograph) and kept until the window or image changes.
    const cv::Mat1b &displayedIntensities();
    // Box name tags, rendered once and reused by every paint.
    LabelTagImages &labelTags() const { return m_labelTags; }
    // The annotations as last drawn, which pans reuse.
    const AnnotationLayer &annotationLayer() const { return m_annotationLayer; }
    // Repaints the view area covering an image rectangle (plus `margin` view pixels).
    void updateImageRect(const QRectF &imageRect, int margin = 2);

Q_SIGNALS:
    void toolChanged(CanvasTool *tool);
    void viewChanged();
    void windowLevelChanged(const WindowLevel &window);
    void frameChanged(int frame);
    void cursorMoved(const QPointF &imagePos);

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    enum class Drag { None, Pan, WindowLevel, Tool };

    void paintImage(QPainter &painter, const QRect &area);
    void paintScreenTiles(QPainter &painter, const QRect &area); // below 1:1
    void paintLevelTiles(QPainter &painter, const QRect &area);  // at 1:1 and above
    // Everything but the tool's overlay, with the annotation a tool is editing left out.
    void paintAnnotations(QPainter &painter, const QRect &area, quint64 beingEdited);
    // Annotations, selection or overlay settings changed: draw them again on the next paint.
    void redrawAnnotations();
    void paintMasks(QPainter &painter, const QRect &area, quint64 skipped);
    ToolEvent toolEvent(const QMouseEvent *event) const;
    void updateCursor();

    LabelingContext *m_context;
    std::shared_ptr<const DisplayImage> m_image;
    TileRenderer m_tiles;
    QPointer<CanvasTool> m_tool;
    QString m_message;
    void updateTransforms();
    QSizeF orientedSize() const;

    double m_scale = 1.0;
    QPointF m_offset;
    int m_frame = 0;
    int m_quarterTurns = 0; // clockwise, 0-3
    bool m_mirrored = false; // left-right, applied after turning
    QTransform m_imageToView;
    QTransform m_viewToImage;
    bool m_fitMode = true; // keep fitting on resize until the user zooms or pans
    bool m_annotationsVisible = true;
    bool m_allReadersAlike = false;
    bool m_otherReadersVisible = false;
    QStringList m_shownReaders;

    Drag m_drag = Drag::None;
    QPointF m_lastDragPos;
    bool m_spaceHeld = false;
    bool m_hideKeyHeld = false;
    MaskOverlayCache m_maskCache;
    AnnotationLayer m_annotationLayer; // what a pan blits instead of drawing every annotation
    mutable LabelTagImages m_labelTags; // a cache: painting through a const view fills it
    cv::Mat1b m_displayed; // displayedIntensities(), empty when stale
};

} // namespace concord
