// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "widgets/canvas/tilerenderer.h"
#include "widgets/tools/canvastool.h"

#include <QPointer>
#include <QWidget>

namespace concord {

class LabelingContext;

// Shows the current image and the current annotator's annotations, and turns mouse input into
// image coordinates once. Navigation is handled here before any tool sees an event:
// wheel zooms at the cursor, middle drag or Space+drag pans, right drag sets window/level
// (horizontal: width, vertical: centre) as on PACS workstations. Left-button input goes to
// the active tool. GUI thread only.
class CanvasView : public QWidget
{
    Q_OBJECT

public:
    explicit CanvasView(LabelingContext *context, QWidget *parent = nullptr);

    void setImage(std::shared_ptr<const DisplayImage> image);
    void setMessage(const QString &message); // shown instead of an image (loading, errors)
    const DisplayImage *image() const { return m_image.get(); }
    void setTool(CanvasTool *tool);
    CanvasTool *tool() const { return m_tool; }

    // View geometry: view = image * scale + offset.
    double scale() const { return m_scale; }
    QPointF toImage(const QPointF &viewPos) const { return (viewPos - m_offset) / m_scale; }
    QPointF toView(const QPointF &imagePos) const { return imagePos * m_scale + m_offset; }
    QRectF toView(const QRectF &imageRect) const;
    void fitToWindow();
    void zoomToActualPixels();
    void zoomAt(const QPointF &viewPos, double factor);
    void panBy(const QPointF &viewDelta);

    const WindowLevel &windowLevel() const { return m_tiles.window(); }
    void setWindowLevel(const WindowLevel &window);
    void resetWindowLevel();
    void setAnnotationsVisible(bool visible);
    const TileRenderer &tiles() const { return m_tiles; }

Q_SIGNALS:
    void viewChanged();
    void windowLevelChanged(const WindowLevel &window);
    void cursorMoved(const QPointF &imagePos);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    enum class Drag { None, Pan, WindowLevel, Tool };

    void paintImage(QPainter &painter);
    void paintAnnotations(QPainter &painter);
    ToolEvent toolEvent(const QMouseEvent *event) const;
    void updateCursor();

    LabelingContext *m_context;
    std::shared_ptr<const DisplayImage> m_image;
    TileRenderer m_tiles;
    QPointer<CanvasTool> m_tool;
    QString m_message;
    double m_scale = 1.0;
    QPointF m_offset;
    bool m_fitMode = true; // keep fitting on resize until the user zooms or pans
    bool m_annotationsVisible = true;

    Drag m_drag = Drag::None;
    QPointF m_lastDragPos;
    bool m_spaceHeld = false;
};

} // namespace concord
