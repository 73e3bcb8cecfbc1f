// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/rulerannotation.h"
#include "widgets/tools/labelingtool.h"

#include <QPointF>

#include <optional>

namespace concord {

// Measures distances and keeps them as rulers, the reader's saved annotations
// (core/model/rulerannotation.h). Drag from one point to another: while dragging, the length is
// shown in millimetres with the pixel-spacing attribute it came from, or in pixels when the
// image has no spacing; on release the ruler is saved with the active label, one undo command.
// Without an active label (a project with no labels) the measurement stays on screen unsaved,
// until the next one, Escape or another item. Click a ruler to select it; drag the selected
// ruler's ends to move them, or its line to move it whole. Delete or Backspace removes the
// selection, Escape cancels a drag under way, drops an unsaved measurement or deselects.
class RulerTool : public LabelingTool
{
    Q_OBJECT

public:
    explicit RulerTool(LabelingContext *context, QObject *parent = nullptr);

    QString name() const override;
    void deactivate() override;
    void press(const ToolEvent &event) override;
    void move(const ToolEvent &event) override;
    void release(const ToolEvent &event) override;
    void hover(const ToolEvent &event) override;
    bool keyPress(QKeyEvent *event) override;
    void paintOverlay(QPainter &painter, const CanvasView &canvas) override;
    QCursor cursor() const override;
    QWidget *optionsWidget() override;
    quint64 annotationBeingEdited() const override;

    // Ends a gesture under way and drops an unsaved measurement.
    void clear();
    // The text shown for the line being drawn or the unsaved measurement; empty when there is
    // neither.
    QString measurementText() const;

private:
    enum class Gesture { None, Drawing, MovingStart, MovingEnd, MovingWhole };
    // What a press at `point` would grab: a handle of the selected ruler, a ruler, or nothing.
    Gesture grabAt(QPointF point, const RulerAnnotation **ruler) const;
    double grabTolerance() const; // a fixed screen distance, in image pixels
    QPointF clampedToImage(QPointF point) const;
    void commitDrawn();
    // Whether the ruler a gesture grabbed is still in the reader's work, unchanged.
    bool stillAsGrabbed(const RulerAnnotation &grabbed) const;

    Gesture m_gesture = Gesture::None;
    Gesture m_hoverGrab = Gesture::None;
    QPointF m_start; // the line being drawn, or the dragged ruler's ends so far
    QPointF m_end;
    QPointF m_pressPos;
    bool m_unsaved = false;                  // a measurement shown that could not be saved
    std::optional<RulerAnnotation> m_before; // the ruler as its drag began
};

} // namespace concord
