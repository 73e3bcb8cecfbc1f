// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCursor>
#include <QObject>
#include <QPointF>

class QKeyEvent;
class QPainter;
class QWidget;

namespace concord {

class CanvasView;

// A pointer event already converted to image pixel coordinates by the canvas.
struct ToolEvent
{
    QPointF imagePos;
    QPointF viewPos;
    Qt::MouseButton button = Qt::NoButton;
    Qt::KeyboardModifiers modifiers;
};

// The interface every canvas tool implements (see docs/architecture.md, "How one edit flows"). The
// canvas handles navigation (zoom, pan, window/level) before a tool sees an event; tools only edit,
// and make exactly one undo command per gesture, on release. Tools stay thin: geometry lives in
// core.
class CanvasTool : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    virtual QString name() const = 0;
    virtual void activate(CanvasView *canvas) { m_canvas = canvas; }
    virtual void deactivate() { m_canvas = nullptr; }

    virtual void press(const ToolEvent &) {}
    virtual void move(const ToolEvent &) {}
    virtual void release(const ToolEvent &) {}
    virtual void hover(const ToolEvent &) {}
    // A right-button press. Returns true when the tool used it (deleting a polygon vertex);
    // otherwise the canvas starts a window/level drag as usual.
    virtual bool rightClick(const ToolEvent &) { return false; }
    // Returns whether the tool used the key.
    virtual bool keyPress(QKeyEvent *) { return false; }
    // Whether the tool takes this key even though a window shortcut uses it (the brush's [ and ]).
    virtual bool claimsKey(const QKeyEvent &) const { return false; }
    // Ctrl+wheel: grow (+1) or shrink (-1) the tool's size; false when it has none.
    virtual bool adjustSize(int) { return false; }
    // Draws the tool's transient state (a box being drawn, handles) over the image.
    virtual void paintOverlay(QPainter &, const CanvasView &) {}
    // The pointer over the image; the cross, for pointing at pixels, unless the tool says else.
    virtual QCursor cursor() const { return Qt::CrossCursor; }
    virtual QWidget *optionsWidget() { return nullptr; }
    // The annotation the tool is reshaping, which the canvas leaves for paintOverlay(); 0: none.
    virtual quint64 annotationBeingEdited() const { return 0; }
    // Whether the tool needs the whole image as one array and a mask of its size (the mask
    // tools): such tools are off for an image read by tile (docs/viewer.md, "Big rasters").
    virtual bool needsWholeImage() const { return false; }

protected:
    CanvasView *m_canvas = nullptr;
};

} // namespace concord
