// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/tools/brushtool.h"

#include "core/geometry/regiongrowing.h"
#include "core/project/edit.h"
#include "widgets/canvas/annotationpainter.h"
#include "widgets/canvas/canvasview.h"
#include "widgets/editing/labelingcontext.h"
#include "widgets/tools/brushoptionswidget.h"
#include "widgets/tools/brushsettings.h"

#include <QKeyEvent>
#include <QPainter>

namespace concord {

BrushTool::BrushTool(LabelingContext *context, BrushSettings *settings, Mode mode, QObject *parent)
    : LabelingTool(context, parent)
    , m_settings(settings)
    , m_mode(mode)
{
    connect(m_settings, &BrushSettings::diameterChanged, this, [this] {
        if (m_canvas)
            m_canvas->update(); // the preview circle changes size
    });
}

QString BrushTool::name() const
{
    switch (m_mode) {
    case Mode::Paint: return tr("Brush");
    case Mode::Erase: return tr("Eraser");
    case Mode::Threshold: return tr("Threshold brush");
    }
    return {};
}

QWidget *BrushTool::optionsWidget()
{
    if (!m_options) {
        const QString hint =
            m_mode == Mode::Threshold
                ? tr("Paints only pixels whose grey level is within the tolerance of the "
                     "pixel you first press. Esc: start a new mask.")
            : m_mode == Mode::Erase
                ? tr("Erases from the selected mask, or the one under the cursor.")
                : tr("Paints into the selected mask, or starts a new one with the active "
                     "label. Esc: start a new mask; Alt+click: select a mask.");
        const int fields = BrushOptionsWidget::Size |
                           (m_mode == Mode::Threshold ? BrushOptionsWidget::Tolerance : 0);
        m_options = new BrushOptionsWidget(m_settings, fields, hint);
    }
    return m_options;
}

void BrushTool::deactivate()
{
    if (m_stroking && m_canvas)
        m_canvas->update();
    m_stroking = false;
    m_cursorInside = false;
    CanvasTool::deactivate();
}

quint64 BrushTool::annotationBeingEdited() const
{
    return m_stroking ? m_before.id : 0;
}

const MaskAnnotation *BrushTool::maskUnder(QPointF imagePos) const
{
    // The topmost visible mask with a pixel under the brush disc, so erasing an edge may start
    // just outside it.
    const double r = m_settings->radius();
    const cv::Rect disc = discBounds({imagePos.x(), imagePos.y()}, r);
    const std::vector<MaskAnnotation> &masks = m_context->myMasks();
    for (auto it = masks.rbegin(); it != masks.rend(); ++it) {
        if (!m_context->isLabelVisible(it->labelId))
            continue;
        const cv::Rect overlap = disc & it->mask.bounds;
        for (int y = overlap.y; y < overlap.br().y; ++y) {
            for (int x = overlap.x; x < overlap.br().x; ++x) {
                const double dx = x + 0.5 - imagePos.x(), dy = y + 0.5 - imagePos.y();
                if (dx * dx + dy * dy <= std::max(r * r, 0.25) && it->mask.contains(x, y))
                    return &*it;
            }
        }
    }
    return nullptr;
}

const MaskAnnotation *BrushTool::maskAt(QPointF imagePos) const
{
    const int x = int(std::floor(imagePos.x()));
    const int y = int(std::floor(imagePos.y()));
    const std::vector<MaskAnnotation> &masks = m_context->myMasks();
    for (auto it = masks.rbegin(); it != masks.rend(); ++it) { // topmost first
        if (m_context->isLabelVisible(it->labelId) && it->mask.contains(x, y))
            return &*it;
    }
    return nullptr;
}

void BrushTool::press(const ToolEvent &event)
{
    if (!m_canvas || m_context->imageSize().isEmpty())
        return;
    if (event.modifiers & Qt::AltModifier) {
        const MaskAnnotation *hit = maskAt(event.imagePos);
        m_context->setSelectedBoxId(hit ? hit->id : 0);
        return;
    }
    const MaskAnnotation *target = m_context->selectedMask();
    if (!target && m_mode == Mode::Erase) {
        target = maskUnder(event.imagePos);
        if (!target)
            return;
        m_context->setSelectedBoxId(target->id);
    }
    if (target) {
        m_before = *target;
        m_newInstance = false;
    } else {
        if (m_context->activeLabelId() <= 0)
            return;
        m_before = MaskAnnotation{};
        m_before.id = newAnnotationId();
        m_before.labelId = m_context->activeLabelId();
        m_newInstance = true;
    }
    m_working = m_before.mask;
    m_working.pixels = m_before.mask.pixels.clone(); // the model's copy must not change under it
    m_gate = {};
    if (m_mode == Mode::Threshold) {
        const cv::Mat1b &intensities = m_canvas->displayedIntensities();
        const cv::Point seed(int(std::floor(event.imagePos.x())),
                             int(std::floor(event.imagePos.y())));
        const IntensityRange range = rangeAroundSeed(intensities, seed, m_settings->tolerance());
        m_gate = {&intensities, range.low, range.high};
        if (m_options)
            m_options->showRange(range.low, range.high);
    }
    m_overlay.rebuild(m_working,
                      AnnotationPainter::labelColor(m_context->taxonomy(), m_before.labelId));
    m_stroking = true;
    m_dirty = {};
    m_last = event.imagePos;
    // The first dab sits at the press itself.
    const QSize size = m_context->imageSize();
    const BrushAction action = m_mode == Mode::Erase ? BrushAction::Erase : BrushAction::Paint;
    const cv::Rect changed = stampDisc(m_working, {m_last.x(), m_last.y()}, m_settings->radius(),
                                       action, {size.width(), size.height()}, m_gate);
    m_dirty = changed;
    m_overlay.update(m_working, changed);
    m_canvas->update(); // the model's picture of this instance gives way to the working copy
}

void BrushTool::stamp(QPointF to)
{
    const QSize size = m_context->imageSize();
    const BrushAction action = m_mode == Mode::Erase ? BrushAction::Erase : BrushAction::Paint;
    const cv::Rect changed =
        stampSegment(m_working, {m_last.x(), m_last.y()}, {to.x(), to.y()}, m_settings->radius(),
                     action, {size.width(), size.height()}, m_gate);
    m_last = to;
    if (changed.empty())
        return;
    m_dirty = m_dirty.empty() ? changed : (m_dirty | changed);
    m_overlay.update(m_working, changed);
    m_canvas->updateImageRect(QRectF(changed.x, changed.y, changed.width, changed.height));
}

void BrushTool::move(const ToolEvent &event)
{
    if (m_stroking && m_canvas)
        stamp(event.imagePos);
    moveCursorPreview(event.imagePos);
}

void BrushTool::release(const ToolEvent &event)
{
    if (!m_stroking)
        return;
    stamp(event.imagePos);
    m_stroking = false;
    const QString itemId = m_context->currentItemId();
    if (m_newInstance) {
        MaskAnnotation created = m_before;
        created.mask = cropToContent(m_working);
        if (!created.mask.isEmpty() &&
            m_context->pushEdit(edits::addMask(itemId, created), tr("Paint mask")))
            m_context->setSelectedBoxId(created.id);
    } else if (auto edit = edits::strokeMask(itemId, m_before, m_working, m_dirty)) {
        m_context->pushEdit(*edit, m_mode == Mode::Erase ? tr("Erase mask") : tr("Paint mask"));
    }
    m_working = {};
    m_overlay = {};
    if (m_canvas)
        m_canvas->update();
}

void BrushTool::hover(const ToolEvent &event)
{
    moveCursorPreview(event.imagePos);
}

QRectF BrushTool::cursorPreviewRect() const
{
    const double r = m_settings->radius();
    return {m_cursor.x() - r, m_cursor.y() - r, 2 * r, 2 * r};
}

void BrushTool::moveCursorPreview(QPointF imagePos)
{
    if (!m_canvas)
        return;
    if (m_cursorInside)
        m_canvas->updateImageRect(cursorPreviewRect(), 3);
    m_cursor = imagePos;
    m_cursorInside = true;
    m_canvas->updateImageRect(cursorPreviewRect(), 3);
}

bool BrushTool::claimsKey(const QKeyEvent &event) const
{
    return event.modifiers() == Qt::NoModifier &&
           (event.key() == Qt::Key_BracketLeft || event.key() == Qt::Key_BracketRight);
}

bool BrushTool::adjustSize(int steps)
{
    if (m_canvas && m_cursorInside)
        m_canvas->updateImageRect(cursorPreviewRect(), 3);
    m_settings->stepDiameter(steps);
    return true;
}

bool BrushTool::keyPress(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_BracketLeft: return adjustSize(-1);
    case Qt::Key_BracketRight: return adjustSize(+1);
    case Qt::Key_Escape:
        return cancelOrDeselect(m_stroking, [this] { // abandon the stroke: nothing was saved yet
            m_stroking = false;
            m_working = {};
            m_overlay = {};
        });
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        return !m_stroking &&
               deleteSelected(m_context->selectedMask(), edits::removeMask, tr("Delete mask"));
    default: return false;
    }
}

void BrushTool::paintOverlay(QPainter &painter, const CanvasView &canvas)
{
    if (m_stroking && canvas.annotationsShown())
        m_overlay.paint(painter, canvas, m_context->fillOpacity());
    if (!m_cursorInside)
        return;
    // The brush outline at the image scale: what a dab would cover. Dark halo, light line, so
    // it reads on bone and on lung.
    const QRectF circle = canvas.toView(cursorPreviewRect());
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(QColor(0, 0, 0, 160), 3));
    painter.drawEllipse(circle);
    const MaskAnnotation *target = m_stroking ? &m_before : m_context->selectedMask();
    const int label = target ? target->labelId : m_context->activeLabelId();
    QPen pen(m_mode == Mode::Erase ? QColor(Qt::white)
                                   : AnnotationPainter::labelColor(m_context->taxonomy(), label),
             1.5);
    if (m_mode == Mode::Erase)
        pen.setStyle(Qt::DashLine);
    painter.setPen(pen);
    painter.drawEllipse(circle);
    painter.restore();
}

QCursor BrushTool::cursor() const
{
    return Qt::CrossCursor;
}

} // namespace concord
