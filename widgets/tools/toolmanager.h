// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <vector>

class QAction;
class QActionGroup;

namespace concord {

class CanvasTool;
class CanvasView;

// Owns the canvas tools and offers them as an exclusive QActionGroup, each with its key. The
// canvas's input manager (widgets/canvas/canvasinputmanager.h) handles navigation and makes a
// tool temporary while its key is held; the checked action follows the tool in use.
class ToolManager : public QObject
{
    Q_OBJECT

public:
    explicit ToolManager(CanvasView *canvas, QObject *parent = nullptr);

    // Takes ownership; the first tool added becomes active. Returns the tool's action, to be
    // given an icon.
    QAction *addTool(CanvasTool *tool, const QKeySequence &key, const QString &description);
    QList<QAction *> actions() const;
    CanvasTool *activeTool() const;
    // Turns the tools that need the whole image (CanvasTool::needsWholeImage) off while the image
    // shown is read by tile, their tooltip saying why; the first tool takes over from one of them
    // that was active. docs/viewer.md, "Big rasters".
    void setWholeImageAvailable(bool available);

private:
    CanvasView *m_canvas;
    QActionGroup *m_group;
    std::vector<CanvasTool *> m_tools;
    std::vector<QString> m_descriptions; // of each tool, as its tooltip says it
};

} // namespace concord
