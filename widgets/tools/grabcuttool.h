// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/binarymask.h"
#include "widgets/tools/labelingtool.h"

#include <QFutureWatcher>
#include <QRectF>

namespace concord {

// GrabCut from a box: drag a box around the object; GrabCut separates it from the background
// on the displayed grey levels, off the GUI thread (a large box takes a second), and the
// result is added to the selected mask or becomes a new mask with the active label. The box
// stays on screen, marked "Segmenting…", until the result arrives; a result for an item no
// longer shown is dropped.
class GrabCutTool : public LabelingTool
{
    Q_OBJECT

public:
    explicit GrabCutTool(LabelingContext *context, QObject *parent = nullptr);
    ~GrabCutTool() override;

    QString name() const override;
    bool needsWholeImage() const override { return true; }
    void deactivate() override;
    void press(const ToolEvent &event) override;
    void move(const ToolEvent &event) override;
    void release(const ToolEvent &event) override;
    bool keyPress(QKeyEvent *event) override;
    void paintOverlay(QPainter &painter, const CanvasView &canvas) override;
    QWidget *optionsWidget() override;

    bool isRunning() const { return m_watcher.isRunning(); }
    // Waits for a running segmentation (tests, closing).
    void waitForResult();

Q_SIGNALS:
    void finished();

private:
    void onFinished();

    QPointF m_start;
    QRectF m_box; // image coordinates, while dragging or segmenting
    bool m_dragging = false;
    QString m_itemId; // the item the running segmentation belongs to
    QFutureWatcher<BinaryMask> m_watcher;
};

} // namespace concord
