// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "widgets/tools/canvastool.h"

#include <QPointF>

#include <optional>

namespace concord {

// Measures a distance: drag from one point to another. The result is shown in millimetres
// with the pixel-spacing attribute it came from, or in pixels when the image has no spacing.
// A measurement is a reading aid, not an annotation: it is not journaled, and it stays until
// the next one, Escape, or another item.
class RulerTool : public CanvasTool
{
    Q_OBJECT

public:
    using CanvasTool::CanvasTool;

    QString name() const override;
    void press(const ToolEvent &event) override;
    void move(const ToolEvent &event) override;
    void release(const ToolEvent &event) override;
    bool keyPress(QKeyEvent *event) override;
    void paintOverlay(QPainter &painter, const CanvasView &canvas) override;

    void clear();
    // The text shown for the current measurement; empty when there is none.
    QString measurementText() const;

private:
    std::optional<QPointF> m_start;
    QPointF m_end;
};

} // namespace concord
