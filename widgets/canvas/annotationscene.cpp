// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/canvas/annotationscene.h"

#include "core/project/workspace.h"
#include "core/util/translation.h"
#include "widgets/canvas/annotationpainter.h"
#include "widgets/canvas/canvasview.h"
#include "widgets/canvas/suggestionlayer.h"
#include "widgets/editing/labelingcontext.h"

#include <QPainter>

namespace concord {

AnnotationScene::AnnotationScene(LabelingContext *context)
    : m_context(context)
{}

void AnnotationScene::setReaderWork(const QStringList &readers, ReaderWorkLookup lookup)
{
    m_readersOfLookup = readers;
    m_readerWorkLookup = std::move(lookup);
}

const ItemWork *AnnotationScene::otherReaderWork(const QString &readerId) const
{
    const QString &itemId = m_context->currentItemId();
    return m_readerWorkLookup ? m_readerWorkLookup(readerId, itemId)
                              : m_context->workspace()->visibleWork(readerId, itemId);
}

QStringList AnnotationScene::otherReadersOnScreen() const
{
    if (!m_otherReadersVisible)
        return {};
    const Workspace *workspace = m_context->workspace();
    QStringList readers;
    if (m_readerWorkLookup) {
        for (const QString &reader : m_readersOfLookup) {
            if (otherReaderWork(reader))
                readers.append(reader);
        }
    } else {
        readers = workspace->visibleAuthors(m_context->currentItemId());
    }
    if (!m_allReadersAlike)
        readers.removeAll(workspace->session().annotatorId);
    if (!m_shownReaders.isEmpty())
        readers.removeIf(
            [this](const QString &reader) { return !m_shownReaders.contains(reader); });
    return readers;
}

bool AnnotationScene::hasAnnotationsToPaint() const
{
    for (const QString &reader : otherReadersOnScreen()) {
        const ItemWork *work = otherReaderWork(reader);
        if (work && (!work->masks.empty() || !work->polygons.empty() || !work->boxes.empty() ||
                     !work->rulers.empty()))
            return true;
    }
    if (!m_allReadersAlike && m_suggestions && m_suggestions->hasSuggestionsToPaint())
        return true;
    return !m_allReadersAlike &&
           (!m_context->myMasks().empty() || !m_context->myPolygons().empty() ||
            !m_context->myBoxes().empty() || !m_context->myRulers().empty());
}

void AnnotationScene::paint(QPainter &painter, const CanvasView &view, const QRect &area,
                            quint64 beingEdited)
{
    if (!m_allReadersAlike)
        paintMyMasks(painter, view, area, beingEdited);
    // Other readers first, so the reader's own boxes stay on top.
    paintOtherReaders(painter, view);
    if (!m_allReadersAlike && m_suggestions)
        m_suggestions->paint(painter, view, area);
    // The calibration review draws this reader's work like everyone else's, above.
    if (!m_allReadersAlike) {
        paintMyPolygonsAndBoxes(painter, view, area, beingEdited);
        paintMyRulers(painter, view, beingEdited);
    }
}

// The pixel spacing of the image on screen, which the ruler tool measures with too.
static std::optional<PixelSpacing> spacingOf(const CanvasView &view)
{
    return view.image() ? view.image()->image.metadata.pixelSpacing : std::nullopt;
}

static QString rulerText(const Taxonomy &taxonomy, const RulerAnnotation &ruler,
                         const std::optional<PixelSpacing> &spacing)
{
    const Label *label = taxonomy.find(ruler.labelId);
    return QStringLiteral("%1 · %2").arg(
        label ? label->name : concord::tr("(deleted label)"),
        AnnotationPainter::rulerLength(ruler.start, ruler.end, spacing));
}

void AnnotationScene::paintMyRulers(QPainter &painter, const CanvasView &view, quint64 skipped)
{
    AnnotationPainter annotations(painter, view, m_context->taxonomy());
    const std::optional<PixelSpacing> spacing = spacingOf(view);
    for (const RulerAnnotation &ruler : m_context->myRulers()) {
        if (ruler.id == skipped || !m_context->isLabelVisible(ruler.labelId))
            continue;
        annotations.paintRuler(ruler.start, ruler.end, annotations.colorOf(ruler.labelId),
                               rulerText(m_context->taxonomy(), ruler, spacing),
                               ruler.id == m_context->selectedBoxId());
    }
}

void AnnotationScene::paintOtherReaders(QPainter &painter, const CanvasView &view)
{
    AnnotationPainter annotations(painter, view, m_context->taxonomy());
    const QStringList others = otherReadersOnScreen();
    const Project &project = m_context->workspace()->project();
    for (int i = 0; i < others.size(); ++i) {
        const ItemWork *work = otherReaderWork(others[i]);
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
                annotations.paintOtherReaderOutline(
                    {AnnotationPainter::toPolygonF(polygon.vertices)}, i);
        }
        for (const BoxAnnotation &box : work->boxes)
            annotations.paintOtherReaderBox(box, readerName, i);
        for (const RulerAnnotation &ruler : work->rulers) {
            if (m_context->isLabelVisible(ruler.labelId))
                annotations.paintRuler(
                    ruler.start, ruler.end, AnnotationPainter::readerColor(i),
                    QStringLiteral("%1 · %2").arg(
                        rulerText(m_context->taxonomy(), ruler, spacingOf(view)), readerName),
                    false, true);
        }
    }
}

void AnnotationScene::paintMyMasks(QPainter &painter, const CanvasView &view, const QRect &area,
                                   quint64 skipped)
{
    const bool outlinesOnly = m_context->outlinesOnly();
    const std::vector<MaskAnnotation> &masks = m_context->myMasks();
    m_maskCache.retainOnly(masks);
    AnnotationPainter tags(painter, view, m_context->taxonomy());
    for (const MaskAnnotation &mask : masks) {
        if (mask.id == skipped || !m_context->isLabelVisible(mask.labelId) ||
            mask.mask.bounds.empty())
            continue;
        const cv::Rect &b = mask.mask.bounds;
        if (!view.toView(QRectF(b.x, b.y, b.width, b.height))
                 .toAlignedRect()
                 .adjusted(-3, -3, 3, 3)
                 .intersects(area))
            continue;
        const QColor color = AnnotationPainter::labelColor(m_context->taxonomy(), mask.labelId);
        if (!outlinesOnly)
            m_maskCache.image(mask, color).paint(painter, view, m_context->fillOpacity());
        const bool selected = mask.id == m_context->selectedBoxId();
        if (outlinesOnly || selected)
            AnnotationPainter::paintImageOutline(painter, view, m_maskCache.outline(mask), color,
                                                 selected);
        tags.paintLabelTag(QRectF(b.x, b.y, b.width, b.height), mask.labelId, mask.attributes);
    }
}

void AnnotationScene::paintMyPolygonsAndBoxes(QPainter &painter, const CanvasView &view,
                                              const QRect &area, quint64 skipped)
{
    AnnotationPainter annotations(painter, view, m_context->taxonomy());
    for (const PolygonAnnotation &polygon : m_context->myPolygons()) {
        if (polygon.id != skipped && m_context->isLabelVisible(polygon.labelId))
            annotations.paintPolygon(polygon, polygon.id == m_context->selectedBoxId(),
                                     m_context->fillOpacity(), m_context->outlinesOnly());
    }
    // Boxes outside the repainted area are skipped: a brush dab repaints a few dozen pixels.
    const double margin = 50 / view.scale();
    const QRectF areaInImage =
        QRectF(view.toImageRect(area)).adjusted(-margin, -margin, margin, margin);
    std::vector<const BoxAnnotation *> boxes;
    for (const BoxAnnotation &box : m_context->myBoxes()) {
        if (box.id == skipped || !m_context->isLabelVisible(box.labelId))
            continue;
        if (areaInImage.intersects(QRectF(box.rect.x, box.rect.y, box.rect.width, box.rect.height)))
            boxes.push_back(&box);
    }
    annotations.paintBoxes(boxes, m_context->selectedBoxId());
}

} // namespace concord
