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

    // Takes ownership; the first tool added becomes active.
    void addTool(CanvasTool *tool, const QKeySequence &key, const QString &description);
    QList<QAction *> actions() const;
    CanvasTool *activeTool() const;

private:
    CanvasView *m_canvas;
    QActionGroup *m_group;
    std::vector<CanvasTool *> m_tools;
};

} // namespace concord
