// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QToolButton>

namespace concord {

// A button that opens a menu of checkable entries (readers, sessions) and names the choice on
// its face: "All readers", "anna", or "3 of 5 readers". Every entry starts checked. GUI thread.
class CheckListButton : public QToolButton
{
    Q_OBJECT

public:
    // `noun` names the entries in the plural for the button text, e.g. tr("readers").
    CheckListButton(const QString &noun, QWidget *parent = nullptr);

    // Replaces the entries: (id, text shown) pairs, all checked.
    void setEntries(const QList<std::pair<QString, QString>> &entries);
    // The checked ids, or an empty list when every entry is checked (no restriction).
    QStringList restriction() const;
    // The ids of the entries not checked.
    QStringList unchecked() const;
    void setChecked(const QString &id, bool checked);

Q_SIGNALS:
    void changed();

private:
    void updateText();

    QString m_noun;
};

} // namespace concord
