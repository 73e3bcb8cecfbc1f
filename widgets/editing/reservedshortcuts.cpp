// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/editing/reservedshortcuts.h"

#include "widgets/canvas/canvasinputmanager.h"

#include <QAction>
#include <QKeySequence>
#include <QSet>
#include <QWidget>

namespace concord {

static QString commandName(const QAction *action)
{
    QString name = action->iconText(); // the text without '&' mnemonics
    if (name.isEmpty())
        name = action->toolTip();
    name.remove(QChar(0x2026)); // "Agreement…" reads as "Agreement"
    return name.trimmed();
}

ReservedShortcuts collectReservedShortcuts(const QWidget *window, const QList<QAction *> &excluded)
{
    ReservedShortcuts reserved;
    auto reserve = [&](const QKeySequence &key, const QString &command) {
        // A label hotkey is one chord; a sequence of chords ("Ctrl+K, Ctrl+C") cannot collide.
        if (key.count() == 1 && !command.isEmpty())
            reserved.emplace(key.toString(QKeySequence::PortableText), command);
    };
    QList<const QWidget *> widgets{window};
    for (const QWidget *child : window->findChildren<QWidget *>())
        widgets.append(child);
    QSet<const QAction *> seen;
    for (const QWidget *widget : widgets) {
        for (QAction *action : widget->actions()) {
            if (excluded.contains(action) || seen.contains(action))
                continue;
            seen.insert(action);
            for (const QKeySequence &key : action->shortcuts())
                reserve(key, commandName(action));
        }
    }
    for (const auto &[key, command] : CanvasInputManager::heldKeys())
        reserve(QKeySequence(key), command);
    return reserved;
}

} // namespace concord
