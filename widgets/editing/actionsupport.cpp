// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/editing/actionsupport.h"

#include "core/util/translation.h"

#include <QRegularExpression>
#include <QShortcut>
#include <QWidget>

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

bool toolTipNamesShortcut(const QString &toolTip, const QKeySequence &key)
{
    if (key.isEmpty())
        return true;
    // A key in a list in parentheses; a plain search would find "B" in "Box".
    const QRegularExpression named(
        QStringLiteral("\\((?:[^()]*, )?%1(?:, [^()]*)?\\)")
            .arg(QRegularExpression::escape(key.toString(QKeySequence::NativeText))));
    return named.match(toolTip).hasMatch();
}

void keepShortcutInToolTip(QAction *action)
{
    static const char *const Kept = "concordShortcutInToolTip";
    if (action->property(Kept).toBool())
        return; // already kept: toolbars are rebuilt with the same actions
    action->setProperty(Kept, true);
    auto update = [action] {
        const QKeySequence key = action->shortcut();
        const QString toolTip = action->toolTip();
        if (toolTipNamesShortcut(toolTip, key))
            return; // also ends the change signal that setToolTip sends below
        // The key goes at the end of the first line, after what the action does; a second
        // line says why it is unavailable (setActionAvailable).
        qsizetype lineEnd = toolTip.indexOf(QLatin1Char('\n'));
        if (lineEnd < 0)
            lineEnd = toolTip.size();
        QString named = toolTip;
        named.insert(lineEnd, QStringLiteral("  (%1)").arg(key.toString(QKeySequence::NativeText)));
        action->setToolTip(named);
    };
    QObject::connect(action, &QAction::changed, action, update);
    update();
}

void closeOnEscape(QWidget *window)
{
    auto *close = new QShortcut(QKeySequence(Qt::Key_Escape), window);
    QObject::connect(close, &QShortcut::activated, window, &QWidget::close);
}

} // namespace concord
