// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "widgets/canvas/annotationlayer.h"
#include "widgets/canvas/annotationscene.h"
#include "widgets/canvas/labeltagimages.h"
#include "widgets/canvas/tilerenderer.h"
#include "widgets/canvas/viewgeometry.h"
#include "widgets/tools/canvastool.h"

#include <QPointer>
#include <QTransform>
#include <QWidget>

namespace concord {

class CanvasInputManager;
class LabelingContext;
class SuggestionLayer;
struct ItemWork;

// Shows the current image and the current annotator's annotations: view geometry (zoom, pan,
// orientation), window/level, frames, and painting. Mouse and keys go through its
// CanvasInputManager (canvasinputmanager.h), which navigates and hands gestures to the active
// tool in image coordinates. GUI thread only.
class CanvasView : public QWidget
{
    Q_OBJECT

public:
    explicit CanvasView(LabelingContext *context, QWidget *parent = nullptr);

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

    // View geometry (viewgeometry.h): the image is turned and mirrored, then scaled and
    // shifted. Tools only ever see image coordinates.
    double scale() const { return m_view.scale(); }
    QPointF toImage(const QPointF &viewPos) const { return m_view.viewToImage().map(viewPos); }
    QPointF toView(const QPointF &imagePos) const { return m_view.imageToView().map(imagePos); }
    QRectF toView(const QRectF &imageRect) const { return m_view.imageToView().mapRect(imageRect); }
    const QTransform &imageToView() const { return m_view.imageToView(); }
    // The image pixels a view rectangle covers (whole pixels, not clipped to the image).
    QRect toImageRect(const QRect &viewRect) const
    {
        return m_view.viewToImage().mapRect(QRectF(viewRect)).toAlignedRect();
    }
    // Turns and mirrors change only the view, never the pixels or the annotations.
    void rotate(int quarterTurnsClockwise);
    void flip(Qt::Orientation axis);
    void resetOrientation();
    int quarterTurns() const { return m_view.quarterTurns(); }
    bool isMirrored() const { return m_view.isMirrored(); }
    // Shows the same part of its image as `leader` at the same zoom and orientation
    // (ViewGeometry::follow): the linked views of the side-by-side comparison.
    void followView(const CanvasView &leader);
    void fitToWindow();
    void zoomToActualPixels();
    void zoomAt(const QPointF &viewPos, double factor);
    void panBy(const QPointF &viewDelta);

    const WindowLevel &windowLevel() const { return m_tiles.window(); }
    void setWindowLevel(const WindowLevel &window);
    void resetWindowLevel();
    void setAnnotationsVisible(bool visible);
    // Annotations are hidden while H is held, to see the pixels under them.
    bool annotationsShown() const;
    CanvasInputManager *input() const { return m_input; }
    // Other readers' boxes (dashed and tagged with the reader), masks and polygons (dashed
    // outlines in the reader's colour), where blind reading allows:
    // an annotator sees them only on items they have submitted; reviewers and leads always.
    void setOtherReadersVisible(bool visible);
    // For review: the session's own annotator is drawn as one more reader (dashed, tagged, in a
    // reader colour) rather than as editable solid boxes, so every reading looks alike.
    void setAllReadersAlike(bool alike);
    bool otherReadersVisible() const { return m_scene.otherReadersVisible(); }
    // Draws only these readers' work (still only what blind reading lets this person see);
    // empty: every visible reader. Taxonomy health shows two readers side by side with it.
    void setShownReaders(const QStringList &readers);
    // Where other readers' work comes from. By default the blind-reading view
    // (Workspace::visibleAuthors and visibleWork); the calibration review draws its session's
    // readings instead, which core hands only to those allowed to review (CalibrationPlans).
    using ReaderWorkLookup = AnnotationScene::ReaderWorkLookup;
    void setReaderWork(const QStringList &readers, ReaderWorkLookup lookup);
    // Draws a model's pre-label suggestions (widgets/canvas/suggestionlayer.h) and redraws when
    // they change.
    void setSuggestions(const SuggestionLayer *suggestions);
    // Annotations, selection or overlay settings changed: draw them again on the next paint.
    void redrawAnnotations();
    // The readers whose work is drawn on the current item (empty when hidden or not allowed).
    QStringList otherReadersOnScreen() const { return m_scene.otherReadersOnScreen(); }
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
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void paintImage(QPainter &painter, const QRect &area);
    void paintScreenTiles(QPainter &painter, const QRect &area); // below 1:1
    void paintLevelTiles(QPainter &painter, const QRect &area);  // at 1:1 and above

    LabelingContext *m_context;
    CanvasInputManager *m_input;
    std::shared_ptr<const DisplayImage> m_image;
    TileRenderer m_tiles;
    QPointer<CanvasTool> m_tool;
    QString m_message;
    // The view geometry changed: repaint and tell listeners.
    void viewMoved();

    ViewGeometry m_view;
    int m_frame = 0;
    bool m_annotationsVisible = true;
    AnnotationScene m_scene;

    AnnotationLayer m_annotationLayer;  // what a pan blits instead of drawing every annotation
    mutable LabelTagImages m_labelTags; // a cache: painting through a const view fills it
    cv::Mat1b m_displayed;              // displayedIntensities(), empty when stale
};

} // namespace concord
