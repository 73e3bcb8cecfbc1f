// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/canvas/canvasview.h"

#include "core/imaging/windowpresets.h"
#include "core/project/workspace.h"
#include "widgets/canvas/canvasinputmanager.h"
#include "widgets/canvas/suggestionlayer.h"
#include "widgets/editing/labelingcontext.h"
#include "widgets/tools/canvastool.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QRegion>
#include <QWheelEvent>

#include <opencv2/imgproc.hpp>

#include <cmath>

namespace concord {

CanvasView::CanvasView(LabelingContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_input(new CanvasInputManager(this))
    , m_scene(context)
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumSize(200, 200);
    for (auto changed :
         {&LabelingContext::annotationsChanged, &LabelingContext::currentItemChanged}) {
        connect(m_context, changed, this, [this] {
            m_scene.forgetMaskImages();
            redrawAnnotations();
        });
    }
    connect(m_context, &LabelingContext::overlayChanged, this, &CanvasView::redrawAnnotations);
    connect(m_context, &LabelingContext::selectionChanged, this, &CanvasView::redrawAnnotations);
    connect(m_context, &LabelingContext::activeLabelChanged, this, &CanvasView::redrawAnnotations);
    // Label colours and names live in the project.
    connect(m_context->workspace(), &Workspace::projectChanged, this,
            &CanvasView::redrawAnnotations);
}

void CanvasView::redrawAnnotations()
{
    m_annotationLayer.invalidate();
    update();
}

void CanvasView::setImage(std::shared_ptr<const DisplayImage> image)
{
    m_annotationLayer.invalidate();
    m_image = std::move(image);
    m_displayed.release();
    m_message.clear();
    m_tiles.setImage(m_image);
    m_frame = 0;
    m_view.setImageSize(m_image ? QSizeF(m_image->image.width(), m_image->image.height())
                                : QSizeF());
    resetWindowLevel();
    fitToWindow();
    m_input->updateCursor();
}

void CanvasView::setFrame(int frame)
{
    if (!m_image)
        return;
    frame = std::clamp(frame, 0, m_image->frameCount() - 1);
    if (frame == m_frame)
        return;
    m_frame = frame;
    m_displayed.release();
    m_tiles.setFrame(frame);
    update();
    Q_EMIT frameChanged(frame);
}

void CanvasView::setMessage(const QString &message)
{
    m_image.reset();
    m_tiles.setImage(nullptr);
    m_message = message;
    update();
}

void CanvasView::setTool(CanvasTool *tool)
{
    // The same tool again (its shortcut repeating while the key is held) must not reset it:
    // deactivating cancels the gesture in progress.
    if (tool == m_tool)
        return;
    if (m_tool)
        m_tool->deactivate();
    m_tool = tool;
    if (m_tool)
        m_tool->activate(this);
    m_input->updateCursor();
    update();
    Q_EMIT toolChanged(tool);
}

void CanvasView::viewMoved()
{
    update();
    Q_EMIT viewChanged();
}

void CanvasView::rotate(int quarterTurnsClockwise)
{
    m_view.rotate(quarterTurnsClockwise, size());
    viewMoved();
}

void CanvasView::flip(Qt::Orientation axis)
{
    m_view.flip(axis, size());
    viewMoved();
}

void CanvasView::resetOrientation()
{
    m_view.resetOrientation(size());
    viewMoved();
}

void CanvasView::followView(const CanvasView &leader)
{
    if (!m_image || !leader.m_image)
        return;
    m_view.follow(leader.m_view, QSizeF(leader.size()), QSizeF(size()));
    viewMoved();
}

void CanvasView::fitToWindow()
{
    if (m_image && m_view.fit(size()))
        viewMoved();
}

void CanvasView::zoomToActualPixels()
{
    zoomAt(QPointF(width() / 2.0, height() / 2.0), 1.0 / m_view.scale());
}

void CanvasView::zoomAt(const QPointF &viewPos, double factor)
{
    m_view.zoomAt(viewPos, factor);
    viewMoved();
}

void CanvasView::panBy(const QPointF &viewDelta)
{
    m_view.panBy(viewDelta);
    viewMoved();
}

void CanvasView::setWindowLevel(const WindowLevel &window)
{
    m_tiles.setWindow(window);
    m_displayed.release();
    update();
    Q_EMIT windowLevelChanged(window);
}

void CanvasView::resetWindowLevel()
{
    if (!m_image)
        return;
    // The coarsest level is enough for percentiles and costs microseconds.
    setWindowLevel(initialWindow(m_image->image.metadata, m_image->pyramid.coarsest()));
}

void CanvasView::setAnnotationsVisible(bool visible)
{
    m_annotationsVisible = visible;
    update();
}

const cv::Mat1b &CanvasView::displayedIntensities()
{
    // An image read by tile has no whole level 0 to show, and its masks would not fit in
    // memory: the mask tools are off for it (docs/viewer.md, "Big rasters").
    if (m_displayed.empty() && m_image && !m_image->image.isTiled()) {
        const cv::Mat &stored = pyramid().level(0);
        const WindowLevel &window = windowLevel();
        cv::Mat display = DisplayLut(m_image->image.metadata, stored.depth(), window).apply(stored);
        if (display.channels() == 3)
            cv::cvtColor(display, display, cv::COLOR_RGB2GRAY);
        m_displayed = display;
    }
    return m_displayed;
}

void CanvasView::updateImageRect(const QRectF &imageRect, int margin)
{
    update(toView(imageRect).toAlignedRect().adjusted(-margin, -margin, margin, margin));
}

bool CanvasView::annotationsShown() const
{
    return m_annotationsVisible && !m_input->annotationsHeldHidden();
}

void CanvasView::paintEvent(QPaintEvent *event)
{
    QPainter painter(this);
    const QRect area = event->rect();
    if (!m_image) {
        painter.fillRect(area, Qt::black);
        painter.setPen(QColor(200, 200, 200));
        painter.drawText(rect().adjusted(20, 20, -20, -20), Qt::AlignCenter | Qt::TextWordWrap,
                         m_message);
        return;
    }
    // Black only around the image: the image covers its own pixels, and clearing a whole
    // screen first costs a tenth of a window change.
    const QRectF imageArea = toView(QRectF(0, 0, m_image->image.width(), m_image->image.height()));
    const QRect covered(
        QPoint(int(std::ceil(imageArea.left())), int(std::ceil(imageArea.top()))),
        QPoint(int(std::floor(imageArea.right())) - 1, int(std::floor(imageArea.bottom())) - 1));
    for (const QRect &border : QRegion(area).subtracted(QRegion(covered)))
        painter.fillRect(border, Qt::black);
    paintImage(painter, area);
    // An image with nothing drawn on it skips the layer: clearing and blending a screen-sized
    // layer is a third of a zoom step below 1:1.
    if (annotationsShown() && m_scene.hasAnnotationsToPaint()) {
        const quint64 beingEdited = m_tool ? m_tool->annotationBeingEdited() : 0;
        m_annotationLayer.paint(painter, area, size(), m_view.imageToView(), beingEdited, font(),
                                [&](QPainter &layerPainter, const QRect &viewArea) {
                                    m_scene.paint(layerPainter, *this, viewArea, beingEdited);
                                });
    }
    if (m_tool)
        m_tool->paintOverlay(painter, *this);
}

void CanvasView::paintImage(QPainter &painter, const QRect &area)
{
    if (m_view.scale() < 1.0)
        paintScreenTiles(painter, area);
    else
        paintLevelTiles(painter, area);
}

void CanvasView::paintScreenTiles(QPainter &painter, const QRect &area)
{
    // The grid starts at the view pixel holding the image's (oriented) top-left corner, so it
    // moves with whole-pixel pans and its tiles stay valid; the fraction is in the transform.
    const QPoint gridOrigin(int(std::floor(m_view.offset().x())),
                            int(std::floor(m_view.offset().y())));
    m_tiles.setScreenGrid(QTransform::fromTranslate(gridOrigin.x(), gridOrigin.y()) *
                          m_view.viewToImage());
    const QRect visible = area.translated(-gridOrigin).intersected(m_tiles.screenFootprint());
    if (visible.isEmpty())
        return;
    m_tiles.prepareScreenTiles(visible);
    const int tileSize = TileRenderer::TileSize;
    for (int ty = visible.top() / tileSize; ty <= visible.bottom() / tileSize; ++ty) {
        for (int tx = visible.left() / tileSize; tx <= visible.right() / tileSize; ++tx) {
            if (const QImage *tile = m_tiles.screenTile(tx, ty))
                painter.drawImage(gridOrigin + m_tiles.screenTileRect(tx, ty).topLeft(), *tile);
        }
    }
}

void CanvasView::paintLevelTiles(QPainter &painter, const QRect &area)
{
    // At 1:1 and above radiologists expect to see the actual pixels: no interpolation.
    const cv::Size fullResolution = pyramid().levelSize(0);

    // The part of the image to repaint, in full-resolution pixels.
    const QRectF visible = m_view.viewToImage().mapRect(QRectF(area));
    const int tileSize = TileRenderer::TileSize;
    const int firstX = std::max(0, int(std::floor(visible.left() / tileSize)));
    const int firstY = std::max(0, int(std::floor(visible.top() / tileSize)));
    const int lastX = std::min((fullResolution.width - 1) / tileSize,
                               int(std::floor(visible.right() / tileSize)));
    const int lastY = std::min((fullResolution.height - 1) / tileSize,
                               int(std::floor(visible.bottom() / tileSize)));

    painter.save();
    painter.setRenderHint(QPainter::SmoothPixmapTransform, false);
    painter.setTransform(m_view.imageToView()); // tiles are placed in image coordinates
    for (int ty = firstY; ty <= lastY; ++ty) {
        for (int tx = firstX; tx <= lastX; ++tx) {
            if (const QImage *tile = m_tiles.tile(tx, ty))
                painter.drawImage(m_tiles.tileRect(tx, ty).topLeft(), *tile);
        }
    }
    painter.restore();
}

void CanvasView::setOtherReadersVisible(bool visible)
{
    m_scene.setOtherReadersVisible(visible);
    redrawAnnotations();
}

void CanvasView::setAllReadersAlike(bool alike)
{
    m_scene.setAllReadersAlike(alike);
    redrawAnnotations();
}

void CanvasView::setShownReaders(const QStringList &readers)
{
    m_scene.setShownReaders(readers);
    redrawAnnotations();
}

void CanvasView::setReaderWork(const QStringList &readers, ReaderWorkLookup lookup)
{
    m_scene.setReaderWork(readers, std::move(lookup));
    redrawAnnotations();
}

void CanvasView::setSuggestions(const SuggestionLayer *suggestions)
{
    m_scene.setSuggestions(suggestions);
    if (suggestions)
        connect(suggestions, &SuggestionLayer::changed, this, &CanvasView::redrawAnnotations);
    redrawAnnotations();
}

void CanvasView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (m_view.isFitted())
        fitToWindow();
}

} // namespace concord
