// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/team/checkedids.h"

#include <QListWidget>

namespace concord {

void setCheckedIds(QListWidget *list, const QStringList &ids)
{
    for (int row = 0; row < list->count(); ++row) {
        QListWidgetItem *entry = list->item(row);
        const bool checked = ids.contains(entry->data(Qt::UserRole).toString());
        entry->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    }
}

QStringList checkedIds(const QListWidget *list)
{
    QStringList ids;
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->checkState() == Qt::Checked)
            ids.append(list->item(row)->data(Qt::UserRole).toString());
    }
    return ids;
}

} // namespace concord
