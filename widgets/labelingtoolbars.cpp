// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/labelingtoolbars.h"

#include "widgets/editing/actionsupport.h"
#include "widgets/editing/imageviewactions.h"
#include "widgets/labelingworkbench.h"
#include "widgets/windowlayout.h"

#include <QAction>
#include <QMainWindow>
#include <QMenu>
#include <QToolBar>
#include <QToolButton>

namespace concord {

LabelingToolBars::LabelingToolBars(QMainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_navigation(createToolBar(tr("Navigation"), QStringLiteral("navigationToolBar")))
    , m_tools(createToolBar(tr("Tools"), QStringLiteral("toolsToolBar")))
    , m_commands(createToolBar(tr("Commands"), QStringLiteral("commandsToolBar")))
{
    applyStyle();
}

QToolBar *LabelingToolBars::createToolBar(const QString &title, const QString &name)
{
    QToolBar *bar = m_window->addToolBar(title);
    bar->setObjectName(name);
    // Icons only, so that every action fits on one row at 1400 px; the tooltip names it.
    bar->setToolButtonStyle(Qt::ToolButtonIconOnly);
    bar->setMovable(false);
    bar->hide();
    return bar;
}

QList<QToolBar *> LabelingToolBars::toolBars() const
{
    return {m_navigation, m_tools, m_commands};
}

void LabelingToolBars::applyStyle()
{
    // The style's own mark of a checked tool button is faint (Fusion: a slightly darker
    // square); the tool in use must show from across the room. Every button keeps a transparent
    // frame, so checking one does not shift its neighbours.
    const QPalette palette = m_window->palette();
    const QColor highlight = palette.color(QPalette::Highlight);
    auto rgba = [](QColor colour, int alpha) {
        return QStringLiteral("rgba(%1, %2, %3, %4)")
            .arg(colour.red())
            .arg(colour.green())
            .arg(colour.blue())
            .arg(alpha);
    };
    const QColor line = palette.color(QPalette::Mid);
    // The groups are told apart by a line between the toolbars and between the commands'
    // subgroups.
    const QString sheet =
        QStringLiteral("QToolBar { border: none; border-right: 1px solid %4; padding: 0 4px; "
                       "spacing: 2px; }"
                       "QToolBar::separator { width: 1px; background: %4; margin: 7px 5px; }"
                       "QToolButton { border: 2px solid transparent; border-radius: 4px; "
                       "padding: 2px; }"
                       "QToolButton:hover { border-color: %1; }"
                       "QToolButton:pressed { background: %2; }"
                       "QToolButton:checked { background: %2; border-color: %3; }")
            .arg(rgba(highlight, 110), rgba(highlight, 90), highlight.name(), line.name());
    for (QToolBar *bar : toolBars())
        bar->setStyleSheet(sheet);
    m_commands->setStyleSheet(sheet + QStringLiteral("QToolBar { border-right: none; }"));
}

void LabelingToolBars::rebuild(LabelingWorkbench *workbench, WindowLayout *layout)
{
    const bool opening = workbench && m_tools->actions().isEmpty();
    for (QToolBar *bar : toolBars())
        bar->clear();
    for (const QMetaObject::Connection &connection : std::as_const(m_toolConnections))
        disconnect(connection);
    m_toolConnections.clear();
    if (!workbench) {
        for (QToolBar *bar : toolBars())
            bar->hide();
        return;
    }
    m_navigation->addActions(workbench->navigationActions());

    const QList<QAction *> tools = workbench->toolActions();
    m_tools->addActions(tools);
    for (QAction *tool : tools) {
        // The tool in use is named where the eye already is, besides the highlighted button.
        m_toolConnections << connect(tool, &QAction::toggled, this, [this, tool](bool checked) {
            if (checked)
                Q_EMIT statusMessage(tr("Tool: %1").arg(tool->text()), 3000);
        });
    }

    const QList<QAction *> edit = workbench->editActions();
    m_commands->addActions(edit.mid(0, 2)); // undo, redo
    m_commands->addSeparator();
    const ImageViewActions *view = workbench->imageViewActions();
    m_commands->addActions(view->displayActions());
    QAction *presets = workbench->windowPresetMenu()->menuAction();
    m_commands->addAction(presets);
    if (auto *button = qobject_cast<QToolButton *>(m_commands->widgetForAction(presets)))
        button->setPopupMode(QToolButton::InstantPopup);
    m_commands->addSeparator();
    m_commands->addActions(view->orientationActions());
    m_commands->addSeparator();
    m_commands->addAction(workbench->compareAction());
    m_commands->addAction(view->otherReadersAction());
    m_commands->addAction(layout->readingModeAction());

    for (QToolBar *bar : toolBars()) {
        for (QAction *action : bar->actions()) {
            if (!action->isSeparator())
                keepShortcutInToolTip(action);
        }
        if (opening)
            bar->show();
    }
}

} // namespace concord
