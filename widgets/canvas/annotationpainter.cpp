// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/canvas/annotationpainter.h"

#include "core/geometry/measurement.h"
#include "core/model/labelattributes.h"
#include "core/util/translation.h"
#include "widgets/canvas/canvasview.h"

#include <QLineF>
#include <QPainter>

#include <map>

namespace concord {

static constexpr double HandleSize = 7.0;

AnnotationPainter::AnnotationPainter(QPainter &painter, const CanvasView &canvas,
                                     const Taxonomy &taxonomy)
    : m_painter(painter)
    , m_canvas(canvas)
    , m_taxonomy(taxonomy)
{
    m_painter.setRenderHint(QPainter::Antialiasing, false);
}

QColor AnnotationPainter::labelColor(const Taxonomy &taxonomy, int labelId)
{
    const Label *label = taxonomy.find(labelId);
    return label ? QColor(label->color) : QColor(Qt::white);
}

// A rectangle outline `width` pixels wide centred on the rectangle's edge, as four rectangles
// on whole device pixels: the raster engine fills pixel-aligned rectangles as plain spans,
// while fractional ones go through its general rasteriser at many times the cost.
static void appendRectOutline(QList<QRect> &edges, const QRectF &viewRect, int width)
{
    const QRect r = viewRect.toRect();
    const int before = width / 2;
    edges << QRect(r.left() - before, r.top() - before, r.width() + width, width)
          << QRect(r.left() - before, r.top() + r.height() - before, r.width() + width, width)
          << QRect(r.left() - before, r.top() - before + width, width, r.height() - width)
          << QRect(r.left() + r.width() - before, r.top() - before + width, width,
                   r.height() - width);
}

void AnnotationPainter::paintOutline(const QRectF &viewRect, const QColor &color, bool selected,
                                     bool dashed)
{
    m_painter.setBrush(Qt::NoBrush);
    QPen pen(color, selected ? 3 : 2);
    if (dashed)
        pen.setStyle(Qt::DashLine);
    drawOverHalo(m_painter, selected ? 5 : 4, pen, [&] { m_painter.drawRect(viewRect); });
}

void AnnotationPainter::paintBoxes(const std::vector<const BoxAnnotation *> &boxes,
                                   quint64 selectedId)
{
    // Outlines go out as one filled-rectangle batch for all halos and one per colour: the
    // raster engine fills rectangles far faster than it strokes wide pens, and each call has a
    // fixed cost, which 2000 boxes per frame would multiply.
    QList<QRect> halos;
    std::map<int, QList<QRect>> outlinesByLabel;
    const BoxAnnotation *selected = nullptr;
    for (const BoxAnnotation *box : boxes) {
        const QRectF viewRect =
            m_canvas.toView(QRectF(box->rect.x, box->rect.y, box->rect.width, box->rect.height));
        const bool isSelected = box->id == selectedId;
        if (isSelected) {
            selected = box;
            QColor fill = colorOf(box->labelId);
            fill.setAlpha(40);
            m_painter.fillRect(viewRect, fill);
        }
        appendRectOutline(halos, viewRect, isSelected ? 5 : 4);
        appendRectOutline(outlinesByLabel[box->labelId], viewRect, isSelected ? 3 : 2);
    }
    m_painter.setPen(Qt::NoPen);
    m_painter.setBrush(QColor(0, 0, 0, 170));
    m_painter.drawRects(halos.constData(), int(halos.size()));
    for (const auto &[labelId, outlines] : outlinesByLabel) {
        m_painter.setBrush(colorOf(labelId));
        m_painter.drawRects(outlines.constData(), int(outlines.size()));
    }
    for (const BoxAnnotation *box : boxes)
        paintLabelTag(QRectF(box->rect.x, box->rect.y, box->rect.width, box->rect.height),
                      box->labelId, box->attributes);
    if (selected) {
        const QRectF viewRect = m_canvas.toView(QRectF(
            selected->rect.x, selected->rect.y, selected->rect.width, selected->rect.height));
        m_painter.setPen(QPen(Qt::black, 1));
        m_painter.setBrush(Qt::white);
        const QPointF c = viewRect.center();
        for (const QPointF &p : {viewRect.topLeft(), viewRect.topRight(), viewRect.bottomLeft(),
                                 viewRect.bottomRight(), QPointF(c.x(), viewRect.top()),
                                 QPointF(c.x(), viewRect.bottom()), QPointF(viewRect.left(), c.y()),
                                 QPointF(viewRect.right(), c.y())}) {
            m_painter.drawRect(
                QRectF(p.x() - HandleSize / 2, p.y() - HandleSize / 2, HandleSize, HandleSize));
        }
    }
}

void AnnotationPainter::paintLabelTag(const QRectF &imageBounds, int labelId,
                                      const AnnotationAttributes &attributes)
{
    // Turned or mirrored, the tag still stands on the on-screen top-left corner.
    const QRectF viewRect = m_canvas.toView(imageBounds);
    const Label *label = m_taxonomy.find(labelId);
    // "Effusion · left · moderate": the recorded attribute values after the label name.
    const QString text =
        label ? (QStringList{label->name} + declaredValuesInOrder(*label, attributes))
                    .join(QStringLiteral(" · "))
              : concord::tr("(deleted label)");
    // Each tag is a cached image.
    const QImage &tag = m_canvas.labelTags().tag(text, colorOf(labelId), m_painter.font());
    m_painter.drawImage(QPointF(viewRect.left(), viewRect.top() - tag.height()), tag);
}

QColor AnnotationPainter::readerColor(int readerIndex)
{
    // Distinct from each other and from most label colours: readers are told apart by hue
    // family, labels by the tag text.
    static const QColor colors[] = {QColor(0x4d, 0xd0, 0xe1), QColor(0xff, 0xb7, 0x4d),
                                    QColor(0xba, 0x68, 0xc8), QColor(0x81, 0xc7, 0x84),
                                    QColor(0xf0, 0x62, 0x92), QColor(0xff, 0xf1, 0x76)};
    return colors[readerIndex % int(std::size(colors))];
}

QRectF AnnotationPainter::paintOtherReaderBox(const BoxAnnotation &box, const QString &reader,
                                              int readerIndex)
{
    const QRectF viewRect =
        m_canvas.toView(QRectF(box.rect.x, box.rect.y, box.rect.width, box.rect.height));
    const QColor color = readerColor(readerIndex);
    paintOutline(viewRect, color, false, true);
    const Label *label = m_taxonomy.find(box.labelId);
    const QString text =
        QStringLiteral("%1 · %2").arg(label ? label->name : concord::tr("(deleted label)"), reader);
    const QFontMetrics metrics = m_painter.fontMetrics();
    const QRectF tag =
        m_readerTags.place(QRectF(viewRect.left(), viewRect.bottom() + 1,
                                  metrics.horizontalAdvance(text) + 8, metrics.height() + 2));
    m_painter.fillRect(tag, QColor(0, 0, 0, 180));
    m_painter.setPen(color);
    m_painter.drawText(tag, Qt::AlignCenter, text);
    return tag;
}

void AnnotationPainter::paintOtherReaderOutline(const std::vector<QPolygonF> &imageRings,
                                                int readerIndex)
{
    m_painter.setBrush(Qt::NoBrush);
    QPen outline(readerColor(readerIndex), 2);
    outline.setStyle(Qt::DashLine);
    for (const QPolygonF &ring : imageRings) {
        const QPolygonF view = m_canvas.imageToView().map(ring);
        drawOverHalo(m_painter, 4, outline, [&] { m_painter.drawPolygon(view); });
    }
}

void AnnotationPainter::paintPreview(const ImageRect &rect, int labelId)
{
    const QRectF viewRect = m_canvas.toView(QRectF(rect.x, rect.y, rect.width, rect.height));
    paintOutline(viewRect, colorOf(labelId), true, true);
}

} // namespace concord

namespace concord {

QPolygonF AnnotationPainter::toPolygonF(const std::vector<ImagePoint> &vertices)
{
    QPolygonF polygon;
    polygon.reserve(qsizetype(vertices.size()));
    for (const ImagePoint &p : vertices)
        polygon << QPointF(p.x, p.y);
    return polygon;
}

void AnnotationPainter::paintImageOutline(QPainter &painter, const CanvasView &canvas,
                                          const std::vector<QPolygonF> &rings, const QColor &color,
                                          bool selected)
{
    painter.save();
    painter.setBrush(Qt::NoBrush);
    for (const QPolygonF &ring : rings) {
        const QPolygonF view = canvas.imageToView().map(ring);
        QPen pen(color, selected ? 2 : 1.5);
        if (selected)
            pen.setStyle(Qt::DashLine);
        drawOverHalo(painter, selected ? 4 : 3, pen, [&] { painter.drawPolyline(view); });
    }
    painter.restore();
}

void AnnotationPainter::paintPolygon(const PolygonAnnotation &polygon, bool selected,
                                     double fillOpacity, bool outlineOnly)
{
    const QPolygonF view = m_canvas.imageToView().map(toPolygonF(polygon.vertices));
    const QColor color = colorOf(polygon.labelId);
    if (!outlineOnly) {
        QColor fill = color;
        fill.setAlphaF(float(fillOpacity));
        m_painter.setPen(Qt::NoPen);
        m_painter.setBrush(fill);
        m_painter.drawPolygon(view, Qt::OddEvenFill);
    }
    m_painter.setBrush(Qt::NoBrush);
    m_painter.setRenderHint(QPainter::Antialiasing, true);
    drawOverHalo(m_painter, selected ? 5 : 4, QPen(color, selected ? 3 : 2),
                 [&] { m_painter.drawPolygon(view); });
    m_painter.setRenderHint(QPainter::Antialiasing, false);
    paintLabelTag(toPolygonF(polygon.vertices).boundingRect(), polygon.labelId, polygon.attributes);
    if (selected)
        paintVertexHandles(toPolygonF(polygon.vertices), -1);
}

void AnnotationPainter::paintVertexHandles(const QPolygonF &imageVertices, int highlighted)
{
    m_painter.setPen(QPen(Qt::black, 1));
    for (int i = 0; i < imageVertices.size(); ++i) {
        const QPointF p = m_canvas.toView(imageVertices[i]);
        m_painter.setBrush(i == highlighted ? QColor(255, 210, 0) : QColor(Qt::white));
        m_painter.drawRect(
            QRectF(p.x() - HandleSize / 2, p.y() - HandleSize / 2, HandleSize, HandleSize));
    }
}

void AnnotationPainter::paintPolygonInProgress(const QPolygonF &imageVertices,
                                               const QPointF &cursor, int labelId)
{
    if (imageVertices.isEmpty())
        return;
    QPolygonF view = m_canvas.imageToView().map(imageVertices);
    view << m_canvas.toView(cursor);
    const QColor color = colorOf(labelId);
    m_painter.setBrush(Qt::NoBrush);
    m_painter.setRenderHint(QPainter::Antialiasing, true);
    drawOverHalo(m_painter, 4, QPen(color, 2), [&] { m_painter.drawPolyline(view); });
    // The first vertex ringed: clicking it closes the polygon.
    m_painter.setPen(QPen(color, 2));
    m_painter.drawEllipse(view.front(), HandleSize, HandleSize);
    m_painter.setRenderHint(QPainter::Antialiasing, false);
    paintVertexHandles(imageVertices, -1);
}

void AnnotationPainter::paintRuler(const ImagePoint &start, const ImagePoint &end,
                                   const QColor &color, const QString &text, bool selected,
                                   bool dashed)
{
    const QPointF a = m_canvas.toView(QPointF(start.x, start.y));
    const QPointF b = m_canvas.toView(QPointF(end.x, end.y));
    m_painter.setBrush(Qt::NoBrush);
    m_painter.setRenderHint(QPainter::Antialiasing, true);
    QPen pen(color, selected ? 3 : 2);
    if (dashed)
        pen.setStyle(Qt::DashLine);
    // End ticks perpendicular to the line, so the ends read as the points measured.
    const QLineF line(a, b);
    QPointF offset;
    if (line.length() > 0) {
        QLineF normal = line.normalVector();
        normal.setLength(6);
        offset = normal.p2() - normal.p1();
    }
    drawOverHalo(m_painter, selected ? 5 : 4, pen, [&] {
        m_painter.drawLine(a, b);
        if (!offset.isNull()) {
            m_painter.drawLine(a - offset, a + offset);
            m_painter.drawLine(b - offset, b + offset);
        }
    });
    m_painter.setRenderHint(QPainter::Antialiasing, false);
    if (!text.isEmpty()) {
        const QFontMetrics metrics = m_painter.fontMetrics();
        const QRectF box(b + QPointF(10, 10),
                         QSizeF(metrics.horizontalAdvance(text) + 10, metrics.height() + 4));
        m_painter.fillRect(box, QColor(0, 0, 0, 190));
        m_painter.setPen(color);
        m_painter.drawText(box, Qt::AlignCenter, text);
    }
    if (selected) {
        QPolygonF ends;
        ends << QPointF(start.x, start.y) << QPointF(end.x, end.y);
        paintVertexHandles(ends, -1);
    }
}

QString AnnotationPainter::rulerLength(const ImagePoint &start, const ImagePoint &end,
                                       const std::optional<PixelSpacing> &spacing)
{
    const Distance distance = measureDistance(start.x, start.y, end.x, end.y, spacing);
    return distance.millimetres ? concord::tr("%1 mm").arg(*distance.millimetres, 0, 'f', 1)
                                : concord::tr("%1 px").arg(distance.pixels, 0, 'f', 1);
}

} // namespace concord
