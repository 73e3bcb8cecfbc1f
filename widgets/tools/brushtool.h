// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/geometry/brushstamp.h"
#include "core/model/maskannotation.h"
#include "widgets/canvas/maskoverlayimage.h"
#include "widgets/tools/labelingtool.h"

#include <QPointer>

namespace concord {

class BrushOptionsWidget;
class BrushSettings;

// Paints and erases mask instances with a round brush. A stroke paints into the selected mask;
// with none selected it starts a new instance with the active label (Esc deselects, so the
// next stroke starts a new one; Alt+click selects the mask under the cursor). The eraser takes
// from the selected mask, or the topmost one the brush touches at the press. The threshold brush
// paints only pixels whose displayed grey level lies within tolerance of the pixel first pressed.
// [ and ] or Ctrl+wheel size the brush; a circle at the image scale shows it.
// During a stroke the tool owns a working copy of the mask and repaints only each dab's
// rectangle; on release it makes one undo command holding the stroke's changed pixels only.
class BrushTool : public LabelingTool
{
    Q_OBJECT

public:
    enum class Mode { Paint, Erase, Threshold };
    BrushTool(LabelingContext *context, BrushSettings *settings, Mode mode,
              QObject *parent = nullptr);

    QString name() const override;
    bool needsWholeImage() const override { return true; }
    void deactivate() override;
    void press(const ToolEvent &event) override;
    void move(const ToolEvent &event) override;
    void release(const ToolEvent &event) override;
    void hover(const ToolEvent &event) override;
    bool keyPress(QKeyEvent *event) override;
    bool claimsKey(const QKeyEvent &event) const override;
    bool adjustSize(int steps) override;
    void paintOverlay(QPainter &painter, const CanvasView &canvas) override;
    QCursor cursor() const override;
    QWidget *optionsWidget() override;
    quint64 annotationBeingEdited() const override;

    bool isStroking() const { return m_stroking; }

private:
    void stamp(QPointF to);
    void moveCursorPreview(QPointF imagePos);
    QRectF cursorPreviewRect() const;                        // image coordinates
    const MaskAnnotation *maskAt(QPointF imagePos) const;    // under the cursor's pixel
    const MaskAnnotation *maskUnder(QPointF imagePos) const; // under any pixel of the brush

    BrushSettings *m_settings;
    Mode m_mode;
    QPointer<BrushOptionsWidget> m_options;

    bool m_stroking = false;
    bool m_newInstance = false;
    MaskAnnotation m_before; // the instance as the model held it at the press
    BinaryMask m_working;    // the tool's copy, painted dab by dab
    cv::Rect m_dirty;        // union of the stroke's dabs
    IntensityGate m_gate;    // the threshold brush's range
    MaskOverlayImage m_overlay;
    QPointF m_last;   // last dab centre
    QPointF m_cursor; // for the size preview
    bool m_cursorInside = false;
};

} // namespace concord
