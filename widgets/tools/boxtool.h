// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/geometry/boxgeometry.h"
#include "widgets/tools/labelingtool.h"

#include <optional>

namespace concord {

// Draws, selects, moves and resizes bounding boxes. Drag on empty image: draw a box with the
// active label. Click a box: select it. Drag a selected box or its handles: move or resize.
// Arrow keys nudge the selection by one pixel (Shift: ten), Delete removes it, Escape cancels
// or deselects. Each gesture ends in exactly one undo command, on release.
class BoxTool : public LabelingTool
{
    Q_OBJECT

public:
    explicit BoxTool(LabelingContext *context, QObject *parent = nullptr);

    QString name() const override;
    void deactivate() override;
    void press(const ToolEvent &event) override;
    void move(const ToolEvent &event) override;
    void release(const ToolEvent &event) override;
    void hover(const ToolEvent &event) override;
    bool keyPress(QKeyEvent *event) override;
    void paintOverlay(QPainter &painter, const CanvasView &canvas) override;
    QCursor cursor() const override;

    quint64 annotationBeingEdited() const override;

private:
    double grabTolerance() const; // a fixed screen distance, in image pixels
    void cancelGesture();
    void nudge(double dx, double dy);
    // Whether the box a drag grabbed is still in the reader's work, unchanged.
    bool stillAsGrabbed(const BoxAnnotation &grabbed) const;

    enum class Gesture { None, Drawing, Dragging } m_gesture = Gesture::None;
    QPointF m_start;
    ImageRect m_preview;
    std::optional<BoxAnnotation> m_dragged; // the box as it was when the drag began
    BoxHandle m_handle = BoxHandle::None;
    BoxHandle m_hoverHandle = BoxHandle::None;
};

} // namespace concord
