// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/tools/polygontool.h"

#include "core/geometry/polygonediting.h"
#include "core/project/edit.h"
#include "widgets/canvas/annotationpainter.h"
#include "widgets/canvas/canvasview.h"
#include "widgets/editing/labelingcontext.h"

#include <QKeyEvent>
#include <QPainter>

namespace concord {

static constexpr double GrabDistanceOnScreen = 7.0;

namespace {

Polygon toGeometry(const std::vector<ImagePoint> &vertices)
{
    Polygon polygon;
    polygon.reserve(vertices.size());
    for (const ImagePoint &p : vertices)
        polygon.emplace_back(p.x, p.y);
    return polygon;
}

ImagePoint clampedPoint(QPointF p, QSize imageSize)
{
    return {std::clamp(p.x(), 0.0, double(imageSize.width())),
            std::clamp(p.y(), 0.0, double(imageSize.height()))};
}

} // namespace

PolygonTool::PolygonTool(LabelingContext *context, QObject *parent)
    : LabelingTool(context, parent)
{
    connect(m_context, &LabelingContext::currentItemChanged, this, &PolygonTool::cancel);
}

QString PolygonTool::name() const
{
    return tr("Polygon");
}

QWidget *PolygonTool::optionsWidget()
{
    return hintWidget(tr("Click to place vertices; click the first one or press Enter to close. "
                         "Backspace: remove the last vertex. Esc: cancel.\n\n"
                         "On a selected polygon: drag a vertex to move it, drag an edge to add "
                         "one, Delete or right-click to remove one."));
}

double PolygonTool::grabTolerance() const
{
    return m_canvas ? GrabDistanceOnScreen / m_canvas->scale() : GrabDistanceOnScreen;
}

quint64 PolygonTool::annotationBeingEdited() const
{
    return m_drag != Drag::None && m_before ? m_before->id : 0;
}

void PolygonTool::deactivate()
{
    cancel();
    CanvasTool::deactivate();
}

void PolygonTool::cancel()
{
    m_drawing.clear();
    m_drag = Drag::None;
    m_before.reset();
    if (m_canvas)
        m_canvas->update();
}

void PolygonTool::press(const ToolEvent &event)
{
    const QPointF p = event.imagePos;
    const cv::Point2d point(p.x(), p.y());
    if (isDrawing()) {
        const QPointF first = m_drawing.front();
        if (m_drawing.size() >= 3 &&
            std::hypot(p.x() - first.x(), p.y() - first.y()) <= grabTolerance()) {
            finishDrawing();
            return;
        }
        const ImagePoint clamped = clampedPoint(p, m_context->imageSize());
        m_drawing << QPointF(clamped.x, clamped.y);
        m_canvas->update();
        return;
    }
    // Reshape the selected polygon: a vertex, then an edge, then its inside.
    if (const PolygonAnnotation *selected = m_context->selectedPolygon()) {
        const Polygon geometry = toGeometry(selected->vertices);
        m_dragStart = p;
        m_inserted = false;
        if (const int vertex = vertexAt(geometry, point, grabTolerance()); vertex >= 0) {
            m_drag = Drag::Vertex;
            m_activeVertex = vertex;
        } else if (const auto edge = edgeAt(geometry, point, grabTolerance())) {
            m_drag = Drag::Vertex;
            m_activeVertex = edge->index + 1;
            m_inserted = true;
        } else if (polygonContains(geometry, point)) {
            m_drag = Drag::Whole;
        }
        if (m_drag != Drag::None) {
            m_before = *selected;
            m_reshaped = *selected;
            if (m_inserted)
                m_reshaped.vertices.insert(m_reshaped.vertices.begin() + m_activeVertex,
                                           ImagePoint{p.x(), p.y()});
            m_canvas->update();
            return;
        }
    }
    // Select another polygon (topmost first), or start a new one.
    const std::vector<PolygonAnnotation> &polygons = m_context->myPolygons();
    for (auto it = polygons.rbegin(); it != polygons.rend(); ++it) {
        if (!m_context->isLabelVisible(it->labelId))
            continue;
        const Polygon geometry = toGeometry(it->vertices);
        if (polygonContains(geometry, point) || edgeAt(geometry, point, grabTolerance())) {
            m_context->setSelectedBoxId(it->id);
            m_activeVertex = -1;
            return;
        }
    }
    m_context->setSelectedBoxId(0);
    if (m_context->activeLabelId() <= 0)
        return;
    const ImagePoint clamped = clampedPoint(p, m_context->imageSize());
    m_drawing << QPointF(clamped.x, clamped.y);
    m_cursor = p;
    m_canvas->update();
}

void PolygonTool::move(const ToolEvent &event)
{
    m_cursor = event.imagePos;
    if (m_drag == Drag::Vertex && m_before) {
        m_reshaped.vertices[size_t(m_activeVertex)] =
            clampedPoint(event.imagePos, m_context->imageSize());
    } else if (m_drag == Drag::Whole && m_before) {
        // Move the whole shape, but never off the image.
        const QSize size = m_context->imageSize();
        double dx = event.imagePos.x() - m_dragStart.x();
        double dy = event.imagePos.y() - m_dragStart.y();
        for (const ImagePoint &v : m_before->vertices) {
            dx = std::clamp(dx, -v.x, size.width() - v.x);
            dy = std::clamp(dy, -v.y, size.height() - v.y);
        }
        for (size_t i = 0; i < m_reshaped.vertices.size(); ++i)
            m_reshaped.vertices[i] = {m_before->vertices[i].x + dx, m_before->vertices[i].y + dy};
    }
    if (m_canvas)
        m_canvas->update();
}

void PolygonTool::release(const ToolEvent &event)
{
    if (m_drag == Drag::None)
        return;
    move(event);
    commitReshape(m_inserted              ? tr("Insert polygon vertex")
                  : m_drag == Drag::Whole ? tr("Move polygon")
                                          : tr("Move polygon vertex"));
}

void PolygonTool::commitReshape(const QString &description)
{
    m_drag = Drag::None;
    if (m_before && !(m_reshaped.vertices == m_before->vertices))
        m_context->pushEdit(edits::changePolygon(m_context->currentItemId(), *m_before, m_reshaped),
                            description);
    m_before.reset();
    if (m_canvas)
        m_canvas->update();
}

void PolygonTool::hover(const ToolEvent &event)
{
    m_cursor = event.imagePos;
    if (isDrawing() && m_canvas)
        m_canvas->update();
}

bool PolygonTool::rightClick(const ToolEvent &event)
{
    const PolygonAnnotation *selected = m_context->selectedPolygon();
    if (!selected || isDrawing())
        return false;
    const int vertex = vertexAt(toGeometry(selected->vertices),
                                {event.imagePos.x(), event.imagePos.y()}, grabTolerance());
    if (vertex < 0)
        return false;
    deleteVertex(vertex);
    return true;
}

void PolygonTool::deleteVertex(int index)
{
    const PolygonAnnotation *selected = m_context->selectedPolygon();
    if (!selected)
        return;
    const QString itemId = m_context->currentItemId();
    if (index < 0 || selected->vertices.size() <= 3) {
        // A polygon needs three vertices: removing one of the last three removes the shape.
        deleteSelected(selected, edits::removePolygon, tr("Delete polygon"));
        m_activeVertex = -1;
        return;
    }
    PolygonAnnotation changed = *selected;
    changed.vertices.erase(changed.vertices.begin() + index);
    m_context->pushEdit(edits::changePolygon(itemId, *selected, changed),
                        tr("Delete polygon vertex"));
    m_activeVertex = -1;
}

void PolygonTool::finishDrawing()
{
    if (m_drawing.size() < 3 || m_context->activeLabelId() <= 0) {
        cancel();
        return;
    }
    PolygonAnnotation polygon;
    polygon.id = newAnnotationId();
    polygon.labelId = m_context->activeLabelId();
    for (const QPointF &p : std::as_const(m_drawing))
        polygon.vertices.push_back({p.x(), p.y()});
    m_drawing.clear();
    if (m_context->pushEdit(edits::addPolygon(m_context->currentItemId(), polygon),
                            tr("Draw polygon")))
        m_context->setSelectedBoxId(polygon.id);
    if (m_canvas)
        m_canvas->update();
}

bool PolygonTool::keyPress(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (!isDrawing() || event->modifiers() != Qt::NoModifier) // Ctrl+Enter submits the item
            return false;
        finishDrawing();
        return true;
    case Qt::Key_Escape:
        return cancelOrDeselect(isDrawing() || m_drag != Drag::None, [this] { cancel(); });
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        if (isDrawing()) {
            m_drawing.removeLast();
            if (m_canvas)
                m_canvas->update();
            return true;
        }
        if (!m_context->selectedPolygon())
            return false;
        deleteVertex(m_activeVertex);
        return true;
    default: return false;
    }
}

void PolygonTool::paintOverlay(QPainter &painter, const CanvasView &canvas)
{
    AnnotationPainter annotations(painter, canvas, m_context->taxonomy());
    if (isDrawing()) {
        annotations.paintPolygonInProgress(m_drawing, m_cursor, m_context->activeLabelId());
        return;
    }
    if (m_drag != Drag::None && m_before && canvas.annotationsShown()) {
        annotations.paintPolygon(m_reshaped, true, m_context->fillOpacity(),
                                 m_context->outlinesOnly());
        annotations.paintVertexHandles(AnnotationPainter::toPolygonF(m_reshaped.vertices),
                                       m_activeVertex);
    }
}

QCursor PolygonTool::cursor() const
{
    return Qt::CrossCursor;
}

} // namespace concord
