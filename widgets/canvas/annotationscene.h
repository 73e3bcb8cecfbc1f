// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "widgets/canvas/maskoverlaycache.h"

#include <QRect>
#include <QStringList>

#include <functional>

class QPainter;

namespace concord {

class CanvasView;
class LabelingContext;
class SuggestionLayer;
struct ItemWork;

// What the canvas draws over the image: the reader's own masks, polygons, boxes and rulers, and
// other readers' work where blind reading allows (docs/architecture.md, "Blind reading holds by
// construction"). CanvasView owns one and paints it into its annotation layer; who is drawn
// is set through CanvasView.
class AnnotationScene
{
public:
    using ReaderWorkLookup =
        std::function<const ItemWork *(const QString &readerId, const QString &itemId)>;

    explicit AnnotationScene(LabelingContext *context);

    void setOtherReadersVisible(bool visible) { m_otherReadersVisible = visible; }
    bool otherReadersVisible() const { return m_otherReadersVisible; }
    void setAllReadersAlike(bool alike) { m_allReadersAlike = alike; }
    void setShownReaders(const QStringList &readers) { m_shownReaders = readers; }
    void setReaderWork(const QStringList &readers, ReaderWorkLookup lookup);
    // A model's pre-label suggestions, drawn above other readers' work and below the reader's
    // own polygons and boxes (null: none).
    void setSuggestions(const SuggestionLayer *suggestions) { m_suggestions = suggestions; }
    // Masks are traced and tinted once per item and edit.
    void forgetMaskImages() { m_maskCache.invalidate(); }

    // The readers whose work is drawn on the current item (empty when hidden or not allowed).
    QStringList otherReadersOnScreen() const;
    // Whether the item shows any shape, mine or (where allowed) other readers'.
    bool hasAnnotationsToPaint() const;
    // Everything but the tool's overlay, with the annotation a tool is editing left out.
    void paint(QPainter &painter, const CanvasView &view, const QRect &area, quint64 beingEdited);

private:
    const ItemWork *otherReaderWork(const QString &readerId) const;
    void paintOtherReaders(QPainter &painter, const CanvasView &view);
    void paintMyMasks(QPainter &painter, const CanvasView &view, const QRect &area,
                      quint64 skipped);
    void paintMyPolygonsAndBoxes(QPainter &painter, const CanvasView &view, const QRect &area,
                                 quint64 skipped);
    void paintMyRulers(QPainter &painter, const CanvasView &view, quint64 skipped);

    LabelingContext *m_context;
    bool m_allReadersAlike = false;
    bool m_otherReadersVisible = false;
    QStringList m_shownReaders;
    QStringList m_readersOfLookup;
    ReaderWorkLookup m_readerWorkLookup; // empty: the workspace's blind-reading view
    MaskOverlayCache m_maskCache;
    const SuggestionLayer *m_suggestions = nullptr;
};

} // namespace concord
