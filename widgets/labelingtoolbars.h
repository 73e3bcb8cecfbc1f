// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QMainWindow;
class QToolBar;

namespace concord {

class LabelingWorkbench;
class WindowLayout;

// The labeling window's toolbars, in the order the reader's hand goes: Navigation (previous,
// next, submit, skip), Tools (the canvas tools, one exclusive group) and Commands (undo and redo,
// how the image is shown, its orientation, the window layout). Icon-only buttons, each with a
// tooltip that names the action and its key (keepShortcutInToolTip); a checked button, above
// all the active tool, is filled with the highlight colour and framed. The toolbars are named,
// so the window saves their place and the user can hide them (View ▸ Toolbars). Owned by the
// window, which keeps them while projects open and close; GUI thread.
class LabelingToolBars : public QObject
{
    Q_OBJECT

public:
    explicit LabelingToolBars(QMainWindow *window);

    // Fills the toolbars from the open project's actions and shows them, or empties and hides
    // them when `workbench` is null.
    void rebuild(LabelingWorkbench *workbench, WindowLayout *layout);
    QList<QToolBar *> toolBars() const;
    QToolBar *toolsBar() const { return m_tools; }

Q_SIGNALS:
    void statusMessage(const QString &message, int timeoutMs);

private:
    QToolBar *createToolBar(const QString &title, const QString &name);
    void applyStyle();

    QMainWindow *m_window;
    QToolBar *m_navigation;
    QToolBar *m_tools;
    QToolBar *m_commands;
    QList<QMetaObject::Connection> m_toolConnections; // the tool actions' status messages
};

} // namespace concord
