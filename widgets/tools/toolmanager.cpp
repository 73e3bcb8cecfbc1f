// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/tools/toolmanager.h"

#include "widgets/canvas/canvasview.h"
#include "widgets/editing/actionsupport.h"
#include "widgets/tools/canvastool.h"

#include <QActionGroup>

namespace concord {

ToolManager::ToolManager(CanvasView *canvas, QObject *parent)
    : QObject(parent)
    , m_canvas(canvas)
    , m_group(new QActionGroup(this))
{
    m_group->setExclusive(true);
    // The canvas may change tools itself (a temporary tool's key released): keep the checked
    // action on the tool in use.
    connect(canvas, &CanvasView::toolChanged, this, [this](CanvasTool *tool) {
        for (size_t i = 0; i < m_tools.size(); ++i) {
            if (m_tools[i] == tool)
                m_group->actions().at(qsizetype(i))->setChecked(true);
        }
    });
}

void ToolManager::addTool(CanvasTool *tool, const QKeySequence &key, const QString &description)
{
    tool->setParent(this);
    m_tools.push_back(tool);
    auto *action = new QAction(tool->name(), m_group);
    action->setCheckable(true);
    setActionShortcuts(action, description, {key});
    connect(action, &QAction::triggered, this, [this, tool] { m_canvas->setTool(tool); });
    if (m_tools.size() == 1) {
        action->setChecked(true);
        m_canvas->setTool(tool);
    }
}

QList<QAction *> ToolManager::actions() const
{
    return m_group->actions();
}

CanvasTool *ToolManager::activeTool() const
{
    return m_canvas->tool();
}

} // namespace concord
