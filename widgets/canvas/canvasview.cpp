// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/canvas/canvasview.h"

#include "core/imaging/windowpresets.h"
#include "core/project/workspace.h"
#include "widgets/canvas/annotationpainter.h"
#include "widgets/labelingcontext.h"
#include "widgets/tools/canvastool.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QRegion>
#include <QWheelEvent>

#include <opencv2/imgproc.hpp>

#include <cmath>

namespace concord {

static constexpr double MinimumScale = 1.0 / 64.0;
static constexpr double MaximumScale = 32.0;

CanvasView::CanvasView(LabelingContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumSize(200, 200);
    connect(m_context, &LabelingContext::annotationsChanged, this, [this] {
        m_maskCache.invalidate();
        redrawAnnotations();
    });
    connect(m_context, &LabelingContext::currentItemChanged, this, [this] {
        m_maskCache.invalidate();
        redrawAnnotations();
    });
    connect(m_context, &LabelingContext::overlayChanged, this, &CanvasView::redrawAnnotations);
    connect(m_context, &LabelingContext::selectionChanged, this, &CanvasView::redrawAnnotations);
    connect(m_context, &LabelingContext::activeLabelChanged, this, &CanvasView::redrawAnnotations);
    // Label colours and names live in the project.
    connect(m_context->workspace(), &Workspace::projectChanged, this, &CanvasView::redrawAnnotations);
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
    m_quarterTurns = 0; // each image opens upright: a turn was for the previous one
    m_mirrored = false;
    resetWindowLevel();
    fitToWindow();
    updateCursor();
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
    if (m_tool)
        m_tool->deactivate();
    m_tool = tool;
    if (m_tool)
        m_tool->activate(this);
    updateCursor();
    update();
    Q_EMIT toolChanged(tool);
}

QSizeF CanvasView::orientedSize() const
{
    if (!m_image)
        return {};
    const QSizeF size(m_image->image.width(), m_image->image.height());
    return m_quarterTurns % 2 ? size.transposed() : size;
}

void CanvasView::updateTransforms()
{
    const double w = m_image ? m_image->image.width() : 0;
    const double h = m_image ? m_image->image.height() : 0;
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

void CanvasView::rotate(int quarterTurnsClockwise)
{
    const QPointF centre(width() / 2.0, height() / 2.0);
    const QPointF anchor = toImage(centre);
    // Mirroring reverses the sense of a turn as seen on screen.
    m_quarterTurns = (((m_quarterTurns + (m_mirrored ? -quarterTurnsClockwise : quarterTurnsClockwise)) % 4) + 4) % 4;
    updateTransforms();
    m_offset += centre - toView(anchor); // keep the point at the centre where it was
    updateTransforms();
    if (m_fitMode)
        fitToWindow();
    update();
    Q_EMIT viewChanged();
}

void CanvasView::flip(Qt::Orientation axis)
{
    // A vertical flip is a horizontal one turned by half a turn.
    if (axis == Qt::Vertical)
        m_quarterTurns = (m_quarterTurns + 2) % 4;
    const QPointF centre(width() / 2.0, height() / 2.0);
    const QPointF anchor = toImage(centre);
    m_mirrored = !m_mirrored;
    updateTransforms();
    m_offset += centre - toView(anchor);
    updateTransforms();
    if (m_fitMode)
        fitToWindow();
    update();
    Q_EMIT viewChanged();
}

void CanvasView::resetOrientation()
{
    m_quarterTurns = 0;
    m_mirrored = false;
    fitToWindow();
}

void CanvasView::fitToWindow()
{
    if (!m_image || width() <= 0 || height() <= 0)
        return;
    const double imageWidth = orientedSize().width();
    const double imageHeight = orientedSize().height();
    m_scale = std::clamp(std::min(width() / imageWidth, height() / imageHeight), MinimumScale, MaximumScale);
    m_offset = QPointF((width() - imageWidth * m_scale) / 2.0, (height() - imageHeight * m_scale) / 2.0);
    m_fitMode = true;
    updateTransforms();
    update();
    Q_EMIT viewChanged();
}

void CanvasView::zoomToActualPixels()
{
    zoomAt(QPointF(width() / 2.0, height() / 2.0), 1.0 / m_scale);
}

void CanvasView::zoomAt(const QPointF &viewPos, double factor)
{
    const double scale = std::clamp(m_scale * factor, MinimumScale, MaximumScale);
    // The point under the cursor stays there: zoom about it in oriented coordinates.
    const QPointF anchor = (viewPos - m_offset) / m_scale;
    m_scale = scale;
    m_offset = viewPos - anchor * m_scale;
    m_fitMode = false;
    updateTransforms();
    update();
    Q_EMIT viewChanged();
}

void CanvasView::panBy(const QPointF &viewDelta)
{
    m_offset += viewDelta;
    m_fitMode = false;
    updateTransforms();
    update();
    Q_EMIT viewChanged();
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
    const cv::Mat &sample = m_image->pyramid.level(m_image->pyramid.levelCount() - 1);
    setWindowLevel(initialWindow(m_image->image.metadata, sample));
}

void CanvasView::setAnnotationsVisible(bool visible)
{
    m_annotationsVisible = visible;
    update();
}

const cv::Mat1b &CanvasView::displayedIntensities()
{
    if (m_displayed.empty() && m_image) {
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

bool CanvasView::event(QEvent *event)
{
    // A tool may claim keys that are window shortcuts elsewhere ([ and ] size a brush, rotate
    // the view otherwise): accepting the override sends the key to keyPressEvent instead.
    if (event->type() == QEvent::ShortcutOverride && m_tool && m_image
        && m_tool->claimsKey(*static_cast<QKeyEvent *>(event))) {
        event->accept();
        return true;
    }
    return QWidget::event(event);
}

void CanvasView::paintEvent(QPaintEvent *event)
{
    QPainter painter(this);
    const QRect area = event->rect();
    if (!m_image) {
        painter.fillRect(area, Qt::black);
        painter.setPen(QColor(200, 200, 200));
        painter.drawText(rect().adjusted(20, 20, -20, -20), Qt::AlignCenter | Qt::TextWordWrap, m_message);
        return;
    }
    // Black only around the image: the image covers its own pixels, and clearing a whole
    // screen first costs a tenth of a window change.
    const QRectF imageArea = toView(QRectF(0, 0, m_image->image.width(), m_image->image.height()));
    const QRect covered(QPoint(int(std::ceil(imageArea.left())), int(std::ceil(imageArea.top()))),
                        QPoint(int(std::floor(imageArea.right())) - 1, int(std::floor(imageArea.bottom())) - 1));
    for (const QRect &border : QRegion(area).subtracted(QRegion(covered)))
        painter.fillRect(border, Qt::black);
    paintImage(painter, area);
    if (annotationsShown()) {
        const quint64 beingEdited = m_tool ? m_tool->annotationBeingEdited() : 0;
        m_annotationLayer.paint(painter, area, size(), m_imageToView, beingEdited, font(),
                                [&](QPainter &layerPainter, const QRect &viewArea) {
                                    paintAnnotations(layerPainter, viewArea, beingEdited);
                                });
    }
    if (m_tool)
        m_tool->paintOverlay(painter, *this);
}

void CanvasView::paintImage(QPainter &painter, const QRect &area)
{
    if (m_scale < 1.0)
        paintScreenTiles(painter, area);
    else
        paintLevelTiles(painter, area);
}

void CanvasView::paintScreenTiles(QPainter &painter, const QRect &area)
{
    // The grid starts at the view pixel holding the image's (oriented) top-left corner, so it
    // moves with whole-pixel pans and its tiles stay valid; the fraction is in the transform.
    const QPoint gridOrigin(int(std::floor(m_offset.x())), int(std::floor(m_offset.y())));
    m_tiles.setScreenGrid(QTransform::fromTranslate(gridOrigin.x(), gridOrigin.y()) * m_viewToImage);
    const QRect visible = area.translated(-gridOrigin).intersected(m_tiles.screenFootprint());
    if (visible.isEmpty())
        return;
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
    const ImagePyramid &pyramid = this->pyramid();
    const cv::Mat &fullResolution = pyramid.level(0);

    // The part of the image to repaint, in full-resolution pixels.
    const QRectF visible = m_viewToImage.mapRect(QRectF(area));
    const int tileSize = TileRenderer::TileSize;
    const int firstX = std::max(0, int(std::floor(visible.left() / tileSize)));
    const int firstY = std::max(0, int(std::floor(visible.top() / tileSize)));
    const int lastX = std::min((fullResolution.cols - 1) / tileSize, int(std::floor(visible.right() / tileSize)));
    const int lastY = std::min((fullResolution.rows - 1) / tileSize, int(std::floor(visible.bottom() / tileSize)));

    painter.save();
    painter.setRenderHint(QPainter::SmoothPixmapTransform, false);
    painter.setTransform(m_imageToView); // tiles are placed in image coordinates
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
    m_otherReadersVisible = visible;
    redrawAnnotations();
}

void CanvasView::setAllReadersAlike(bool alike)
{
    m_allReadersAlike = alike;
    redrawAnnotations();
}

void CanvasView::setShownReaders(const QStringList &readers)
{
    m_shownReaders = readers;
    redrawAnnotations();
}

QStringList CanvasView::otherReadersOnScreen() const
{
    if (!m_otherReadersVisible)
        return {};
    const Workspace *workspace = m_context->workspace();
    QStringList readers = workspace->visibleAuthors(m_context->currentItemId());
    if (!m_allReadersAlike)
        readers.removeAll(workspace->session().annotatorId);
    if (!m_shownReaders.isEmpty())
        readers.removeIf([this](const QString &reader) { return !m_shownReaders.contains(reader); });
    return readers;
}

void CanvasView::paintMasks(QPainter &painter, const QRect &area, quint64 skipped)
{
    const bool outlinesOnly = m_context->outlinesOnly();
    const std::vector<MaskAnnotation> &masks = m_context->myMasks();
    m_maskCache.retainOnly(masks);
    for (const MaskAnnotation &mask : masks) {
        if (mask.id == skipped || !m_context->isLabelVisible(mask.labelId) || mask.mask.bounds.empty())
            continue;
        const cv::Rect &b = mask.mask.bounds;
        if (!toView(QRectF(b.x, b.y, b.width, b.height)).toAlignedRect().adjusted(-3, -3, 3, 3).intersects(area))
            continue;
        const QColor color = AnnotationPainter::labelColor(m_context->taxonomy(), mask.labelId);
        if (!outlinesOnly)
            m_maskCache.image(mask, color).paint(painter, *this, m_context->fillOpacity());
        const bool selected = mask.id == m_context->selectedBoxId();
        if (outlinesOnly || selected)
            AnnotationPainter::paintImageOutline(painter, *this, m_maskCache.outline(mask), color, selected);
    }
}

void CanvasView::paintAnnotations(QPainter &painter, const QRect &area, quint64 beingEdited)
{
    if (!m_allReadersAlike)
        paintMasks(painter, area, beingEdited);
    AnnotationPainter annotations(painter, *this, m_context->taxonomy());
    // Other readers first, so the reader's own boxes stay on top.
    const QStringList others = otherReadersOnScreen();
    const Project &project = m_context->workspace()->project();
    for (int i = 0; i < others.size(); ++i) {
        const ItemWork *work = m_context->workspace()->visibleWork(others[i], m_context->currentItemId());
        if (!work)
            continue;
        const Annotator *reader = project.findAnnotator(others[i]);
        // Tagged with the name the legend shows, not the id in the journal.
        const QString readerName = reader ? reader->displayName : others[i];
        for (const MaskAnnotation &mask : work->masks) {
            if (m_context->isLabelVisible(mask.labelId))
                annotations.paintOtherReaderOutline(MaskOverlayCache::traceOutline(mask.mask), i);
        }
        for (const PolygonAnnotation &polygon : work->polygons) {
            if (m_context->isLabelVisible(polygon.labelId))
                annotations.paintOtherReaderOutline({AnnotationPainter::toPolygonF(polygon.vertices)}, i);
        }
        for (const BoxAnnotation &box : work->boxes)
            annotations.paintOtherReaderBox(box, readerName, i);
    }
    // The calibration review draws this reader's work like everyone else's, above.
    if (m_allReadersAlike)
        return;
    for (const PolygonAnnotation &polygon : m_context->myPolygons()) {
        if (polygon.id != beingEdited && m_context->isLabelVisible(polygon.labelId))
            annotations.paintPolygon(polygon, polygon.id == m_context->selectedBoxId(), m_context->fillOpacity(),
                                     m_context->outlinesOnly());
    }
    // Boxes outside the repainted area are skipped: a brush dab repaints a few dozen pixels.
    const QRectF areaInImage = m_viewToImage.mapRect(QRectF(area)).adjusted(-50 / m_scale, -50 / m_scale,
                                                                               50 / m_scale, 50 / m_scale);
    std::vector<const BoxAnnotation *> boxes;
    for (const BoxAnnotation &box : m_context->myBoxes()) {
        if (box.id == beingEdited || !m_context->isLabelVisible(box.labelId))
            continue;
        if (areaInImage.intersects(QRectF(box.rect.x, box.rect.y, box.rect.width, box.rect.height)))
            boxes.push_back(&box);
    }
    annotations.paintBoxes(boxes, m_context->selectedBoxId());
}

ToolEvent CanvasView::toolEvent(const QMouseEvent *event) const
{
    ToolEvent toolEvent;
    toolEvent.viewPos = event->position();
    toolEvent.imagePos = toImage(event->position());
    toolEvent.button = event->button();
    toolEvent.modifiers = event->modifiers();
    return toolEvent;
}

void CanvasView::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    // Ctrl+wheel sizes the brush of tools that have one, as in painting programs.
    if ((event->modifiers() & Qt::ControlModifier) && m_tool && steps != 0
        && m_tool->adjustSize(steps > 0 ? 1 : -1)) {
        event->accept();
        return;
    }
    if (steps != 0)
        zoomAt(event->position(), std::pow(1.25, steps));
    event->accept();
}

void CanvasView::mousePressEvent(QMouseEvent *event)
{
    setFocus(Qt::MouseFocusReason);
    m_lastDragPos = event->position();
    if (event->button() == Qt::MiddleButton || (event->button() == Qt::LeftButton && m_spaceHeld)) {
        m_drag = Drag::Pan;
    } else if (event->button() == Qt::RightButton && m_image) {
        if (!(m_tool && m_tool->rightClick(toolEvent(event))))
            m_drag = Drag::WindowLevel;
    } else if (event->button() == Qt::LeftButton && m_tool && m_image) {
        m_drag = Drag::Tool;
        m_tool->press(toolEvent(event));
    }
    updateCursor();
}

void CanvasView::mouseMoveEvent(QMouseEvent *event)
{
    const QPointF delta = event->position() - m_lastDragPos;
    m_lastDragPos = event->position();
    switch (m_drag) {
    case Drag::Pan:
        panBy(delta);
        break;
    case Drag::WindowLevel: {
        // One screen width of drag spans the image's whole value range, so both a narrow lung
        // window and a full-range view are a short drag away.
        const double range = fullRangeWindow(m_image->image.metadata, pyramid().level(0).depth()).width;
        const double perPixel = range / std::max(400, width());
        WindowLevel window = windowLevel();
        window.voiLutIndex = -1; // dragging adjusts a linear window, starting from the LUT's span
        window.width = std::max(1.0, window.width + delta.x() * perPixel);
        window.center += delta.y() * perPixel;
        setWindowLevel(window);
        break;
    }
    case Drag::Tool:
        m_tool->move(toolEvent(event));
        break;
    case Drag::None:
        if (m_tool && m_image)
            m_tool->hover(toolEvent(event));
        break;
    }
    Q_EMIT cursorMoved(toImage(event->position()));
}

void CanvasView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_drag == Drag::Tool && event->button() == Qt::LeftButton && m_tool)
        m_tool->release(toolEvent(event));
    m_drag = Drag::None;
    updateCursor();
}

QList<std::pair<Qt::Key, QString>> CanvasView::heldKeys()
{
    return {{PanKey, tr("Pan (hold)")}, {HideAnnotationsKey, tr("Hide annotations (hold)")}};
}

void CanvasView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == PanKey && !event->isAutoRepeat()) {
        m_spaceHeld = true;
        updateCursor();
        return;
    }
    if (event->key() == HideAnnotationsKey && event->modifiers() == Qt::NoModifier) {
        if (!event->isAutoRepeat()) {
            m_hideKeyHeld = true;
            update();
        }
        return;
    }
    if (m_tool && m_tool->keyPress(event))
        return;
    QWidget::keyPressEvent(event);
}

void CanvasView::keyReleaseEvent(QKeyEvent *event)
{
    if (event->key() == PanKey && !event->isAutoRepeat()) {
        m_spaceHeld = false;
        updateCursor();
        return;
    }
    if (event->key() == HideAnnotationsKey && !event->isAutoRepeat()) {
        m_hideKeyHeld = false;
        update();
        return;
    }
    QWidget::keyReleaseEvent(event);
}

void CanvasView::focusOutEvent(QFocusEvent *event)
{
    m_spaceHeld = false; // the release may go to another window
    m_hideKeyHeld = false;
    update();
    updateCursor();
    QWidget::focusOutEvent(event);
}

void CanvasView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (m_fitMode)
        fitToWindow();
}

void CanvasView::updateCursor()
{
    if (m_drag == Drag::Pan)
        setCursor(Qt::ClosedHandCursor);
    else if (m_spaceHeld)
        setCursor(Qt::OpenHandCursor);
    else if (m_drag == Drag::WindowLevel)
        setCursor(Qt::SizeAllCursor);
    else if (m_tool && m_image)
        setCursor(m_tool->cursor());
    else
        unsetCursor();
}

} // namespace concord
