// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QListWidget;

namespace concord {

// Lists of checkable entries whose Qt::UserRole holds an id (readers, items) in the setup
// dialogs of calibration sessions and gold tests.
// Checks exactly the entries whose id is in `ids`.
void setCheckedIds(QListWidget *list, const QStringList &ids);
// The ids of the checked entries, in list order.
QStringList checkedIds(const QListWidget *list);

} // namespace concord
