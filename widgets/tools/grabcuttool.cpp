// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/tools/grabcuttool.h"

#include "core/geometry/maskmorphology.h"
#include "widgets/canvas/annotationpainter.h"
#include "widgets/canvas/canvasview.h"
#include "widgets/editing/labelingcontext.h"
#include "widgets/tools/maskedits.h"

#include <QKeyEvent>
#include <QPainter>
#include <QtConcurrent/QtConcurrentRun>

namespace concord {

GrabCutTool::GrabCutTool(LabelingContext *context, QObject *parent)
    : LabelingTool(context, parent)
{
    connect(&m_watcher, &QFutureWatcher<BinaryMask>::finished, this, &GrabCutTool::onFinished);
}

GrabCutTool::~GrabCutTool()
{
    m_watcher.waitForFinished();
}

QString GrabCutTool::name() const
{
    return tr("GrabCut");
}

QWidget *GrabCutTool::optionsWidget()
{
    return hintWidget(tr("Drag a box around the object: it is separated from its background "
                         "(GrabCut) and added to the selected mask, or becomes a new mask with "
                         "the active label. Leave some background inside the box's edge."));
}

void GrabCutTool::deactivate()
{
    m_dragging = false;
    if (!isRunning())
        m_box = {};
    CanvasTool::deactivate();
}

void GrabCutTool::waitForResult()
{
    m_watcher.waitForFinished();
}

void GrabCutTool::press(const ToolEvent &event)
{
    if (isRunning())
        return; // one segmentation at a time
    m_start = event.imagePos;
    m_box = QRectF(m_start, m_start);
    m_dragging = true;
}

void GrabCutTool::move(const ToolEvent &event)
{
    if (!m_dragging || !m_canvas)
        return;
    m_box = QRectF(m_start, event.imagePos).normalized();
    m_canvas->update();
}

void GrabCutTool::release(const ToolEvent &event)
{
    if (!m_dragging || !m_canvas)
        return;
    move(event);
    m_dragging = false;
    const QRect box = m_box.toAlignedRect();
    if (box.width() < 4 || box.height() < 4) {
        m_box = {};
        m_canvas->update();
        return;
    }
    // The displayed image is shared, read-only, with the worker (cv::Mat reference counting).
    const cv::Mat image = m_canvas->displayedIntensities();
    m_itemId = m_context->currentItemId();
    m_watcher.setFuture(QtConcurrent::run([image, box] {
        return grabCutMask(image, cv::Rect(box.x(), box.y(), box.width(), box.height()));
    }));
    m_canvas->update();
}

void GrabCutTool::onFinished()
{
    const BinaryMask result = m_watcher.result();
    m_box = {};
    if (m_itemId == m_context->currentItemId())
        addPixelsToMask(*m_context, result, tr("GrabCut"));
    if (m_canvas)
        m_canvas->update();
    Q_EMIT finished();
}

bool GrabCutTool::keyPress(QKeyEvent *event)
{
    if (event->key() != Qt::Key_Escape)
        return false;
    return cancelOrDeselect(m_dragging, [this] {
        m_dragging = false;
        m_box = {};
    });
}

void GrabCutTool::paintOverlay(QPainter &painter, const CanvasView &canvas)
{
    if (m_box.isNull())
        return;
    const QRectF view = canvas.toView(m_box);
    painter.save();
    painter.setBrush(Qt::NoBrush);
    AnnotationPainter::drawOverHalo(
        painter, 4,
        QPen(AnnotationPainter::labelColor(m_context->taxonomy(), m_context->activeLabelId()), 2,
             Qt::DashLine),
        [&] { painter.drawRect(view); });
    if (isRunning()) {
        painter.setPen(Qt::white);
        painter.drawText(view.adjusted(4, 4, -4, -4), Qt::AlignLeft | Qt::AlignTop,
                         tr("Segmenting…"));
    }
    painter.restore();
}

} // namespace concord
