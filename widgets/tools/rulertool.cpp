// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/tools/rulertool.h"

#include "core/geometry/measurement.h"
#include "widgets/canvas/annotationpainter.h"
#include "widgets/canvas/canvasview.h"

#include <QKeyEvent>
#include <QLineF>
#include <QPainter>

#include <cmath>

namespace concord {

QString RulerTool::name() const
{
    return tr("Ruler");
}

void RulerTool::press(const ToolEvent &event)
{
    m_start = event.imagePos;
    m_end = event.imagePos;
}

void RulerTool::move(const ToolEvent &event)
{
    m_end = event.imagePos;
    if (m_canvas)
        m_canvas->update();
}

void RulerTool::release(const ToolEvent &event)
{
    move(event);
}

bool RulerTool::keyPress(QKeyEvent *event)
{
    if (event->key() != Qt::Key_Escape || !m_start)
        return false;
    clear();
    return true;
}

void RulerTool::clear()
{
    m_start.reset();
    if (m_canvas)
        m_canvas->update();
}

QString RulerTool::measurementText() const
{
    if (!m_start || !m_canvas || !m_canvas->image())
        return {};
    const Distance distance = measureDistance(m_start->x(), m_start->y(), m_end.x(), m_end.y(),
                                              m_canvas->image()->image.metadata.pixelSpacing);
    if (!distance.millimetres)
        return tr("%1 px (no pixel spacing in this image)").arg(distance.pixels, 0, 'f', 1);
    // Imager Pixel Spacing is at the detector: say so, since it overstates patient size.
    return tr("%1 mm (%2)").arg(*distance.millimetres, 0, 'f', 1).arg(distance.spacingSource);
}

void RulerTool::paintOverlay(QPainter &painter, const CanvasView &canvas)
{
    if (!m_start)
        return;
    const QPointF a = canvas.toView(*m_start);
    const QPointF b = canvas.toView(m_end);
    painter.setRenderHint(QPainter::Antialiasing, true);
    AnnotationPainter::drawOverHalo(painter, 4, QPen(QColor(255, 235, 59), 2),
                                    [&] { painter.drawLine(a, b); });
    // End ticks perpendicular to the line.
    const QLineF line(a, b);
    if (line.length() > 0) {
        QLineF normal = line.normalVector();
        normal.setLength(6);
        const QPointF offset = normal.p2() - normal.p1();
        painter.drawLine(a - offset, a + offset);
        painter.drawLine(b - offset, b + offset);
    }
    const QString text = measurementText();
    const QFontMetrics metrics = painter.fontMetrics();
    const QRectF box(b + QPointF(10, 10),
                     QSizeF(metrics.horizontalAdvance(text) + 10, metrics.height() + 4));
    painter.fillRect(box, QColor(0, 0, 0, 190));
    painter.setPen(QColor(255, 235, 59));
    painter.drawText(box, Qt::AlignCenter, text);
}

} // namespace concord
