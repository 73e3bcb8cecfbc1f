// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/actionsupport.h"

namespace concord {

void setActionShortcuts(QAction *action, const QString &description,
                        const QList<QKeySequence> &keys)
{
    action->setShortcuts(keys);
    action->setShortcutContext(Qt::WindowShortcut);
    QStringList names;
    for (const QKeySequence &key : keys)
        names << key.toString(QKeySequence::NativeText);
    action->setToolTip(
        names.isEmpty()
            ? description
            : QStringLiteral("%1  (%2)").arg(description, names.join(QStringLiteral(", "))));
}

} // namespace concord
