// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/canvas/canvasinputmanager.h"

#include "core/imaging/windowpresets.h"
#include "widgets/canvas/canvasview.h"
#include "widgets/tools/canvastool.h"

#include <QElapsedTimer>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QWheelEvent>

#include <cmath>
#include <memory>

namespace concord {

CanvasInputManager::CanvasInputManager(CanvasView *canvas)
    : QObject(canvas)
    , m_canvas(canvas)
    , m_now([timer = std::make_shared<QElapsedTimer>()] {
        if (!timer->isValid())
            timer->start();
        return timer->elapsed();
    })
{
    canvas->installEventFilter(this);
    connect(canvas, &CanvasView::toolChanged, this, &CanvasInputManager::toolChanged);
}

QList<std::pair<Qt::Key, QString>> CanvasInputManager::heldKeys()
{
    return {{PanKey, tr("Pan (hold)")}, {HideAnnotationsKey, tr("Hide annotations (hold)")}};
}

bool CanvasInputManager::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_canvas)
        return false;
    switch (event->type()) {
    case QEvent::ShortcutOverride: {
        auto *key = static_cast<QKeyEvent *>(event);
        // A tool may claim keys that are window shortcuts elsewhere ([ and ] size a brush,
        // rotate the view otherwise): accepting the override sends the key to the canvas.
        CanvasTool *tool = m_canvas->tool();
        if (tool && m_canvas->image() && tool->claimsKey(*key)) {
            event->accept();
            return true;
        }
        noteShortcutKey(*key);
        return false;
    }
    case QEvent::Wheel: wheel(static_cast<QWheelEvent *>(event)); return true;
    case QEvent::MouseButtonPress: press(static_cast<QMouseEvent *>(event)); return true;
    case QEvent::MouseMove: move(static_cast<QMouseEvent *>(event)); return true;
    case QEvent::MouseButtonRelease: release(static_cast<QMouseEvent *>(event)); return true;
    case QEvent::KeyPress: return keyPress(static_cast<QKeyEvent *>(event));
    case QEvent::KeyRelease: return keyRelease(static_cast<QKeyEvent *>(event));
    case QEvent::FocusOut: forgetHeldKeys(); return false;
    default: return false;
    }
}

ToolEvent CanvasInputManager::toolEvent(const QMouseEvent *event) const
{
    ToolEvent toolEvent;
    toolEvent.viewPos = event->position();
    toolEvent.imagePos = m_canvas->toImage(event->position());
    toolEvent.button = event->button();
    toolEvent.modifiers = event->modifiers();
    return toolEvent;
}

void CanvasInputManager::wheel(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    CanvasTool *tool = m_canvas->tool();
    // Ctrl+wheel sizes the brush of tools that have one, as in painting programs.
    if ((event->modifiers() & Qt::ControlModifier) && tool && steps != 0 &&
        tool->adjustSize(steps > 0 ? 1 : -1)) {
        event->accept();
        return;
    }
    // Shift+wheel may arrive as a horizontal turn (some platforms swap the axes for it).
    const int delta =
        event->angleDelta().y() != 0 ? event->angleDelta().y() : event->angleDelta().x();
    const bool stack = m_wheelScrollsStack != bool(event->modifiers() & Qt::ShiftModifier);
    if (stack) {
        // One step per notch (120 eighths of a degree); touchpads send smaller turns, summed.
        // Turning the wheel toward you (a negative delta) goes forward, as in PACS viewers.
        m_stackWheelDelta += delta;
        while (std::abs(m_stackWheelDelta) >= 120) {
            const int direction = m_stackWheelDelta < 0 ? +1 : -1;
            m_stackWheelDelta += direction * 120;
            Q_EMIT stackStepRequested(direction);
        }
    } else if (delta != 0) {
        m_canvas->zoomAt(event->position(), std::pow(1.25, delta / 120.0));
    }
    event->accept();
}

void CanvasInputManager::press(QMouseEvent *event)
{
    m_canvas->setFocus(Qt::MouseFocusReason);
    m_lastDragPos = event->position();
    CanvasTool *tool = m_canvas->tool();
    const bool hasImage = m_canvas->image() != nullptr;
    if (event->button() == Qt::MiddleButton || (event->button() == Qt::LeftButton && m_spaceHeld)) {
        m_drag = Drag::Pan;
    } else if (event->button() == Qt::RightButton && hasImage) {
        if (!(tool && tool->rightClick(toolEvent(event))))
            m_drag = Drag::WindowLevel;
    } else if (event->button() == Qt::LeftButton && tool && hasImage) {
        m_drag = Drag::Tool;
        m_gestureWhileHeld = m_springKey != 0;
        tool->press(toolEvent(event));
    }
    updateCursor();
}

void CanvasInputManager::move(QMouseEvent *event)
{
    const QPointF delta = event->position() - m_lastDragPos;
    m_lastDragPos = event->position();
    CanvasTool *tool = m_canvas->tool();
    switch (m_drag) {
    case Drag::Pan: m_canvas->panBy(delta); break;
    case Drag::WindowLevel: {
        // One screen width of drag spans the image's whole value range, so both a narrow lung
        // window and a full-range view are a short drag away.
        const DisplayImage *image = m_canvas->image();
        const double range =
            fullRangeWindow(image->image.metadata, m_canvas->pyramid().depth()).width;
        const double perPixel = range / std::max(400, m_canvas->width());
        WindowLevel window = m_canvas->windowLevel();
        window.voiLutIndex = -1; // dragging adjusts a linear window, starting from the LUT's span
        window.width = std::max(1.0, window.width + delta.x() * perPixel);
        window.center += delta.y() * perPixel;
        m_canvas->setWindowLevel(window);
        break;
    }
    case Drag::Tool:
        if (tool)
            tool->move(toolEvent(event));
        break;
    case Drag::None:
        if (tool && m_canvas->image())
            tool->hover(toolEvent(event));
        break;
    }
    Q_EMIT m_canvas->cursorMoved(m_canvas->toImage(event->position()));
}

void CanvasInputManager::release(QMouseEvent *event)
{
    CanvasTool *tool = m_canvas->tool();
    if (m_drag == Drag::Tool && event->button() == Qt::LeftButton && tool)
        tool->release(toolEvent(event));
    m_drag = Drag::None;
    if (m_restoreAfterGesture)
        restoreSpringLoadedTool();
    updateCursor();
}

bool CanvasInputManager::keyPress(QKeyEvent *event)
{
    // Tab on the image toggles reading mode, as F11 does; Shift+Tab still leaves the canvas.
    if (event->key() == Qt::Key_Tab && event->modifiers() == Qt::NoModifier) {
        if (!event->isAutoRepeat())
            Q_EMIT readingModeToggleRequested();
        return true;
    }
    if (event->key() == PanKey && !event->isAutoRepeat()) {
        m_spaceHeld = true;
        updateCursor();
        return true;
    }
    if (event->key() == HideAnnotationsKey && event->modifiers() == Qt::NoModifier) {
        if (!event->isAutoRepeat()) {
            m_hideKeyHeld = true;
            m_canvas->update();
        }
        return true;
    }
    CanvasTool *tool = m_canvas->tool();
    return tool && tool->keyPress(event);
}

bool CanvasInputManager::keyRelease(QKeyEvent *event)
{
    if (event->isAutoRepeat())
        return false;
    if (event->key() == m_pendingKey)
        m_pendingKey = 0; // it picked no tool while it was down
    if (event->key() == PanKey) {
        m_spaceHeld = false;
        updateCursor();
        return true;
    }
    if (event->key() == HideAnnotationsKey) {
        m_hideKeyHeld = false;
        m_canvas->update();
        return true;
    }
    if (m_springKey != 0 && event->key() == m_springKey) {
        const bool held = m_now() - m_keyPressedMs >= SpringLoadMs || m_gestureWhileHeld;
        if (!held) {
            m_springKey = 0; // a tap: the tool stays
        } else if (m_drag == Drag::Tool) {
            m_restoreAfterGesture = true; // let the gesture finish with the tool that began it
        } else {
            restoreSpringLoadedTool();
        }
    }
    return false;
}

void CanvasInputManager::forgetHeldKeys()
{
    // The releases may go to another window.
    m_spaceHeld = false;
    m_hideKeyHeld = false;
    m_pendingKey = 0;
    m_springKey = 0;
    m_restoreAfterGesture = false;
    m_canvas->update();
    updateCursor();
}

void CanvasInputManager::noteShortcutKey(const QKeyEvent &event)
{
    if (event.isAutoRepeat() || event.modifiers() != Qt::NoModifier || event.key() == PanKey ||
        event.key() == HideAnnotationsKey)
        return;
    m_pendingKey = event.key();
    m_toolBeforeKey = m_canvas->tool();
    m_keyPressedMs = m_now();
}

void CanvasInputManager::toolChanged(CanvasTool *tool)
{
    if (tool == m_currentTool)
        return; // the same tool again (its shortcut repeating while held)
    // A tool picked by a key that is still down may be temporary; any other change is for good.
    // The key's shortcut picks the tool at once, while the key press is being delivered: a
    // change long after the press (a click on a tool button while a key is held) is not it.
    constexpr int ShortcutDeliveryMs = 100;
    if (m_pendingKey != 0 && tool != m_toolBeforeKey && m_toolBeforeKey &&
        m_now() - m_keyPressedMs < ShortcutDeliveryMs) {
        m_springKey = m_pendingKey;
        m_springPrevious = m_toolBeforeKey;
        m_gestureWhileHeld = false;
    } else if (!m_restoreAfterGesture) {
        m_springKey = 0;
    }
    m_pendingKey = 0;
    m_currentTool = tool;
}

void CanvasInputManager::restoreSpringLoadedTool()
{
    CanvasTool *previous = m_springPrevious;
    m_springKey = 0;
    m_restoreAfterGesture = false;
    m_springPrevious = nullptr;
    if (previous && previous != m_canvas->tool())
        m_canvas->setTool(previous);
}

void CanvasInputManager::updateCursor()
{
    CanvasTool *tool = m_canvas->tool();
    if (m_drag == Drag::Pan)
        m_canvas->setCursor(Qt::ClosedHandCursor);
    else if (m_spaceHeld)
        m_canvas->setCursor(Qt::OpenHandCursor);
    else if (m_drag == Drag::WindowLevel)
        m_canvas->setCursor(Qt::SizeAllCursor);
    else if (tool && m_canvas->image())
        m_canvas->setCursor(tool->cursor());
    else
        m_canvas->unsetCursor();
}

} // namespace concord
