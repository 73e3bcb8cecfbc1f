// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/tools/rulertool.h"

#include "core/geometry/measurement.h"
#include "widgets/canvas/annotationpainter.h"
#include "widgets/canvas/canvasview.h"

#include <QKeyEvent>
#include <QLineF>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace concord {

// A press and release closer than this on screen is a click (it selects), not a measurement.
static constexpr double MinimumDrawnLengthOnScreen = 3.0;
static constexpr double GrabDistanceOnScreen = 6.0;
// The line being drawn when no label is active: a yellow that reads on any image.
static QColor unlabeledColor()
{
    return {255, 235, 59};
}

static ImagePoint toImagePoint(QPointF point)
{
    return {point.x(), point.y()};
}

static QPointF toPointF(const ImagePoint &point)
{
    return {point.x, point.y};
}

RulerTool::RulerTool(LabelingContext *context, QObject *parent)
    : LabelingTool(context, parent)
{}

QString RulerTool::name() const
{
    return tr("Ruler");
}

QWidget *RulerTool::optionsWidget()
{
    return hintWidget(tr("Drag to measure a distance; the ruler is saved with the active label "
                         "and its length goes into the DICOM measurement report. Click a ruler "
                         "to select it, drag its ends to adjust it; Delete removes it."));
}

void RulerTool::deactivate()
{
    clear();
    CanvasTool::deactivate();
}

quint64 RulerTool::annotationBeingEdited() const
{
    return m_before && m_gesture != Gesture::None ? m_before->id : 0;
}

double RulerTool::grabTolerance() const
{
    return m_canvas ? GrabDistanceOnScreen / m_canvas->scale() : GrabDistanceOnScreen;
}

QPointF RulerTool::clampedToImage(QPointF point) const
{
    const QSize size = m_context->imageSize();
    if (size.isEmpty())
        return point;
    return {std::clamp(point.x(), 0.0, double(size.width())),
            std::clamp(point.y(), 0.0, double(size.height()))};
}

RulerTool::Gesture RulerTool::grabAt(QPointF point, const RulerAnnotation **ruler) const
{
    const double tolerance = grabTolerance();
    // The selected ruler's ends first: they are its handles.
    if (const RulerAnnotation *selected = m_context->selectedRuler()) {
        *ruler = selected;
        if (QLineF(point, toPointF(selected->end)).length() <= tolerance)
            return Gesture::MovingEnd;
        if (QLineF(point, toPointF(selected->start)).length() <= tolerance)
            return Gesture::MovingStart;
    }
    // The topmost (last drawn) ruler whose line passes near.
    const std::vector<RulerAnnotation> &rulers = m_context->myRulers();
    for (auto it = rulers.rbegin(); it != rulers.rend(); ++it) {
        if (!m_context->isLabelVisible(it->labelId))
            continue;
        if (distanceToSegment(point.x(), point.y(), it->start.x, it->start.y, it->end.x,
                              it->end.y) <= tolerance) {
            *ruler = &*it;
            return Gesture::MovingWhole;
        }
    }
    *ruler = nullptr;
    return Gesture::None;
}

void RulerTool::press(const ToolEvent &event)
{
    m_unsaved = false;
    m_pressPos = event.imagePos;
    const RulerAnnotation *grabbed = nullptr;
    const Gesture grab = grabAt(event.imagePos, &grabbed);
    if (grab != Gesture::None) {
        m_context->setSelectedBoxId(grabbed->id);
        m_gesture = grab;
        m_before = *grabbed;
        m_start = toPointF(grabbed->start);
        m_end = toPointF(grabbed->end);
    } else {
        m_context->setSelectedBoxId(0);
        m_gesture = Gesture::Drawing;
        m_before.reset();
        m_start = clampedToImage(event.imagePos);
        m_end = m_start;
    }
    if (m_canvas)
        m_canvas->update();
}

void RulerTool::move(const ToolEvent &event)
{
    switch (m_gesture) {
    case Gesture::None: return;
    case Gesture::Drawing:
    case Gesture::MovingEnd: m_end = clampedToImage(event.imagePos); break;
    case Gesture::MovingStart: m_start = clampedToImage(event.imagePos); break;
    case Gesture::MovingWhole: {
        // Both ends by one offset, held so that neither leaves the image.
        const QPointF a = toPointF(m_before->start);
        const QPointF b = toPointF(m_before->end);
        QPointF delta = event.imagePos - m_pressPos;
        const QSize size = m_context->imageSize();
        if (!size.isEmpty()) {
            // Bounds widened to 0 so that a ruler already past an edge still moves inward.
            delta.setX(std::clamp(delta.x(), std::min(0.0, -std::min(a.x(), b.x())),
                                  std::max(0.0, size.width() - std::max(a.x(), b.x()))));
            delta.setY(std::clamp(delta.y(), std::min(0.0, -std::min(a.y(), b.y())),
                                  std::max(0.0, size.height() - std::max(a.y(), b.y()))));
        }
        m_start = a + delta;
        m_end = b + delta;
        break;
    }
    }
    if (m_canvas)
        m_canvas->update();
}

void RulerTool::release(const ToolEvent &event)
{
    move(event);
    const Gesture gesture = m_gesture;
    m_gesture = Gesture::None;
    if (gesture == Gesture::Drawing) {
        commitDrawn();
    } else if (gesture != Gesture::None && m_before && stillAsGrabbed(*m_before)) {
        RulerAnnotation moved = *m_before;
        moved.start = toImagePoint(m_start);
        moved.end = toImagePoint(m_end);
        if (!(moved.start == m_before->start && moved.end == m_before->end))
            m_context->pushEdit(edits::changeRuler(m_context->currentItemId(), *m_before, moved),
                                gesture == Gesture::MovingWhole ? tr("Move ruler")
                                                                : tr("Move ruler end"));
    }
    m_before.reset();
    if (m_canvas)
        m_canvas->update();
}

bool RulerTool::stillAsGrabbed(const RulerAnnotation &grabbed) const
{
    // An undo or another window may have removed or changed the ruler since the press; a
    // change made from the stale copy would be refused, and pushing it would drop the undo
    // stack's redo history.
    const std::vector<RulerAnnotation> &rulers = m_context->myRulers();
    return std::any_of(rulers.begin(), rulers.end(),
                       [&](const RulerAnnotation &ruler) { return ruler == grabbed; });
}

void RulerTool::commitDrawn()
{
    const double scale = m_canvas ? m_canvas->scale() : 1.0;
    if (QLineF(m_start, m_end).length() * scale < MinimumDrawnLengthOnScreen)
        return; // a click on empty image: it only deselected
    const int label = m_context->activeLabelId();
    if (label > 0) {
        RulerAnnotation ruler;
        ruler.id = newAnnotationId();
        ruler.labelId = label;
        ruler.start = toImagePoint(m_start);
        ruler.end = toImagePoint(m_end);
        if (m_context->pushEdit(edits::addRuler(m_context->currentItemId(), ruler),
                                tr("Measure distance"))) {
            m_context->setSelectedBoxId(ruler.id);
            return;
        }
    }
    // Nothing to save it under, or saving failed (the context reported why): the measurement
    // still serves as a reading aid until the next one.
    m_unsaved = true;
}

void RulerTool::hover(const ToolEvent &event)
{
    const RulerAnnotation *ruler = nullptr;
    const Gesture grab = grabAt(event.imagePos, &ruler);
    if (grab != m_hoverGrab && m_canvas) {
        m_hoverGrab = grab;
        m_canvas->setCursor(cursor());
    }
}

QCursor RulerTool::cursor() const
{
    switch (m_hoverGrab) {
    case Gesture::MovingStart:
    case Gesture::MovingEnd: return Qt::PointingHandCursor;
    case Gesture::MovingWhole: return Qt::SizeAllCursor;
    case Gesture::None:
    case Gesture::Drawing: break;
    }
    return Qt::CrossCursor;
}

bool RulerTool::keyPress(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Escape:
        return cancelOrDeselect(m_gesture != Gesture::None || m_unsaved, [this] { clear(); });
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        return deleteSelected(m_context->selectedRuler(), edits::removeRuler, tr("Delete ruler"));
    default: return false;
    }
}

void RulerTool::clear()
{
    m_gesture = Gesture::None;
    m_unsaved = false;
    m_before.reset();
    if (m_canvas)
        m_canvas->update();
}

QString RulerTool::measurementText() const
{
    if ((m_gesture != Gesture::Drawing && !m_unsaved) || !m_canvas || !m_canvas->image())
        return {};
    const Distance distance = measureDistance(m_start.x(), m_start.y(), m_end.x(), m_end.y(),
                                              m_canvas->image()->image.metadata.pixelSpacing);
    if (!distance.millimetres)
        return tr("%1 px (no pixel spacing in this image)").arg(distance.pixels, 0, 'f', 1);
    // Imager Pixel Spacing is at the detector: say so, since it overstates patient size.
    return tr("%1 mm (%2)").arg(*distance.millimetres, 0, 'f', 1).arg(distance.spacingSource);
}

void RulerTool::paintOverlay(QPainter &painter, const CanvasView &canvas)
{
    AnnotationPainter annotations(painter, canvas, m_context->taxonomy());
    if (m_gesture == Gesture::Drawing || m_unsaved) {
        const int label = m_context->activeLabelId();
        annotations.paintRuler(toImagePoint(m_start), toImagePoint(m_end),
                               label > 0 ? annotations.colorOf(label) : unlabeledColor(),
                               measurementText(), false);
    } else if (m_gesture != Gesture::None && m_before) {
        // The ruler being adjusted, which the canvas leaves out meanwhile.
        const std::optional<PixelSpacing> spacing =
            canvas.image() ? canvas.image()->image.metadata.pixelSpacing : std::nullopt;
        annotations.paintRuler(
            toImagePoint(m_start), toImagePoint(m_end), annotations.colorOf(m_before->labelId),
            AnnotationPainter::rulerLength(toImagePoint(m_start), toImagePoint(m_end), spacing),
            true);
    }
}

} // namespace concord
