// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAction>
#include <QKeySequence>
#include <QList>

namespace concord {

// Gives an action its shortcuts and a tooltip that names them, so every frequent action teaches
// its key. Shortcuts work anywhere in the window.
void setActionShortcuts(QAction *action, const QString &description,
                        const QList<QKeySequence> &keys);

// Enables or disables an action whose availability depends on the reader's role or the
// project's state. Its tooltip always says what it does (`purpose`) and, while disabled, why
// not (`whyNot`), so a greyed-out entry is never a riddle.
void setActionAvailable(QAction *action, bool available, const QString &purpose,
                        const QString &whyNot);

// Keeps `action`'s tooltip naming its shortcut, "Box: draw boxes  (B)", whatever sets the
// tooltip or the shortcut later (setActionAvailable, a changed preference). For the actions of a
// toolbar, where an icon alone must teach the key. Calling it again on an action does nothing.
void keepShortcutInToolTip(QAction *action);

// Makes Esc close `window`, a window of its own (not a dialog), as it closes dialogs.
void closeOnEscape(QWidget *window);

// Whether `toolTip` names `key` as setActionShortcuts writes it: "(B)", "(Ctrl+Z, Ctrl+Y)".
bool toolTipNamesShortcut(const QString &toolTip, const QKeySequence &key);

} // namespace concord
