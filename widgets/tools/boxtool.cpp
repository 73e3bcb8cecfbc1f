// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/tools/boxtool.h"

#include "widgets/canvas/annotationpainter.h"
#include "widgets/canvas/canvasview.h"
#include "widgets/editing/labelingcontext.h"

#include <QKeyEvent>
#include <QPainter>

#include <algorithm>

namespace concord {

// A press-and-release closer than this on screen is a click, not a box.
static constexpr double MinimumDrawnSizeOnScreen = 4.0;
static constexpr double GrabDistanceOnScreen = 6.0;

BoxTool::BoxTool(LabelingContext *context, QObject *parent)
    : LabelingTool(context, parent)
{}

QString BoxTool::name() const
{
    return tr("Box");
}

void BoxTool::deactivate()
{
    cancelGesture();
    CanvasTool::deactivate();
}

double BoxTool::grabTolerance() const
{
    return m_canvas ? GrabDistanceOnScreen / m_canvas->scale() : GrabDistanceOnScreen;
}

quint64 BoxTool::annotationBeingEdited() const
{
    return m_gesture == Gesture::Dragging && m_dragged ? m_dragged->id : 0;
}

void BoxTool::press(const ToolEvent &event)
{
    const double x = event.imagePos.x();
    const double y = event.imagePos.y();
    const std::vector<BoxAnnotation> &boxes = m_context->myBoxes();

    // The selected box's handles first: they may lie just outside it.
    if (const BoxAnnotation *selected = m_context->selectedBox()) {
        const BoxHandle handle = hitTestBox(selected->rect, x, y, grabTolerance());
        if (handle != BoxHandle::None) {
            m_gesture = Gesture::Dragging;
            m_dragged = *selected;
            m_handle = handle;
            m_start = event.imagePos;
            m_preview = selected->rect;
            return;
        }
    }
    const int hit = boxAt(boxes, x, y, grabTolerance());
    if (hit >= 0) {
        const BoxAnnotation &box = boxes[size_t(hit)];
        m_context->setSelectedBoxId(box.id);
        m_gesture = Gesture::Dragging;
        m_dragged = box;
        m_handle = BoxHandle::Inside;
        m_start = event.imagePos;
        m_preview = box.rect;
        return;
    }
    m_context->setSelectedBoxId(0);
    m_gesture = Gesture::Drawing;
    m_start = event.imagePos;
    m_preview = {x, y, 0, 0};
}

void BoxTool::move(const ToolEvent &event)
{
    const QSize size = m_context->imageSize();
    if (m_gesture == Gesture::Drawing) {
        m_preview = rectFromCorners(m_start.x(), m_start.y(), event.imagePos.x(),
                                    event.imagePos.y(), size.width(), size.height());
    } else if (m_gesture == Gesture::Dragging && m_dragged) {
        const QPointF delta = event.imagePos - m_start;
        m_preview = dragBoxHandle(m_dragged->rect, m_handle, delta.x(), delta.y(), size.width(),
                                  size.height());
    }
    if (m_canvas)
        m_canvas->update();
}

void BoxTool::release(const ToolEvent &event)
{
    move(event);
    const Gesture gesture = m_gesture;
    m_gesture = Gesture::None;
    const QString itemId = m_context->currentItemId();
    if (gesture == Gesture::Drawing) {
        const double minimum = MinimumDrawnSizeOnScreen / (m_canvas ? m_canvas->scale() : 1.0);
        if (m_preview.width >= minimum && m_preview.height >= minimum &&
            m_context->activeLabelId() > 0) {
            BoxAnnotation box;
            box.id = newAnnotationId();
            box.labelId = m_context->activeLabelId();
            box.rect = m_preview;
            if (m_context->pushEdit(edits::addBox(itemId, box), tr("Draw box")))
                m_context->setSelectedBoxId(box.id);
        }
    } else if (gesture == Gesture::Dragging && m_dragged && !(m_preview == m_dragged->rect) &&
               stillAsGrabbed(*m_dragged)) {
        BoxAnnotation changed = *m_dragged;
        changed.rect = m_preview;
        m_context->pushEdit(edits::changeBox(itemId, *m_dragged, changed),
                            m_handle == BoxHandle::Inside ? tr("Move box") : tr("Resize box"));
    }
    m_dragged.reset();
    if (m_canvas)
        m_canvas->update();
}

bool BoxTool::stillAsGrabbed(const BoxAnnotation &grabbed) const
{
    // An undo or another window may have removed or changed the box since the press; a change
    // made from the stale copy would be refused, and pushing it would drop the undo stack's
    // redo history.
    const std::vector<BoxAnnotation> &boxes = m_context->myBoxes();
    return std::any_of(boxes.begin(), boxes.end(),
                       [&](const BoxAnnotation &box) { return box == grabbed; });
}

void BoxTool::hover(const ToolEvent &event)
{
    BoxHandle handle = BoxHandle::None;
    if (const BoxAnnotation *selected = m_context->selectedBox())
        handle =
            hitTestBox(selected->rect, event.imagePos.x(), event.imagePos.y(), grabTolerance());
    if (handle == BoxHandle::None &&
        boxAt(m_context->myBoxes(), event.imagePos.x(), event.imagePos.y(), grabTolerance()) >= 0)
        handle = BoxHandle::Inside;
    if (handle != m_hoverHandle && m_canvas) {
        m_hoverHandle = handle;
        m_canvas->setCursor(cursor());
    }
}

void BoxTool::nudge(double dx, double dy)
{
    const BoxAnnotation *selected = m_context->selectedBox();
    if (!selected)
        return;
    const QSize size = m_context->imageSize();
    BoxAnnotation moved = *selected;
    moved.rect =
        dragBoxHandle(selected->rect, BoxHandle::Inside, dx, dy, size.width(), size.height());
    if (!(moved.rect == selected->rect))
        m_context->pushEdit(edits::changeBox(m_context->currentItemId(), *selected, moved),
                            tr("Nudge box"));
}

bool BoxTool::keyPress(QKeyEvent *event)
{
    const double step = event->modifiers() & Qt::ShiftModifier ? 10.0 : 1.0;
    switch (event->key()) {
    case Qt::Key_Escape:
        return cancelOrDeselect(m_gesture != Gesture::None, [this] { cancelGesture(); });
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        return deleteSelected(m_context->selectedBox(), edits::removeBox, tr("Delete box"));
    case Qt::Key_Left: nudge(-step, 0); return m_context->selectedBox() != nullptr;
    case Qt::Key_Right: nudge(step, 0); return m_context->selectedBox() != nullptr;
    case Qt::Key_Up: nudge(0, -step); return m_context->selectedBox() != nullptr;
    case Qt::Key_Down: nudge(0, step); return m_context->selectedBox() != nullptr;
    default: return false;
    }
}

void BoxTool::cancelGesture()
{
    m_gesture = Gesture::None;
    m_dragged.reset();
    if (m_canvas)
        m_canvas->update();
}

void BoxTool::paintOverlay(QPainter &painter, const CanvasView &canvas)
{
    if (m_gesture == Gesture::None)
        return;
    AnnotationPainter annotations(painter, canvas, m_context->taxonomy());
    const int label = m_gesture == Gesture::Dragging && m_dragged ? m_dragged->labelId
                                                                  : m_context->activeLabelId();
    annotations.paintPreview(m_preview, label);
}

QCursor BoxTool::cursor() const
{
    switch (m_hoverHandle) {
    case BoxHandle::TopLeft:
    case BoxHandle::BottomRight: return Qt::SizeFDiagCursor;
    case BoxHandle::TopRight:
    case BoxHandle::BottomLeft: return Qt::SizeBDiagCursor;
    case BoxHandle::Top:
    case BoxHandle::Bottom: return Qt::SizeVerCursor;
    case BoxHandle::Left:
    case BoxHandle::Right: return Qt::SizeHorCursor;
    case BoxHandle::Inside: return Qt::SizeAllCursor;
    case BoxHandle::None: break;
    }
    return Qt::CrossCursor;
}

} // namespace concord
