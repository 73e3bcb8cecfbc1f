// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What is wrong with a form's field, in red words under it until it is mended: the PACS node
// forms and the taxonomy editor's code fields show their problems this way.
#include <QLabel>
#include <QString>

namespace concord {

// A hidden, word-wrapped red label for a field's problem.
inline QLabel *problemLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b00020;"));
    label->setVisible(false);
    return label;
}

// Shows `problem`, or hides the label when there is none.
inline void showProblem(QLabel *label, const QString &problem)
{
    label->setText(problem);
    label->setVisible(!problem.isEmpty());
}

} // namespace concord
