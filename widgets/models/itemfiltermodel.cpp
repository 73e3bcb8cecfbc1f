// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/models/itemfiltermodel.h"

#include "widgets/models/itemlistmodel.h"

#include <limits>

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

void ItemFilterModel::setSplitFilter(const std::optional<QString> &split)
{
    m_split = split;
    invalidateFilter();
}

void ItemFilterModel::setItemSet(const QSet<QString> &itemIds)
{
    m_itemSet = itemIds;
    invalidateFilter();
}

void ItemFilterModel::setQueueRanks(const QHash<QString, int> &ranks)
{
    m_ranks = ranks;
    // Column -1 restores the source's (project) order.
    sort(m_ranks.isEmpty() ? -1 : 0);
    invalidate();
}

bool ItemFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    constexpr int Unranked = std::numeric_limits<int>::max();
    const int leftRank = m_ranks.value(left.data(ItemListModel::ItemIdRole).toString(), Unranked);
    const int rightRank = m_ranks.value(right.data(ItemListModel::ItemIdRole).toString(), Unranked);
    if (leftRank != rightRank)
        return leftRank < rightRank;
    return left.row() < right.row();
}

bool ItemFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_itemSet.isEmpty() &&
        !m_itemSet.contains(index.data(ItemListModel::ItemIdRole).toString()))
        return false;
    if (m_status && ItemStatus(index.data(ItemListModel::StatusRole).toInt()) != *m_status)
        return false;
    if (m_split && index.data(ItemListModel::SplitRole).toString() != *m_split)
        return false;
    return m_text.isEmpty() ||
           index.data(Qt::DisplayRole).toString().contains(m_text, Qt::CaseInsensitive);
}

} // namespace concord
