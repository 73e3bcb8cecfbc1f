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

} // namespace concord
