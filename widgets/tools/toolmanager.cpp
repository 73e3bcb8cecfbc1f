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

QAction *ToolManager::addTool(CanvasTool *tool, const QKeySequence &key, const QString &description)
{
    tool->setParent(this);
    m_tools.push_back(tool);
    m_descriptions.push_back(description);
    auto *action = new QAction(tool->name(), m_group);
    action->setCheckable(true);
    setActionShortcuts(action, description, {key});
    connect(action, &QAction::triggered, this, [this, tool] { m_canvas->setTool(tool); });
    if (m_tools.size() == 1) {
        action->setChecked(true);
        m_canvas->setTool(tool);
    }
    return action;
}

QList<QAction *> ToolManager::actions() const
{
    return m_group->actions();
}

CanvasTool *ToolManager::activeTool() const
{
    return m_canvas->tool();
}

void ToolManager::setWholeImageAvailable(bool available)
{
    const QList<QAction *> actions = m_group->actions();
    for (size_t i = 0; i < m_tools.size(); ++i) {
        if (!m_tools[i]->needsWholeImage())
            continue;
        setActionAvailable(actions.at(qsizetype(i)), available, m_descriptions[i],
                           tr("this image is read by tile, too big for a mask of its size"));
        if (!available && m_canvas->tool() == m_tools[i])
            actions.front()->trigger();
    }
}

} // namespace concord
