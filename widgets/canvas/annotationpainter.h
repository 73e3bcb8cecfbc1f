// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/annotation.h"
#include "core/model/taxonomy.h"

#include <QColor>
#include <QRectF>

class QPainter;

namespace concord {

class CanvasView;

// Draws annotations on the canvas in view coordinates: outlines in the label's colour with a
// dark halo so they read on both bright bone and dark lung, a name tag, and resize handles
// on the selected box.
class AnnotationPainter
{
public:
    AnnotationPainter(QPainter &painter, const CanvasView &canvas, const Taxonomy &taxonomy);

    void paintBox(const BoxAnnotation &box, bool selected);
    // Another reader's box: dashed, in that reader's colour, tagged "label · reader".
    void paintOtherReaderBox(const BoxAnnotation &box, const QString &reader, int readerIndex);
    static QColor readerColor(int readerIndex);
    // A box that is being drawn or dragged, not yet saved.
    void paintPreview(const ImageRect &rect, int labelId);

    QColor colorOf(int labelId) const;

private:
    void paintOutline(const QRectF &viewRect, const QColor &color, bool selected, bool dashed);

    QPainter &m_painter;
    const CanvasView &m_canvas;
    const Taxonomy &m_taxonomy;
};

} // namespace concord
