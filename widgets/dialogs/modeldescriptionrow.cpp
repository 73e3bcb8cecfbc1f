// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/dialogs/modeldescriptionrow.h"

#include "core/util/translation.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>

namespace concord {

QHBoxLayout *modelDescriptionRow(QWidget *dialog, QLineEdit *line, const QString &browseTitle)
{
    auto *browse = new QPushButton(concord::tr("Browse…"), dialog);
    QObject::connect(browse, &QPushButton::clicked, dialog, [dialog, line, browseTitle] {
        const QString chosen = QFileDialog::getOpenFileName(
            dialog, browseTitle, line->text(), concord::tr("Model descriptions (*.json)"));
        if (!chosen.isEmpty())
            line->setText(chosen);
    });
    auto *row = new QHBoxLayout;
    row->addWidget(line, 1);
    row->addWidget(browse);
    return row;
}

} // namespace concord
