// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/agreement/checklistbutton.h"

#include <QMenu>

namespace concord {

CheckListButton::CheckListButton(const QString &noun, QWidget *parent)
    : QToolButton(parent)
    , m_noun(noun)
{
    setPopupMode(QToolButton::InstantPopup);
    setMenu(new QMenu(this));
    updateText();
}

void CheckListButton::setEntries(const QList<std::pair<QString, QString>> &entries)
{
    menu()->clear();
    for (const auto &[id, text] : entries) {
        QAction *action = menu()->addAction(text);
        action->setData(id);
        action->setCheckable(true);
        action->setChecked(true);
        connect(action, &QAction::toggled, this, [this] {
            updateText();
            Q_EMIT changed();
        });
    }
    setEnabled(!entries.isEmpty());
    updateText();
}

QStringList CheckListButton::restriction() const
{
    QStringList checked;
    const QList<QAction *> actions = menu()->actions();
    for (const QAction *action : actions)
        if (action->isChecked())
            checked.append(action->data().toString());
    return checked.size() == actions.size() ? QStringList() : checked;
}

QStringList CheckListButton::unchecked() const
{
    QStringList ids;
    for (const QAction *action : menu()->actions())
        if (!action->isChecked())
            ids.append(action->data().toString());
    return ids;
}

void CheckListButton::setChecked(const QString &id, bool checked)
{
    for (QAction *action : menu()->actions())
        if (action->data().toString() == id)
            action->setChecked(checked);
}

void CheckListButton::updateText()
{
    const QList<QAction *> actions = menu()->actions();
    QStringList checked;
    for (const QAction *action : actions)
        if (action->isChecked())
            checked.append(action->text());
    if (checked.size() == actions.size())
        setText(tr("All %1").arg(m_noun));
    else if (checked.size() == 1)
        setText(checked.front());
    else
        setText(tr("%1 of %2 %3").arg(checked.size()).arg(actions.size()).arg(m_noun));
}

} // namespace concord
