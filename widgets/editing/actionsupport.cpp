// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/editing/actionsupport.h"

#include "core/util/translation.h"

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

void setActionAvailable(QAction *action, bool available, const QString &purpose,
                        const QString &whyNot)
{
    action->setEnabled(available);
    action->setToolTip(available ? purpose
                                 : concord::tr("%1\nNot available: %2").arg(purpose, whyNot));
}

} // namespace concord
