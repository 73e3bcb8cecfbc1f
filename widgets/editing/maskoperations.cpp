// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/editing/maskoperations.h"

#include "core/geometry/maskmorphology.h"
#include "core/geometry/polygonraster.h"
#include "core/project/edit.h"
#include "widgets/editing/labelingcontext.h"
#include "widgets/tools/maskedits.h"

#include <QAction>

namespace concord {

// Outlines are simplified to within half a pixel: the polygon stays on the mask's edge but
// has vertices a reader can grab, not one per pixel step.
static constexpr double OutlineTolerance = 0.5;

MaskOperations::MaskOperations(LabelingContext *context, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_fillHoles(new QAction(tr("Fill holes"), this))
    , m_smooth(new QAction(tr("Smooth"), this))
    , m_maskToPolygon(new QAction(tr("Mask → polygon"), this))
    , m_polygonToMask(new QAction(tr("Polygon → mask"), this))
{
    m_fillHoles->setToolTip(tr("Fill the holes of the selected mask"));
    m_smooth->setToolTip(
        tr("Remove specks and close small gaps of the selected mask (opening, then closing)"));
    m_maskToPolygon->setToolTip(
        tr("Replace the selected mask by its outline as polygons (holes are not kept)"));
    m_polygonToMask->setToolTip(
        tr("Replace the selected polygon by a mask of the pixels it encloses"));
    connect(m_fillHoles, &QAction::triggered, this, &MaskOperations::fillHoles);
    connect(m_smooth, &QAction::triggered, this, &MaskOperations::smooth);
    connect(m_maskToPolygon, &QAction::triggered, this, &MaskOperations::maskToPolygons);
    connect(m_polygonToMask, &QAction::triggered, this, &MaskOperations::polygonToMask);
    connect(m_context, &LabelingContext::selectionChanged, this, &MaskOperations::updateEnabled);
    connect(m_context, &LabelingContext::annotationsChanged, this, &MaskOperations::updateEnabled);
    connect(m_context, &LabelingContext::currentItemChanged, this, &MaskOperations::updateEnabled);
    updateEnabled();
}

QList<QAction *> MaskOperations::actions() const
{
    return {m_fillHoles, m_smooth, m_maskToPolygon, m_polygonToMask};
}

void MaskOperations::updateEnabled()
{
    const bool mask = m_context->selectedMask() != nullptr;
    m_fillHoles->setEnabled(mask);
    m_smooth->setEnabled(mask);
    m_maskToPolygon->setEnabled(mask);
    m_polygonToMask->setEnabled(m_context->selectedPolygon() != nullptr);
}

void MaskOperations::fillHoles()
{
    if (const MaskAnnotation *selected = m_context->selectedMask())
        replaceMaskPixels(*m_context, *selected, concord::fillHoles(selected->mask),
                          tr("Fill holes"));
}

void MaskOperations::smooth()
{
    const QSize size = m_context->imageSize();
    if (const MaskAnnotation *selected = m_context->selectedMask())
        replaceMaskPixels(
            *m_context, *selected,
            smoothMask(selected->mask, m_smoothingRadius, {size.width(), size.height()}),
            tr("Smooth mask"));
}

void MaskOperations::maskToPolygons()
{
    const MaskAnnotation *selected = m_context->selectedMask();
    if (!selected)
        return;
    const MaskAnnotation mask = *selected;
    const QString itemId = m_context->currentItemId();
    std::vector<PolygonAnnotation> polygons;
    for (const Polygon &ring : concord::maskToPolygons(mask.mask, OutlineTolerance)) {
        if (ring.size() < 3)
            continue;
        PolygonAnnotation polygon;
        polygon.id = newAnnotationId();
        polygon.labelId = mask.labelId;
        polygon.attributes = mask.attributes; // the finding is the same, only its shape changes
        for (const cv::Point2d &p : ring)
            polygon.vertices.push_back({p.x, p.y});
        polygons.push_back(std::move(polygon));
    }
    if (polygons.empty())
        return;
    m_context->setSelectedBoxId(0);
    QUndoStack *stack = m_context->undoStack();
    stack->beginMacro(tr("Convert mask to polygon"));
    for (const PolygonAnnotation &polygon : polygons)
        m_context->pushEdit(edits::addPolygon(itemId, polygon), tr("Add polygon"));
    m_context->pushEdit(edits::removeMask(itemId, mask), tr("Remove mask"));
    stack->endMacro();
    m_context->setSelectedBoxId(polygons.front().id);
}

void MaskOperations::polygonToMask()
{
    const PolygonAnnotation *selected = m_context->selectedPolygon();
    if (!selected)
        return;
    const PolygonAnnotation polygon = *selected;
    Polygon ring;
    for (const ImagePoint &p : polygon.vertices)
        ring.emplace_back(p.x, p.y);
    const QSize size = m_context->imageSize();
    MaskAnnotation mask;
    mask.id = newAnnotationId();
    mask.labelId = polygon.labelId;
    mask.attributes = polygon.attributes;
    mask.mask = rasterizePolygon(ring, {size.width(), size.height()});
    if (mask.mask.isEmpty())
        return;
    const QString itemId = m_context->currentItemId();
    m_context->setSelectedBoxId(0);
    QUndoStack *stack = m_context->undoStack();
    stack->beginMacro(tr("Convert polygon to mask"));
    m_context->pushEdit(edits::addMask(itemId, mask), tr("Add mask"));
    m_context->pushEdit(edits::removePolygon(itemId, polygon), tr("Remove polygon"));
    stack->endMacro();
    m_context->setSelectedBoxId(mask.id);
}

} // namespace concord
