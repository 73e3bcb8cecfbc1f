// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A dialog's widgets found by object name and filled in with keys, as a user would, for the
// widget tests that drive forms (the PACS dialogs and their TLS form).
#include <QComboBox>
#include <QLineEdit>
#include <QSpinBox>
#include <QString>
#include <QTest>
#include <QWidget>

namespace concord::testing {

// The child of `parent` named `name`, or null after a warning naming it.
template <typename T> T *child(QWidget &parent, const char *name)
{
    T *found = parent.findChild<T *>(QLatin1String(name));
    if (!found)
        qWarning("no %s", name);
    return found;
}

// Replaces the text of `edit` by typing `text`.
inline void typeInto(QLineEdit *edit, const QString &text)
{
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

// Replaces the value of `spin` by typing `value`.
inline void typeInto(QSpinBox *spin, int value)
{
    spin->selectAll();
    QTest::keyClicks(spin, QString::number(value));
}

// Moves a combo box `steps` entries down with the arrow key.
inline void chooseDown(QComboBox *combo, int steps = 1)
{
    combo->setFocus();
    for (int i = 0; i < steps; ++i)
        QTest::keyClick(combo, Qt::Key_Down);
}

} // namespace concord::testing
