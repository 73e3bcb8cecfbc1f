// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "widgets/tools/canvastool.h"

#include <QList>
#include <QObject>
#include <QPointF>
#include <QPointer>

#include <functional>

class QKeyEvent;
class QMouseEvent;
class QWheelEvent;

namespace concord {

class CanvasView;

// Everything the reader does to the canvas with mouse and keys, decided in one place before any
// tool sees it, as Krita's input manager does (docs/architecture.md, "How one edit flows"):
// - the wheel zooms at the cursor; Ctrl+wheel sizes the tool (a brush) when it has a size;
// - a middle drag, or a left drag while Space is held, pans; a right drag sets window/level
//   (horizontal: width, vertical: centre) as on PACS workstations, unless the tool takes the
//   right click (a polygon deleting a vertex);
// - H held hides the annotations, to see the pixels under them;
// - left-button gestures go to the active tool in image coordinates;
// - temporary tools: a tool's key held down (longer than a tap, or through a gesture) picks that
//   tool only until the key is released, then the previous tool is back, as spring-loaded tools
//   in Photoshop and Krita. A tap switches for good.
// CanvasView creates one and installs it as its event filter; the view keeps geometry and
// painting. GUI thread.
class CanvasInputManager : public QObject
{
    Q_OBJECT

public:
    explicit CanvasInputManager(CanvasView *canvas);

    // Keys handled here while held, which no action carries, each with what it does
    // (translated): shortcut checks must know them too.
    static constexpr Qt::Key PanKey = Qt::Key_Space;
    static constexpr Qt::Key HideAnnotationsKey = Qt::Key_H;
    static QList<std::pair<Qt::Key, QString>> heldKeys();
    // How long a tool's key must be held to make the tool temporary.
    static constexpr int SpringLoadMs = 400;

    bool annotationsHeldHidden() const { return m_hideKeyHeld; }
    // The tool a temporary tool gives way to when its key is released (null: none is held).
    CanvasTool *toolToRestore() const { return m_springKey ? m_springPrevious.data() : nullptr; }
    // The cursor for the current drag, held key or tool.
    void updateCursor();
    // What key holds are timed with: a monotonic clock in ms. Tests give their own, so they
    // hold a key for 400 ms without waiting for it.
    using Clock = std::function<qint64()>;
    void setClock(Clock clock) { m_now = std::move(clock); }
    // What the plain wheel does: zoom (false, the default of labeling tools) or step through
    // the stack (true, the habit of PACS viewers). Shift+wheel does the other.
    void setWheelScrollsStack(bool scrolls) { m_wheelScrollsStack = scrolls; }
    bool wheelScrollsStack() const { return m_wheelScrollsStack; }

Q_SIGNALS:
    // The wheel asked for the next (+1) or previous (-1) image of the stack: a frame of a
    // multi-frame image, or an item of the same series (widgets/stacknavigator.h).
    void stackStepRequested(int direction);
    // Tab was pressed on the canvas: reading mode on or off (the window owns it).
    void readingModeToggleRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    enum class Drag { None, Pan, WindowLevel, Tool };

    void wheel(QWheelEvent *event);
    void press(QMouseEvent *event);
    void move(QMouseEvent *event);
    void release(QMouseEvent *event);
    bool keyPress(QKeyEvent *event);
    bool keyRelease(QKeyEvent *event);
    void forgetHeldKeys();
    ToolEvent toolEvent(const QMouseEvent *event) const;
    // A key press that may be a tool's shortcut: remembered until the tool changes.
    void noteShortcutKey(const QKeyEvent &event);
    void toolChanged(CanvasTool *tool);
    void restoreSpringLoadedTool();

    CanvasView *m_canvas;
    Drag m_drag = Drag::None;
    QPointF m_lastDragPos;
    bool m_spaceHeld = false;
    bool m_wheelScrollsStack = false;
    int m_stackWheelDelta = 0; // eighths of a degree not yet turned into a stack step
    bool m_hideKeyHeld = false;

    QPointer<CanvasTool> m_currentTool;
    int m_pendingKey = 0; // a key whose shortcut may be about to pick a tool
    QPointer<CanvasTool> m_toolBeforeKey;
    int m_springKey = 0; // the held key of a tool picked by it, 0 when none
    QPointer<CanvasTool> m_springPrevious;
    qint64 m_keyPressedMs = 0; // when the pending or held key went down, by m_now
    Clock m_now;
    bool m_gestureWhileHeld = false;
    bool m_restoreAfterGesture = false;
};

} // namespace concord
