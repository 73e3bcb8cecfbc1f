// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/tools/lassotool.h"

#include "core/geometry/polygonraster.h"
#include "widgets/canvas/annotationpainter.h"
#include "widgets/canvas/canvasview.h"
#include "widgets/editing/labelingcontext.h"
#include "widgets/tools/maskedits.h"

#include <QKeyEvent>
#include <QPainter>

namespace concord {

LassoTool::LassoTool(LabelingContext *context, QObject *parent)
    : LabelingTool(context, parent)
{}

QString LassoTool::name() const
{
    return tr("Lasso fill");
}

QWidget *LassoTool::optionsWidget()
{
    return hintWidget(tr("Drag around a region: it is added to the selected mask, or becomes a new "
                         "mask with the active label. Esc cancels."));
}

void LassoTool::deactivate()
{
    m_path.clear();
    CanvasTool::deactivate();
}

void LassoTool::press(const ToolEvent &event)
{
    m_path = {event.imagePos};
}

void LassoTool::move(const ToolEvent &event)
{
    if (m_path.isEmpty() || !m_canvas)
        return;
    // Skip points closer than a screen pixel: the outline stays as fine as the hand, no finer.
    if (QLineF(m_path.back(), event.imagePos).length() * m_canvas->scale() < 1.0)
        return;
    m_path << event.imagePos;
    m_canvas->update();
}

void LassoTool::release(const ToolEvent &event)
{
    if (m_path.isEmpty())
        return;
    m_path << event.imagePos;
    Polygon ring;
    for (const QPointF &p : std::as_const(m_path))
        ring.emplace_back(p.x(), p.y());
    m_path.clear();
    const QSize size = m_context->imageSize();
    addPixelsToMask(*m_context, rasterizePolygon(ring, {size.width(), size.height()}),
                    tr("Lasso fill"));
    if (m_canvas)
        m_canvas->update();
}

bool LassoTool::keyPress(QKeyEvent *event)
{
    if (event->key() != Qt::Key_Escape)
        return false;
    return cancelOrDeselect(!m_path.isEmpty(), [this] { m_path.clear(); });
}

void LassoTool::paintOverlay(QPainter &painter, const CanvasView &canvas)
{
    if (m_path.size() < 2)
        return;
    const QPolygonF view = canvas.imageToView().map(m_path);
    const QColor color = AnnotationPainter::labelColor(
        m_context->taxonomy(), m_context->selectedMask() ? m_context->selectedMask()->labelId
                                                         : m_context->activeLabelId());
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    QColor fill = color;
    fill.setAlphaF(float(m_context->fillOpacity() * 0.6));
    painter.setPen(Qt::NoPen);
    painter.setBrush(fill);
    painter.drawPolygon(view);
    painter.setBrush(Qt::NoBrush);
    AnnotationPainter::drawOverHalo(painter, 4, QPen(color, 2, Qt::DashLine),
                                    [&] { painter.drawPolyline(view); });
    painter.restore();
}

} // namespace concord
