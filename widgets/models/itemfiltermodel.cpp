// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/models/itemfiltermodel.h"

#include "widgets/models/itemlistmodel.h"

namespace concord {

void ItemFilterModel::setStatusFilter(std::optional<ItemStatus> status)
{
    m_status = status;
    invalidateFilter();
}

void ItemFilterModel::setTextFilter(const QString &text)
{
    m_text = text;
    invalidateFilter();
}

void ItemFilterModel::setItemSet(const QSet<QString> &itemIds)
{
    m_itemSet = itemIds;
    invalidateFilter();
}

bool ItemFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_itemSet.isEmpty() &&
        !m_itemSet.contains(index.data(ItemListModel::ItemIdRole).toString()))
        return false;
    if (m_status && ItemStatus(index.data(ItemListModel::StatusRole).toInt()) != *m_status)
        return false;
    return m_text.isEmpty() ||
           index.data(Qt::DisplayRole).toString().contains(m_text, Qt::CaseInsensitive);
}

} // namespace concord
