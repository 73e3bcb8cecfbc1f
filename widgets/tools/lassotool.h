// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "widgets/tools/labelingtool.h"

#include <QPolygonF>

namespace concord {

// Lasso fill: drag around a region; on release the enclosed pixels are added to the selected
// mask, or become a new mask with the active label. Esc while dragging cancels.
class LassoTool : public LabelingTool
{
    Q_OBJECT

public:
    explicit LassoTool(LabelingContext *context, QObject *parent = nullptr);

    QString name() const override;
    bool needsWholeImage() const override { return true; }
    void deactivate() override;
    void press(const ToolEvent &event) override;
    void move(const ToolEvent &event) override;
    void release(const ToolEvent &event) override;
    bool keyPress(QKeyEvent *event) override;
    void paintOverlay(QPainter &painter, const CanvasView &canvas) override;
    QWidget *optionsWidget() override;

private:
    QPolygonF m_path; // image coordinates; empty when not dragging
};

} // namespace concord
