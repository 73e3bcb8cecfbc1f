// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/imaging/pixelspacing.h"
#include "core/model/annotation.h"
#include "core/model/taxonomy.h"
#include "widgets/canvas/taglayout.h"

#include <QColor>
#include <QPainter>
#include <QPolygonF>
#include <QRectF>

#include <optional>
#include <vector>

namespace concord {

class CanvasView;

// Draws annotations on the canvas in view coordinates: outlines in the label's colour with a
// dark halo so they read on both bright bone and dark lung, a name tag, and resize handles
// on the selected box.
class AnnotationPainter
{
public:
    AnnotationPainter(QPainter &painter, const CanvasView &canvas, const Taxonomy &taxonomy);

    // The boxes with their name tags; the one with `selectedId` filled and with handles.
    void paintBoxes(const std::vector<const BoxAnnotation *> &boxes, quint64 selectedId);
    // The name tag of a box, mask or polygon ("Effusion · left · moderate"), standing on the
    // top-left corner of `imageBounds`, so every kind of shape says what it is.
    void paintLabelTag(const QRectF &imageBounds, int labelId,
                       const AnnotationAttributes &attributes);
    // Another reader's box: dashed, in that reader's colour, tagged "label · reader" under its
    // bottom-left corner, or lower where an earlier reader's tag stands. Returns the tag's
    // rectangle in view coordinates.
    QRectF paintOtherReaderBox(const BoxAnnotation &box, const QString &reader, int readerIndex);
    // Another reader's mask instance (its outline rings, image coordinates) or polygon: outlined
    // in that reader's colour, dashed like their boxes and never filled, so several readers'
    // findings stay readable on top of each other.
    void paintOtherReaderOutline(const std::vector<QPolygonF> &imageRings, int readerIndex);
    static QColor readerColor(int readerIndex);
    // A box that is being drawn or dragged, not yet saved.
    void paintPreview(const ImageRect &rect, int labelId);

    // A polygon: translucent fill (none in outline mode), outline with halo, and its vertices
    // as handles when selected.
    void paintPolygon(const PolygonAnnotation &polygon, bool selected, double fillOpacity,
                      bool outlineOnly);
    // A polygon being drawn: the placed vertices, open, with the first vertex ringed (click it
    // to close).
    void paintPolygonInProgress(const QPolygonF &imageVertices, const QPointF &cursor, int labelId);
    // A ruler from `start` to `end` (image coordinates): its line with end ticks over a halo,
    // dashed for another reader's, and `text` (its label and length) in a dark box beside its
    // end; with its ends as handles when selected. The ruler tool's line being drawn too.
    void paintRuler(const ImagePoint &start, const ImagePoint &end, const QColor &color,
                    const QString &text, bool selected, bool dashed = false);
    // A ruler's length as the canvas shows it: "12.3 mm" with the image's pixel spacing, else
    // "45.0 px".
    static QString rulerLength(const ImagePoint &start, const ImagePoint &end,
                               const std::optional<PixelSpacing> &spacing);

    // Vertex handles, the grabbed one highlighted.
    void paintVertexHandles(const QPolygonF &imageVertices, int highlighted);
    // Closed rings in image coordinates, e.g. a mask's outline, drawn crisp at any zoom.
    static void paintImageOutline(QPainter &painter, const CanvasView &canvas,
                                  const std::vector<QPolygonF> &rings, const QColor &color,
                                  bool selected);

    QColor colorOf(int labelId) const { return labelColor(m_taxonomy, labelId); }
    static QColor labelColor(const Taxonomy &taxonomy, int labelId);
    static QPolygonF toPolygonF(const std::vector<ImagePoint> &vertices);

    // Draws a line or outline so it reads on any image (the halo of every shape and tool
    // overlay): `draw()` first with a dark pen `haloWidth` wide, then with `pen`, which stays set.
    template <typename Draw>
    static void drawOverHalo(QPainter &painter, qreal haloWidth, const QPen &pen, Draw draw)
    {
        painter.setPen(QPen(QColor(0, 0, 0, 170), haloWidth));
        draw();
        painter.setPen(pen);
        draw();
    }

private:
    void paintOutline(const QRectF &viewRect, const QColor &color, bool selected, bool dashed);

    QPainter &m_painter;
    const CanvasView &m_canvas;
    const Taxonomy &m_taxonomy;
    TagLayout m_readerTags; // of this paint
};

} // namespace concord
