// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/annotation.h"
#include "widgets/tools/labelingtool.h"

#include <QPolygonF>

#include <optional>

namespace concord {

// Draws and reshapes polygons. Click to place vertices; click the first vertex or press Enter
// to close (at least three), Backspace removes the last one, Esc cancels. A click on a polygon
// selects it; then drag a vertex to move it, drag an edge to insert a vertex there, drag
// inside to move the whole polygon. Delete or Backspace (or a right-click on a vertex)
// deletes the vertex last touched, or the polygon when none is or only three are left.
// Each gesture makes one undo command, on release.
class PolygonTool : public LabelingTool
{
    Q_OBJECT

public:
    explicit PolygonTool(LabelingContext *context, QObject *parent = nullptr);

    QString name() const override;
    void deactivate() override;
    void press(const ToolEvent &event) override;
    void move(const ToolEvent &event) override;
    void release(const ToolEvent &event) override;
    void hover(const ToolEvent &event) override;
    bool rightClick(const ToolEvent &event) override;
    bool keyPress(QKeyEvent *event) override;
    void paintOverlay(QPainter &painter, const CanvasView &canvas) override;
    QCursor cursor() const override;
    QWidget *optionsWidget() override;
    quint64 annotationBeingEdited() const override;

    bool isDrawing() const { return !m_drawing.isEmpty(); }

private:
    double grabTolerance() const;
    void finishDrawing();
    void cancel();
    void deleteVertex(int index);
    void commitReshape(const QString &description);

    QPolygonF m_drawing; // vertices placed so far, image coordinates
    QPointF m_cursor;

    enum class Drag { None, Vertex, Whole };
    Drag m_drag = Drag::None;
    std::optional<PolygonAnnotation> m_before; // the selected polygon as the drag began
    PolygonAnnotation m_reshaped;              // the drag's result so far
    int m_activeVertex = -1;                   // last touched vertex of the selection
    bool m_inserted = false;                   // the drag began by inserting a vertex
    QPointF m_dragStart;
};

} // namespace concord
