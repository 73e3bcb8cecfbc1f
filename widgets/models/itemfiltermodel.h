// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/annotation.h"

#include <QSet>
#include <QSortFilterProxyModel>

#include <optional>

namespace concord {

// Narrows the item list to one status, a file-name substring and/or a set of items.
class ItemFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setStatusFilter(std::optional<ItemStatus> status);
    void setTextFilter(const QString &text);
    // Only these items (a calibration session's); empty: every item.
    void setItemSet(const QSet<QString> &itemIds);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    std::optional<ItemStatus> m_status;
    QString m_text;
    QSet<QString> m_itemSet;
};

} // namespace concord
