// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/annotation.h"

#include <QHash>
#include <QSet>
#include <QSortFilterProxyModel>

#include <optional>

namespace concord {

// Narrows the item list to one status, one split, a file-name substring and/or a set of items,
// and orders it: in project order, or with the queue's ranked items first
// (docs/active-learning.md, "In the window").
class ItemFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setStatusFilter(std::optional<ItemStatus> status);
    void setTextFilter(const QString &text);
    // Only the items in this split of the recorded split (ItemListModel::SplitRole); an empty
    // name: the items in none; no value: every item.
    void setSplitFilter(const std::optional<QString> &split);
    // Only these items (a calibration session's); empty: every item.
    void setItemSet(const QSet<QString> &itemIds);
    // Ranked items first, by rank, then the others in project order; empty: project order.
    void setQueueRanks(const QHash<QString, int> &ranks);
    bool isQueueOrdered() const { return !m_ranks.isEmpty(); }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    std::optional<ItemStatus> m_status;
    QString m_text;
    std::optional<QString> m_split;
    QSet<QString> m_itemSet;
    QHash<QString, int> m_ranks;
};

} // namespace concord
